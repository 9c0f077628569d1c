package io.github.autodiscover4j.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Autodiscover v2 in the engine: the anonymous GET, its 302 chains with RedirectCount raised, and
 * POX at the URL it names, with credentials only where the policy accepted that URL.
 */
class V2DiscoveryTest extends DiscoveryTestBase {
  private static final String V2_PATH = "/autodiscover/autodiscover.json/v1.0/alice@example.com";
  private static final String V2 = "https://autodiscover.example.com" + V2_PATH;
  private static final String MAIL = "https://mail.example.com/autodiscover/autodiscover.xml";
  private static final String EVIL = "https://evil.test/autodiscover/autodiscover.xml";
  private static final String MS = "https://autodiscover-s.outlook.com";

  private static String answer(String url) {
    return "{\"Protocol\":\"AutodiscoverV1\",\"Url\":\"" + url + "\"}";
  }

  private static AccountDiscovery.Builder engine() {
    return AccountDiscoveryTest.engine().sources(SettingsSource.AUTODISCOVER_V2);
  }

  @Test
  void onlyV2Works_anonymousGetThenPoxAtTheNamedUrl() throws Exception {
    net.on(V2, LoopbackNet.json(answer(MAIL)));
    net.on(MAIL, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.example.com"))));
    AccountDiscoveryResult found =
        AccountDiscoveryTest.engine().build().discover("alice@example.com");
    assertEquals(
        SettingsSource.AUTODISCOVER_V2, found.best().source(), found.attempts().toString());
    assertEquals(URI.create(MAIL), found.best().url());
    assertEquals(TrustDecision.DOMAIN, found.best().trust());
    LoopbackNet.Request get =
        net.requests("autodiscover.example.com").stream()
            .filter(r -> r.path().equals(V2_PATH))
            .findFirst()
            .orElseThrow();
    assertEquals("GET", get.method());
    assertEquals("Protocol=AutodiscoverV1", get.query());
    assertNull(get.authorization(), "v2 is asked anonymously");
    assertTrue(
        found.attempts().stream()
            .anyMatch(
                a ->
                    a.source() == CandidateSource.V2_URL
                        && a.outcome() == Attempt.Outcome.SETTINGS));
    AccountDiscoveryTest.assertCredentialsOnlyTo("mail.example.com");
  }

  @Test
  void v2PointingToAnUntrustedHostIsNotContactedUnlessTheUserConsents() throws Exception {
    net.on(V2, LoopbackNet.json(answer(EVIL)));
    net.on(EVIL, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.evil.test"))));
    DiscoveryException refused =
        assertThrows(
            DiscoveryException.class, () -> engine().build().discover("alice@example.com"));
    assertEquals(DiscoveryException.Reason.REFUSED_BY_TRUST, refused.reason());
    assertTrue(net.requests("evil.test").isEmpty(), "never contacted");

    AccountDiscoveryResult found =
        engine().trust(TrustCallback.allowHosts("evil.test")).build().discover("alice@example.com");
    assertEquals(TrustDecision.ALLOWED, found.best().trust());
    TrustRequest consent = found.consents().get(0);
    assertEquals(URI.create(EVIL), consent.url());
    assertEquals(CandidateSource.V2_URL, consent.source());
    assertEquals(URI.create(V2 + "?Protocol=AutodiscoverV1"), consent.from());
    AccountDiscoveryTest.assertCredentialsOnlyTo("evil.test");
  }

  @Test
  void a302ToAnotherHostNeedsConsentBeforeEvenTheAnonymousGet() throws Exception {
    net.on(
        V2, LoopbackNet.redirect(302, "https://evil.test" + V2_PATH + "?Protocol=AutodiscoverV1"));
    net.on("https://evil.test" + V2_PATH, LoopbackNet.json(answer(EVIL)));
    assertThrows(DiscoveryException.class, () -> engine().build().discover("alice@example.com"));
    assertTrue(net.requests("evil.test").isEmpty());
  }

  @Test
  void a302ChainIsFollowedWithRedirectCountRaised() throws Exception {
    // Exchange Online's shape: 302 to its own host in the query form, then the path form
    net.on(
        V2,
        LoopbackNet.redirect(
            302,
            MS
                + "/autodiscover/autodiscover.json?Email=alice%40example.com&Protocol=AutodiscoverV1"));
    net.on(
        MS + "/autodiscover/autodiscover.json",
        LoopbackNet.redirect(302, MS + V2_PATH + "?Protocol=AutodiscoverV1"));
    net.on(MS + V2_PATH, LoopbackNet.json(answer(MS + "/autodiscover/autodiscover.xml")));
    net.on(
        MS + "/autodiscover/autodiscover.xml",
        LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("outlook.office365.com"))));
    AccountDiscoveryResult found = engine().build().discover("alice@example.com");
    assertEquals(TrustDecision.MICROSOFT, found.best().trust(), found.attempts().toString());
    List<String> asked =
        net.requests().stream()
            .filter(r -> r.method().equals("GET"))
            .map(r -> r.host() + r.path() + "?" + r.query())
            .toList();
    assertEquals(
        List.of(
            "autodiscover.example.com" + V2_PATH + "?Protocol=AutodiscoverV1",
            "autodiscover-s.outlook.com/autodiscover/autodiscover.json"
                + "?Email=alice%40example.com&Protocol=AutodiscoverV1&RedirectCount=1",
            "autodiscover-s.outlook.com" + V2_PATH + "?Protocol=AutodiscoverV1&RedirectCount=2"),
        asked);
    AccountDiscoveryTest.assertCredentialsOnlyTo("autodiscover-s.outlook.com");
  }

  @Test
  void aRedirectLoopEndsAfterTenHops() throws Exception {
    net.on(V2, LoopbackNet.redirect(302, V2 + "?Protocol=AutodiscoverV1"));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class, () -> engine().build().discover("alice@example.com"));
    assertTrue(
        e.attempts().stream().anyMatch(a -> a.outcome() == Attempt.Outcome.HOP_LIMIT),
        e.attempts().toString());
    long gets =
        net.requests("autodiscover.example.com").stream()
            .filter(r -> r.path().equals(V2_PATH))
            .count();
    assertEquals(LookupState.MAX_HOPS + 1, gets);
  }

  @Test
  void aV2ErrorIsRecordedAndNothingIsSentToPox() throws Exception {
    net.on(
        V2,
        LoopbackNet.json(
            "{\"ErrorCode\":\"ProtocolNotSupported\",\"ErrorMessage\":\"not for this user\"}"));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class, () -> engine().build().discover("alice@example.com"));
    assertTrue(
        e.attempts().stream()
            .anyMatch(
                a ->
                    a.outcome() == Attempt.Outcome.ERROR
                        && a.detail().contains("ProtocolNotSupported")),
        e.attempts().toString());
    assertTrue(net.requests().stream().noneMatch(r -> r.method().equals("POST")));
  }
}
