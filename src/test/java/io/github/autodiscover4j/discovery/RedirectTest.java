package io.github.autodiscover4j.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * redirectAddr, redirectUrl and HTTP redirects on the POST: where each may lead, and the one budget
 * of 10 hops.
 */
class RedirectTest extends DiscoveryTestBase {
  private static final String FABRIKAM = "https://fabrikam.com/autodiscover/autodiscover.xml";
  private static final String AUTODISCOVER_FABRIKAM =
      "https://autodiscover.fabrikam.com/autodiscover/autodiscover.xml";
  private static final String EVIL = "https://evil.test/autodiscover/autodiscover.xml";

  private final List<TrustRequest> asked = new CopyOnWriteArrayList<>();

  private AutodiscoverClient.Builder client() {
    return net.client()
        .credentials(url -> Credentials.basic("alice@example.com", "secret".toCharArray()));
  }

  private TrustCallback recording(TrustCallback decision) {
    return request -> {
      asked.add(request);
      return decision.allow(request);
    };
  }

  @Test
  void redirectAddrRestartsTheProcedureForTheNewAddress() throws Exception {
    net.on(ROOT, LoopbackNet.xml(Answers.redirectAddr("bob@fabrikam.com")));
    net.on(FABRIKAM, LoopbackNet.status(404));
    net.on(AUTODISCOVER_FABRIKAM, LoopbackNet.xml(Answers.settings("imap.fabrikam.com")));
    DiscoveryResult result = client().build().discover("alice@example.com");
    assertSteps(
        result.attempts(),
        "POST " + ROOT + " REDIRECT_ADDRESS",
        "POST " + FABRIKAM + " HTTP_STATUS",
        "POST " + AUTODISCOVER_FABRIKAM + " SETTINGS");
    assertEquals("bob@fabrikam.com", result.emailAddress());
    assertEquals("alice@example.com", result.requestedAddress());
    assertEquals("bob@fabrikam.com", result.attempts().get(2).emailAddress());
    assertTrue(
        net.requests("autodiscover.fabrikam.com").get(0).body().contains("bob@fabrikam.com"));
    assertTrue(
        net.requests("autodiscover.example.com").isEmpty(), "the old candidate list is discarded");
    assertEquals(
        TrustDecision.DOMAIN,
        result.attempts().get(2).trust(),
        "the redirected address's own domain");
  }

