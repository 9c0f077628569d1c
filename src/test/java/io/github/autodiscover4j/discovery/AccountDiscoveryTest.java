package io.github.autodiscover4j.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.settings.MailServer;
import io.github.autodiscover4j.settings.TransportSecurity;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The engine in worlds where one mechanism works, several do, they disagree, or a domain outside
 * the user's own needs consent. Every test ends by asking the servers where credentials went.
 */
class AccountDiscoveryTest extends DiscoveryTestBase {
  static final String AC = "https://autoconfig.example.com/mail/config-v1.1.xml";
  static final String WK = "https://example.com/.well-known/autoconfig/mail/config-v1.1.xml";
  static final String ISPDB_BASE = "https://hoster.test/v1.1/";
  static final String ISPDB = ISPDB_BASE + "example.com";
  static final String MX_AC = "https://autoconfig.contoso.net/mail/config-v1.1.xml";

  /** An engine wired to the loopback internet, with the POX client's test settings. */
  static AccountDiscovery.Builder engine() {
    return AccountDiscovery.builder(net.client().credentials(basicAlice()))
        .exchangeWait(Duration.ofSeconds(2));
  }

  static Credentials basicAlice() {
    return Credentials.basic("alice@example.com", "secret".toCharArray());
  }

  /** Every request that carried credentials went to one of these hosts, and only with a POST. */
  static void assertCredentialsOnlyTo(String... hosts) {
    Set<String> allowed = Set.of(hosts);
    for (LoopbackNet.Request r : net.requests()) {
      if (r.authorization() != null) {
        assertTrue(allowed.contains(r.host()), "credentials went to " + r.host());
        assertEquals("POST", r.method(), "credentials on a " + r.method() + " to " + r.host());
      }
    }
  }

  static List<String> hosts(FoundSettings found) {
    return found.servers().stream()
        .map(s -> s.server().host().orElse("?"))
        .collect(Collectors.toList());
  }

  @Test
  void onlyAutoconfigWorks() throws Exception {
    net.on(AC, LoopbackNet.xml(Answers.autoconfig("imap.example.com", "smtp.example.com")));
    AccountDiscoveryResult found = engine().build().discover("alice@example.com");
    assertEquals(SettingsSource.AUTOCONFIG, found.best().source());
    assertEquals(
        URI.create(AC + "?emailaddress=alice%40example.com"), found.best().url(), found.toString());
    assertEquals(TrustDecision.DOMAIN, found.best().trust());
    assertEquals(List.of("imap.example.com", "smtp.example.com"), hosts(found.best()));
    MailServer in = found.settings().incoming().orElseThrow();
    assertEquals("alice@example.com", in.userName().orElseThrow());
    for (ServerOrigin origin : found.best().servers()) {
      assertEquals(SettingsSource.AUTOCONFIG, origin.source());
      assertEquals(TrustDecision.DOMAIN, origin.trust());
    }
    assertTrue(found.consents().isEmpty());
    assertTrue(
        found.attempts().stream()
            .anyMatch(
                a ->
                    a.source() == CandidateSource.AUTOCONFIG_HOST
                        && a.outcome() == Attempt.Outcome.SETTINGS
                        && a.credentials() == Credentials.Scheme.NONE));
    assertCredentialsOnlyTo();
  }

  @Test
  void onlyTheWellKnownPathWorks() throws Exception {
    net.on(WK, LoopbackNet.xml(Answers.autoconfig("imap.example.com", "smtp.example.com")));
    AccountDiscoveryResult found = engine().build().discover("alice@example.com");
    assertEquals(SettingsSource.WELL_KNOWN, found.best().source());
    assertEquals(URI.create(WK), found.best().url());
    assertCredentialsOnlyTo();
  }

  @Test
  void theIspdbIsAskedOnlyWhenSet() throws Exception {
    net.on(ISPDB, LoopbackNet.xml(Answers.autoconfig("imap.hoster.test", "smtp.hoster.test")));
    DiscoveryException none =
        assertThrows(
            DiscoveryException.class, () -> engine().build().discover("alice@example.com"));
    assertEquals(DiscoveryException.Reason.NOT_FOUND, none.reason());
    assertTrue(net.requests("hoster.test").isEmpty(), "the ISPDB is off unless set");

    AccountDiscoveryResult found =
        engine().ispdb(URI.create(ISPDB_BASE)).build().discover("alice@example.com");
    assertEquals(SettingsSource.ISPDB, found.best().source());
    assertEquals(URI.create(ISPDB), found.best().url());
    assertEquals(TrustDecision.CONFIGURED, found.best().trust());
    assertEquals(List.of("imap.hoster.test", "smtp.hoster.test"), hosts(found.best()));
    assertCredentialsOnlyTo();
  }

