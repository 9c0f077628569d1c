package io.github.autodiscover4j.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Phase 3a: the unauthenticated GET to http://autodiscover.D, and only a 301/302 to https: taken
 * from it.
 */
class HttpProbeTest extends DiscoveryTestBase {
  private static final String SECRET =
      "Basic "
          + java.util.Base64.getEncoder()
              .encodeToString(
                  "alice@example.com:secret".getBytes(java.nio.charset.StandardCharsets.UTF_8));

  @BeforeEach
  void bothHttpsCandidatesFail() {
    net.on(ROOT, LoopbackNet.status(404));
    net.on(AUTODISCOVER, LoopbackNet.status(404));
  }

  private AutodiscoverClient.Builder client() {
    return net.client()
        .credentials(url -> Credentials.basic("alice@example.com", "secret".toCharArray()))
        .header("X-MapiHttpCapability", "1");
  }

  /**
   * The probe redirects to a target that would answer with settings, and the look-up must fail all
   * the same.
   */
  private DiscoveryException refusedProbeRedirect(
      int status, String target, AutodiscoverClient.Builder client) {
    net.on(PROBE, LoopbackNet.redirect(status, target));
    net.on(target, LoopbackNet.xml(Answers.settings("imap.example.com")));
    return assertThrows(
        DiscoveryException.class, () -> client.build().discover("alice@example.com"));
  }