  @Test
  void aRedirectAddrToTheSameAddressInvalidatesThatUrl() throws Exception {
    net.on(ROOT, LoopbackNet.xml(Answers.redirectAddr("Alice@Example.com")));
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.settings("imap.example.com")));
    DiscoveryResult result = client().build().discover("alice@example.com");
    assertSteps(
        result.attempts(), "POST " + ROOT + " SAME_ADDRESS", "POST " + AUTODISCOVER + " SETTINGS");
  }

  @Test
  void aRedirectAddrLoopInvalidatesTheUrlThatClosesIt() throws Exception {
    net.on(ROOT, LoopbackNet.xml(Answers.redirectAddr("bob@fabrikam.com")));
    net.on(FABRIKAM, LoopbackNet.xml(Answers.redirectAddr("alice@example.com")));
    net.on(AUTODISCOVER_FABRIKAM, LoopbackNet.xml(Answers.settings("imap.fabrikam.com")));
    DiscoveryResult result = client().build().discover("alice@example.com");
    assertSteps(
        result.attempts(),
        "POST " + ROOT + " REDIRECT_ADDRESS",
        "POST " + FABRIKAM + " ADDRESS_LOOP",
        "POST " + AUTODISCOVER_FABRIKAM + " SETTINGS");
    assertEquals(1, net.requests("example.com").size(), "alice's root domain asked once");
  }

  @Test
  void aRedirectUrlToATrustedHostIsFollowedWithCredentials() throws Exception {
    String mail = "https://mail.example.com/autodiscover/autodiscover.xml";
    net.on(ROOT, LoopbackNet.xml(Answers.redirectUrl(mail)));
    net.on(mail, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.example.com"))));
    DiscoveryResult result =
        client().trust(recording(TrustCallback.refuseAll())).build().discover("alice@example.com");
    assertSteps(
        result.attempts(),
        "POST " + ROOT + " REDIRECT_URL",
        "POST " + mail + " CHALLENGED",
        "POST " + mail + " SETTINGS");
    assertEquals(CandidateSource.REDIRECT_URL, result.attempts().get(2).source());
    assertEquals(TrustDecision.DOMAIN, result.attempts().get(2).trust());
    assertTrue(asked.isEmpty(), "no need to ask about the user's own domain");
    assertEquals(Credentials.Scheme.BASIC, result.attempts().get(2).credentials());
  }

  @Test
  void aRedirectUrlToAnUntrustedHostAsksTheCallbackIsRefusedByDefaultAndGetsNothing()
      throws Exception {
    net.on(ROOT, LoopbackNet.xml(Answers.redirectUrl(EVIL)));
    net.on(EVIL, LoopbackNet.xml(Answers.settings("imap.evil.test")));
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.settings("imap.example.com")));
    DiscoveryResult result =
        client().trust(recording(TrustCallback.refuseAll())).build().discover("alice@example.com");
    assertEquals(
        List.of(
            new TrustRequest(
                "alice@example.com",
                URI.create(EVIL),
                CandidateSource.REDIRECT_URL,
                URI.create(ROOT))),
        asked);
    assertSteps(
        result.attempts(),
        "POST " + ROOT + " REDIRECT_URL",
        "- " + EVIL + " REFUSED",
        "POST " + AUTODISCOVER + " SETTINGS");
    assertTrue(net.requests("evil.test").isEmpty(), "no request, so no credentials");
  }

  @Test
  void theDefaultTrustCallbackRefuses() {
    net.on(ROOT, LoopbackNet.xml(Answers.redirectUrl(EVIL)));
    net.on(EVIL, LoopbackNet.xml(Answers.settings("imap.evil.test")));
    assertThrows(DiscoveryException.class, () -> client().build().discover("alice@example.com"));
    assertTrue(net.requests("evil.test").isEmpty());
  }

  @Test
  void anAllowedUntrustedHostGetsOnlyWhatTheCredentialsCallbackGivesIt() throws Exception {
    net.on(ROOT, LoopbackNet.xml(Answers.redirectUrl(EVIL)));
    net.on(EVIL, LoopbackNet.xml(Answers.settings("imap.evil.test")));
    DiscoveryResult result =
        client()
            .trust(TrustCallback.allowHosts("evil.test"))
            .credentials(
                url ->
                    url.getHost().endsWith("example.com")
                        ? Credentials.basic("alice@example.com", "secret".toCharArray())
                        : Credentials.none())
            .build()
            .discover("alice@example.com");
    assertEquals(TrustDecision.ALLOWED, result.attempts().get(1).trust());
    assertEquals(Credentials.Scheme.NONE, result.attempts().get(1).credentials());
    assertNull(net.requests("evil.test").get(0).authorization());
  }

  @Test
  void aRedirectUrlToHttpIsNeverContacted() {
    String plain = "http://autodiscover.example.com/autodiscover/autodiscover.xml";
    net.on(ROOT, LoopbackNet.xml(Answers.redirectUrl(plain)));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class,
            () -> client().httpProbe(false).build().discover("alice@example.com"));
    assertEquals("- " + plain + " REFUSED", steps(e.attempts()).get(1));
    assertEquals(TrustDecision.NOT_HTTPS, e.attempts().get(1).trust());
    assertTrue(net.requests().stream().noneMatch(r -> r.scheme().equals("http")));
  }

  @Test
  void anHttpRedirectOnThePostIsFollowedOnlyToHttpsAutodiscoverPaths() throws Exception {
    String mail = "https://mail.example.com/autodiscover/autodiscover.xml";
    net.on(
        ROOT, LoopbackNet.redirect(301, "http://mail.example.com/autodiscover/autodiscover.xml"));
    net.on(AUTODISCOVER, LoopbackNet.redirect(302, mail));
    net.on(mail, LoopbackNet.xml(Answers.settings("imap.example.com")));
    DiscoveryResult result = client().build().discover("alice@example.com");
    assertSteps(
        result.attempts(),
        "POST " + ROOT + " HTTP_REDIRECT",
        "- http://mail.example.com/autodiscover/autodiscover.xml REFUSED",
        "POST " + AUTODISCOVER + " HTTP_REDIRECT",
        "POST " + mail + " SETTINGS");
    assertEquals(
        "POST",
        net.requests("mail.example.com").get(0).method(),
        "the request is sent again, not a GET");
    assertTrue(net.requests("mail.example.com").get(0).body().contains("alice@example.com"));
  }

  @Test
  void anHttpRedirectToAnotherHostAsksTheTrustCallback() throws Exception {
    net.on(ROOT, LoopbackNet.redirect(302, EVIL));
    net.on(EVIL, LoopbackNet.xml(Answers.settings("imap.evil.test")));
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.settings("imap.example.com")));
    DiscoveryResult result =
        client().trust(recording(TrustCallback.refuseAll())).build().discover("alice@example.com");
    assertEquals(CandidateSource.HTTP_REDIRECT, asked.get(0).source());
    assertEquals(AUTODISCOVER, result.url().toString());
    assertTrue(net.requests("evil.test").isEmpty());
  }

  @Test
  void aUrlIsNeverAskedTwiceForTheSameAddress() {
    net.on(ROOT, LoopbackNet.xml(Answers.redirectUrl(AUTODISCOVER)));
    net.on(
        AUTODISCOVER,
        LoopbackNet.xml(Answers.redirectUrl(ROOT.toUpperCase().replace("HTTPS", "https"))));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class, () -> client().build().discover("alice@example.com"));
    assertSteps(
        e.attempts().subList(0, 4),
        "POST " + ROOT + " REDIRECT_URL",
        "POST " + AUTODISCOVER + " REDIRECT_URL",
        // recorded as contacted: the host canonical, the path as the server wrote it
        "- https://example.com/AUTODISCOVER/AUTODISCOVER.XML ALREADY_TRIED",
        "- " + AUTODISCOVER + " ALREADY_TRIED");
    assertEquals(1, net.requests("example.com").size());
    assertEquals(
        1,
        net.requests("autodiscover.example.com").stream()
            .filter(r -> r.scheme().equals("https"))
            .count());
  }

  @Test
  void theEleventhRedirectIsNotFollowedWhateverItsKind() {
    // hop n answers at /autodiscover/hopN/autodiscover.xml; kinds alternate between a 302 and
    // redirectUrl, and
    // the fifth is a redirectAddr: all ten count against one budget.
    net.on(ROOT, LoopbackNet.redirect(302, hop("example.com", 1)));
    for (int n = 1; n <= 11; n++) {
      String domain = n < 5 ? "example.com" : "fabrikam.com";
      String next = hop(n + 1 < 5 ? "example.com" : "fabrikam.com", n + 1);
      net.on(
          hop(domain, n),
          n == 4
              ? LoopbackNet.xml(Answers.redirectAddr("bob@fabrikam.com"))
              : n % 2 == 0
                  ? LoopbackNet.xml(Answers.redirectUrl(next))
                  : LoopbackNet.redirect(302, next));
    }
    net.on(FABRIKAM, LoopbackNet.redirect(302, hop("fabrikam.com", 5)));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class, () -> client().build().discover("alice@example.com"));
    assertEquals(DiscoveryException.Reason.TOO_MANY_REDIRECTS, e.reason());
    List<String> contacted = net.requests().stream().map(r -> r.host() + r.path()).toList();
    assertEquals(
        List.of(
            "example.com/autodiscover/autodiscover.xml",
            "example.com/autodiscover/hop1/autodiscover.xml",
            "example.com/autodiscover/hop2/autodiscover.xml",
            "example.com/autodiscover/hop3/autodiscover.xml",
            "example.com/autodiscover/hop4/autodiscover.xml",
            "fabrikam.com/autodiscover/autodiscover.xml",
            "fabrikam.com/autodiscover/hop5/autodiscover.xml",
            "fabrikam.com/autodiscover/hop6/autodiscover.xml",
            "fabrikam.com/autodiscover/hop7/autodiscover.xml",
            "fabrikam.com/autodiscover/hop8/autodiscover.xml",
            "fabrikam.com/autodiscover/hop9/autodiscover.xml"),
        contacted,
        "ten hops followed (302, redirectUrl and redirectAddr alike), the eleventh not");
    Attempt last = e.attempts().get(e.attempts().size() - 1);
    assertEquals(Attempt.Outcome.HOP_LIMIT, last.outcome());
    assertEquals(hop("fabrikam.com", 9), last.url().toString());
    assertTrue(last.detail().contains(hop("fabrikam.com", 10)), last.detail());
  }

  private static String hop(String domain, int n) {
    return "https://" + domain + "/autodiscover/hop" + n + "/autodiscover.xml";
  }
}