  @Test
  void anMxHostsDomainNeedsConsentAndTheResultRecordsIt() throws Exception {
    net.dns().mx("example.com", 10, "mx1.contoso.net");
    net.dns().mx("example.com", 20, "mx2.fabrikam.com");
    net.on(MX_AC, LoopbackNet.xml(Answers.autoconfig("imap.contoso.net", "smtp.contoso.net")));

    DiscoveryException refused =
        assertThrows(
            DiscoveryException.class, () -> engine().build().discover("alice@example.com"));
    assertEquals(DiscoveryException.Reason.REFUSED_BY_TRUST, refused.reason());
    assertTrue(net.requests("autoconfig.contoso.net").isEmpty(), "refused: never contacted");

    List<TrustRequest> asked = new ArrayList<>();
    AccountDiscoveryResult found =
        engine()
            .trust(
                request -> {
                  asked.add(request);
                  return request.host().orElse("").endsWith("contoso.net");
                })
            .build()
            .discover("alice@example.com");
    assertEquals(SettingsSource.MX, found.best().source());
    assertEquals(TrustDecision.ALLOWED, found.best().trust());
    assertEquals(List.of("imap.contoso.net", "smtp.contoso.net"), hosts(found.best()));
    assertEquals(1, found.consents().size(), found.consents().toString());
    TrustRequest consent = found.consents().get(0);
    assertEquals("autoconfig.contoso.net", consent.host().orElseThrow());
    assertEquals(CandidateSource.MX_AUTOCONFIG, consent.source());
    assertEquals(URI.create("dns:example.com"), consent.from());
    assertEquals(1, net.requests("autoconfig.contoso.net").size());
    assertCredentialsOnlyTo();
  }

  @Test
  void anMxHostInTheUsersOwnDomainAddsNothing() throws Exception {
    net.dns().mx("example.com", 10, "mail.example.com");
    assertThrows(DiscoveryException.class, () -> engine().build().discover("alice@example.com"));
    assertTrue(net.requests().stream().noneMatch(r -> r.host().startsWith("autoconfig.contoso")));
  }