  @Test
  void aProbe302ToAnHttpsAutodiscoverUrlIsFollowedAndTheProbeCarriesNothing() throws Exception {
    String target = "https://mail.example.com/autodiscover/autodiscover.xml";
    net.on(PROBE, LoopbackNet.redirect(302, target));
    net.on(
        target, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.example.com"))));
    DiscoveryResult result = client().build().discover("alice@example.com");
    assertSteps(
        result.attempts(),
        "POST " + ROOT + " HTTP_STATUS",
        "POST " + AUTODISCOVER + " HTTP_STATUS",
        "GET " + PROBE + " HTTP_REDIRECT",
        "POST " + target + " CHALLENGED",
        "POST " + target + " SETTINGS");
    LoopbackNet.Request probe =
        net.requests().stream().filter(r -> r.scheme().equals("http")).findFirst().orElseThrow();
    assertEquals("GET", probe.method());
    assertNull(probe.authorization(), "never credentials on http:");
    assertNull(probe.headers().get("x-mapihttpcapability"), "no custom headers on http:");
    assertEquals("", probe.body());
    assertEquals(
        SECRET,
        net.requests("mail.example.com").get(1).authorization(),
        "trusted: the user's domain");
    assertEquals(CandidateSource.PROBE_REDIRECT, result.attempts().get(3).source());
  }

  @Test
  void aProbe302ToAnHttpUrlIsRefused() {
    String target = "http://mail.example.com/autodiscover/autodiscover.xml";
    DiscoveryException e = refusedProbeRedirect(302, target, client());
    assertSteps(
        e.attempts(),
        "POST " + ROOT + " HTTP_STATUS",
        "POST " + AUTODISCOVER + " HTTP_STATUS",
        "GET " + PROBE + " HTTP_REDIRECT",
        "- " + target + " REFUSED",
        "SRV dns:_autodiscover._tcp.example.com NO_RECORDS");
    assertEquals(TrustDecision.NOT_HTTPS, e.attempts().get(3).trust());
    assertTrue(net.requests("mail.example.com").isEmpty());
  }

  @Test
  void aProbeRedirectOffTheAutodiscoverPathIsRefused() {
    String target = "https://mail.example.com/owa/login.aspx";
    DiscoveryException e = refusedProbeRedirect(301, target, client());
    assertEquals("- " + target + " REFUSED", steps(e.attempts()).get(3));
    assertTrue(e.attempts().get(3).detail().contains("Autodiscover path"));
    assertTrue(net.requests("mail.example.com").isEmpty());
  }

  @Test
  void onlyA301Or302IsTakenFromTheProbe() {
    DiscoveryException e =
        refusedProbeRedirect(
            307, "https://mail.example.com/autodiscover/autodiscover.xml", client());
    assertEquals("GET " + PROBE + " NO_REDIRECT", steps(e.attempts()).get(2));
    assertTrue(net.requests("mail.example.com").isEmpty());
  }

  @Test
  void aProbeRedirectToAnotherDomainAsksTheTrustCallbackAndIsRefusedByDefault() {
    String target = "https://mail.hoster.test/autodiscover/autodiscover.xml";
    List<TrustRequest> asked = new CopyOnWriteArrayList<>();
    DiscoveryException e =
        refusedProbeRedirect(
            302,
            target,
            client()
                .trust(
                    request -> {
                      asked.add(request);
                      return TrustCallback.refuseAll().allow(request);
                    }));
    assertEquals(
        List.of(
            new TrustRequest(
                "alice@example.com",
                java.net.URI.create(target),
                CandidateSource.PROBE_REDIRECT,
                java.net.URI.create(PROBE))),
        asked);
    assertEquals("- " + target + " REFUSED", steps(e.attempts()).get(3));
    assertEquals(TrustDecision.REFUSED, e.attempts().get(3).trust());
    assertTrue(net.requests("mail.hoster.test").isEmpty(), "refused means not contacted at all");
  }

  @Test
  void aProbeRedirectTheCallbackAllowsIsContactedWithCredentials() throws Exception {
    String target = "https://mail.hoster.test/autodiscover/autodiscover.xml";
    net.on(PROBE, LoopbackNet.redirect(302, target));
    net.on(
        target, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.hoster.test"))));
    DiscoveryResult result =
        client()
            .trust(TrustCallback.allowHosts("mail.hoster.test"))
            .build()
            .discover("alice@example.com");
    assertEquals(target, result.url().toString());
    assertEquals(TrustDecision.ALLOWED, result.attempts().get(3).trust());
    assertEquals(SECRET, net.requests("mail.hoster.test").get(1).authorization());
  }

  @Test
  void officeRedirectsAreTrustedAndTheirPerMailboxPathFollowed() throws Exception {
    // Exchange Online: the probe points at autodiscover-s.outlook.com, which 302s to a per-mailbox
    // path.
    String office = "https://autodiscover-s.outlook.com/autodiscover/autodiscover.xml";
    String mailbox =
        "https://autodiscover-s.outlook.com:443/Autodiscover/alice%40example.com/Autodiscover.xml";
    net.on(PROBE, LoopbackNet.redirect(302, office));
    net.on(office, LoopbackNet.redirect(302, mailbox));
    net.on(
        "https://autodiscover-s.outlook.com/Autodiscover/alice%40example.com/Autodiscover.xml",
        LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("outlook.office365.com"))));
    DiscoveryResult result = client().build().discover("alice@example.com");
    assertSteps(
        result.attempts(),
        "POST " + ROOT + " HTTP_STATUS",
        "POST " + AUTODISCOVER + " HTTP_STATUS",
        "GET " + PROBE + " HTTP_REDIRECT",
        "POST " + office + " HTTP_REDIRECT",
        "POST " + mailbox + " CHALLENGED",
        "POST " + mailbox + " SETTINGS");
    assertEquals(TrustDecision.MICROSOFT, result.attempts().get(3).trust());
    assertEquals(TrustDecision.MICROSOFT, result.attempts().get(5).trust());
    assertEquals(
        java.util.Arrays.asList(null, null, SECRET),
        net.requests("autodiscover-s.outlook.com").stream()
            .map(LoopbackNet.Request::authorization)
            .toList());
  }

  @Test
  void theProbeCanBeSwitchedOff() {
    net.on(
        PROBE, LoopbackNet.redirect(302, "https://mail.example.com/autodiscover/autodiscover.xml"));
    assertThrows(
        DiscoveryException.class,
        () -> client().httpProbe(false).build().discover("alice@example.com"));
    assertTrue(net.requests().stream().noneMatch(r -> r.scheme().equals("http")));
  }
}