  @Test
  void onlyPoxWorksAndCredentialsGoOnlyToTheUsersDomain() throws Exception {
    net.on(ROOT, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.example.com"))));
    AccountDiscoveryResult found = engine().build().discover("alice@example.com");
    assertEquals(SettingsSource.POX, found.best().source());
    assertEquals(URI.create(ROOT), found.best().url());
    assertEquals(TrustDecision.DOMAIN, found.best().trust());
    assertEquals(List.of("imap.example.com"), hosts(found.best()));
    assertTrue(found.best().exchange().isPresent());
    assertTrue(
        found.attempts().stream()
            .anyMatch(
                a ->
                    a.source() == CandidateSource.ROOT_DOMAIN
                        && a.credentials() == Credentials.Scheme.BASIC));
    assertCredentialsOnlyTo("example.com");
  }

  @Test
  void onlySrvWorks_imapAndSubmissionInRfc2782Order() throws Exception {
    net.dns()
        .srv(
            "_imaps._tcp.example.com",
            new DnsResponder.Srv(20, 0, 993, "srv4.example.com"),
            new DnsResponder.Srv(10, 0, 993, "srv1.example.com"),
            new DnsResponder.Srv(0, 0, 0, "srv3.example.com")); // port 0: not offered
    net.dns()
        .srv("_submission._tcp.example.com", new DnsResponder.Srv(0, 0, 587, "mail.example.com"));
    net.dns().srv("_imap._tcp.example.com", new DnsResponder.Srv(0, 0, 143, "mail.hoster.test"));
    AccountDiscoveryResult found = engine().build().discover("alice@example.com");
    assertEquals(SettingsSource.SRV, found.best().source());
    // lowest priority first; the target outside the user's domain refused by the default callback
    assertEquals(
        List.of("srv1.example.com", "srv4.example.com", "mail.example.com"), hosts(found.best()));
    MailServer imap = found.settings().incomingServers().get(0);
    assertEquals(993, imap.port());
    assertEquals(TransportSecurity.Mode.IMPLICIT_TLS, imap.security().mode());
    MailServer smtp = found.settings().outgoing().orElseThrow();
    assertEquals(587, smtp.port());
    assertEquals(TransportSecurity.Mode.STARTTLS, smtp.security().mode());
    assertEquals(
        URI.create("dns:_submission._tcp.example.com"), found.best().servers().get(2).url());
    assertTrue(
        found.attempts().stream()
            .anyMatch(
                a ->
                    a.outcome() == Attempt.Outcome.REFUSED
                        && a.url().toString().equals("imap://mail.hoster.test:143")));
    assertCredentialsOnlyTo();
  }

  @Test
  void anSrvTargetElsewhereIsUsedWithConsent() throws Exception {
    net.dns().srv("_imaps._tcp.example.com", new DnsResponder.Srv(0, 0, 993, "mail.hoster.test"));
    AccountDiscoveryResult found =
        engine()
            .trust(TrustCallback.allowHosts("mail.hoster.test"))
            .build()
            .discover("alice@example.com");
    assertEquals(TrustDecision.ALLOWED, found.best().servers().get(0).trust());
    assertEquals(1, found.consents().size());
  }

  @Test
  void severalAnswerAndPriorityDecides_exchangeKeptAsAlternative() throws Exception {
    net.on(AC, LoopbackNet.xml(Answers.autoconfig("imap.autoconfig.test", "smtp.example.com")));
    net.on(WK, LoopbackNet.xml(Answers.autoconfig("imap.wellknown.test", "smtp.example.com")));
    net.on(ROOT, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.pox.test"))));
    net.dns().srv("_imaps._tcp.example.com", new DnsResponder.Srv(0, 0, 993, "mail.example.com"));
    AccountDiscoveryResult found = engine().build().discover("alice@example.com");
    assertEquals(SettingsSource.AUTOCONFIG, found.best().source());
    assertEquals("imap.autoconfig.test", hosts(found.best()).get(0));
    assertTrue(
        found.alternatives().stream().anyMatch(f -> f.source() == SettingsSource.POX),
        "Exchange is always kept: " + found.alternatives());

    // the priority is the caller's to set
    AccountDiscoveryResult srvFirst =
        engine()
            .sources(SettingsSource.SRV, SettingsSource.POX, SettingsSource.AUTOCONFIG)
            .build()
            .discover("alice@example.com");
    assertEquals(SettingsSource.SRV, srvFirst.best().source());
    assertEquals(List.of("mail.example.com"), hosts(srvFirst.best()));
    assertCredentialsOnlyTo("example.com");
  }

  @Test
  void oneSourceAtATimeAsksNoMoreOnceOneAnswered() throws Exception {
    net.on(AC, LoopbackNet.xml(Answers.autoconfig("imap.example.com", "smtp.example.com")));
    AccountDiscoveryResult found =
        engine()
            .sources(SettingsSource.AUTOCONFIG, SettingsSource.WELL_KNOWN, SettingsSource.SRV)
            .parallelism(1)
            .build()
            .discover("alice@example.com");
    assertEquals(SettingsSource.AUTOCONFIG, found.best().source());
    assertTrue(
        net.requests().stream().noneMatch(r -> r.path().contains(".well-known")),
        "the well-known path is not asked once autoconfig answered");
    assertTrue(net.dns().queries().isEmpty(), net.dns().queries().toString());
  }

  @Test
  void autoconfigAndPoxDisagree_bothKeptWithTheirProvenance() throws Exception {
    net.on(AC, LoopbackNet.xml(Answers.autoconfig("imap.example.com", "smtp.example.com")));
    net.on(
        ROOT, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("outlook.example.com"))));
    AccountDiscoveryResult found = engine().build().discover("alice@example.com");
    assertEquals(SettingsSource.AUTOCONFIG, found.best().source());
    assertEquals("imap.example.com", found.settings().incoming().orElseThrow().host().get());
    FoundSettings pox =
        found.alternatives().stream()
            .filter(f -> f.source() == SettingsSource.POX)
            .findFirst()
            .orElseThrow();
    assertEquals("outlook.example.com", pox.settings().incoming().orElseThrow().host().get());
    assertEquals(URI.create(ROOT), pox.servers().get(0).url());
    assertEquals(SettingsSource.POX, pox.servers().get(0).source());
    assertCredentialsOnlyTo("example.com");
  }

  @Test
  void plainHttpAutoconfigOnlyWhenAllowedAndNeverWithCredentials() throws Exception {
    String http = "http://autoconfig.example.com/mail/config-v1.1.xml";
    net.on(http, LoopbackNet.xml(Answers.autoconfig("imap.example.com", "smtp.example.com")));
    assertThrows(
        DiscoveryException.class,
        () -> engine().sources(SettingsSource.AUTOCONFIG).build().discover("alice@example.com"));
    assertTrue(net.requests().stream().noneMatch(r -> r.scheme().equals("http")));

    AccountDiscoveryResult found =
        engine()
            .sources(SettingsSource.AUTOCONFIG)
            .plainHttpAutoconfig(true)
            .build()
            .discover("alice@example.com");
    assertEquals(TrustDecision.PLAIN_HTTP_ALLOWED, found.best().trust());
    assertTrue(found.best().url().toString().startsWith("http://"));
    for (LoopbackNet.Request r : net.requests()) {
      assertNull(r.authorization());
    }
  }

  @Test
  void everyAttemptIsReportedAsItEnds() throws Exception {
    net.on(AC, LoopbackNet.xml(Answers.autoconfig("imap.example.com", "smtp.example.com")));
    List<Attempt> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    AccountDiscoveryResult found = engine().build().discover("alice@example.com", seen::add);
    // a source still ending after the look-up returned may report one more
    assertEquals(found.attempts(), seen.subList(0, found.attempts().size()));
  }
}
