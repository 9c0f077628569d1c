package io.github.autodiscover4j.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The twelve findings of the red-team pass (issue 11), one regression test each (some findings have
 * two sides), against the loopback servers and the real DNS responder; and what a trust dialog and
 * a client need from a failed look-up.
 */
class HostileNetworkTest extends DiscoveryTestBase {
  private static final String SECRET =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("alice@example.com:secret".getBytes(StandardCharsets.UTF_8));
  private static final String HOSTER = "https://mail.hoster.test/autodiscover/autodiscover.xml";
  private static final String EVIL = "https://evil.test/autodiscover/autodiscover.xml";
  private static final String AUTODISCOVER_EVIL =
      "https://autodiscover.evil.test/autodiscover/autodiscover.xml";
  private static final String FABRIKAM = "https://fabrikam.com/autodiscover/autodiscover.xml";
  private static final String CONTOSO = "https://contoso.net/autodiscover/autodiscover.xml";

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

  // ---- 1. trust never spreads by itself ----

  @Test
  void finding1_aRedirectAddrFromAnAllowedHostAsksTheCallbackAboutTheNewDomain() {
    net.on(ROOT, LoopbackNet.xml(Answers.redirectUrl(HOSTER)));
    net.on(HOSTER, LoopbackNet.xml(Answers.redirectAddr("bob@evil.test")));
    net.on(EVIL, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.evil.test"))));
    net.on(
        AUTODISCOVER_EVIL,
        LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.evil.test"))));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class,
            () ->
                client()
                    .httpProbe(false)
                    .srvLookup(false)
                    .trust(recording(TrustCallback.allowHosts("mail.hoster.test")))
                    .build()
                    .discover("alice@example.com"));
    assertTrue(net.requests("evil.test").isEmpty(), "the password never reaches evil.test");
    assertTrue(net.requests("autodiscover.evil.test").isEmpty());
    assertEquals(
        List.of(
            new TrustRequest(
                "alice@example.com",
                URI.create(HOSTER),
                CandidateSource.REDIRECT_URL,
                URI.create(ROOT)),
            new TrustRequest(
                "bob@evil.test", URI.create(EVIL), CandidateSource.ROOT_DOMAIN, URI.create(HOSTER)),
            new TrustRequest(
                "bob@evil.test",
                URI.create(AUTODISCOVER_EVIL),
                CandidateSource.AUTODISCOVER_DOMAIN,
                URI.create(HOSTER))),
        asked);
    assertEquals(DiscoveryException.Reason.REFUSED_BY_TRUST, e.reason());
  }

  @Test
  void finding1_aLosingParallelCandidateLeavesNoTrustBehind() throws Exception {
    // Both candidates answer redirectAddr, to two other domains. An executor that runs each task at
    // once, on the caller's thread, makes the race deterministic: both chains have answered when it
    // is judged, so the root domain's wins, and the loser's redirectAddr has been seen in full. Its
    // domain must stay untrusted: a redirectUrl into it has to ask the callback, which refuses.
    net.on(ROOT, LoopbackNet.xml(Answers.redirectAddr("bob@fabrikam.com")));
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.redirectAddr("carol@contoso.net")));
    net.on(FABRIKAM, LoopbackNet.xml(Answers.redirectUrl(CONTOSO)));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class,
            () ->
                client()
                    .parallelCandidates(true)
                    .executor(Runnable::run)
                    .httpProbe(false)
                    .srvLookup(false)
                    .trust(recording(TrustCallback.refuseAll()))
                    .build()
                    .discover("alice@example.com"));
    assertTrue(net.requests("contoso.net").isEmpty(), "the loser's domain received a request");
    assertEquals(
        List.of(URI.create(CONTOSO)),
        asked.stream().map(TrustRequest::url).toList(),
        e.getMessage());
    assertEquals(TrustDecision.REFUSED, e.refused().get(0).decision());
  }

  // ---- 2. a Location that would overflow the stack ----

  @Test
  void finding2_aLocationOfFiftyThousandSegmentsIsRefusedWithoutOverflowingTheStack()
      throws Exception {
    String path = "/autodiscover/" + "a/".repeat(50_000) + "autodiscover.xml";
    net.on(PROBE, LoopbackNet.redirect(302, "https://example.com" + path));
    net.on(ROOT, LoopbackNet.redirect(302, "https://example.com" + path));
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.settings("imap.example.com")));
    DiscoveryResult result = client().build().discover("alice@example.com");
    assertEquals(AUTODISCOVER, result.url().toString());
    Attempt first = result.attempts().get(0);
    assertTrue(first.detail().length() < 1_000, "the detail is capped too");
    // and the probe, the step an on-path attacker answers, with the async form
    net.on(AUTODISCOVER, LoopbackNet.status(404));
    DiscoveryException e =
        assertThrows(
                        java.util.concurrent.ExecutionException.class,
                        () ->
                            client()
                                .srvLookup(false)
                                .build()
                                .discoverAsync("alice@example.com")
                                .get(20, TimeUnit.SECONDS))
                    .getCause()
                instanceof DiscoveryException d
            ? d
            : null;
    assertTrue(e != null, "a DiscoveryException, not a StackOverflowError");
  }

  // ---- 3. a malformed DNS answer ----

  @Test
  void finding3_aMalformedDnsAnswerIsARecordedDnsFailure() {
    net.dns().malformed("_autodiscover._tcp.example.com");
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class,
            () -> client().httpProbe(false).build().discover("alice@example.com"));
    Attempt srv = e.attempts().get(e.attempts().size() - 1);
    assertEquals(CandidateSource.SRV_QUERY, srv.source());
    assertEquals(Attempt.Outcome.DNS_FAILURE, srv.outcome());
    assertEquals(List.of("_autodiscover._tcp.example.com"), net.dns().queries());
  }

  // ---- 4. the SRV query under the deadline ----

  @Test
  void finding4_theSrvQueryEndsAtTheDeadline() throws Exception {
    List<DatagramSocket> silent = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        silent.add(new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
      }
      String[] servers =
          silent.stream().map(s -> "127.0.0.1:" + s.getLocalPort()).toArray(String[]::new);
      long start = System.nanoTime();
      DiscoveryException e =
          assertThrows(
              DiscoveryException.class,
              () ->
                  client()
                      .httpProbe(false)
                      .dnsServers(servers)
                      .deadline(Duration.ofSeconds(2))
                      .build()
                      .discover("alice@example.com"));
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertEquals(DiscoveryException.Reason.DEADLINE_EXCEEDED, e.reason(), e.getMessage());
      assertTrue(millis < 2_800, "took " + millis + " ms against a 2 s deadline");
    } finally {
      silent.forEach(DatagramSocket::close);
    }
  }

  // ---- 5. a secret in a JDK exception's message ----

  @Test
  void finding5_aBearerTokenWithALineBreakNeverShowsInAnyMessage() {
    String token = "eyJ0eXAi\r\nX-Stolen: the-secret-part";
    net.on(ROOT, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.example.com"))));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class,
            () ->
                net.client()
                    .httpProbe(false)
                    .srvLookup(false)
                    .credentials(url -> Credentials.bearer(() -> token))
                    .build()
                    .discover("alice@example.com"));
    assertFalse(e.getMessage().contains("secret-part"), e.getMessage());
    assertFalse(e.getMessage().contains("eyJ0eXAi"), e.getMessage());
    assertTrue(
        e.attempts().stream().anyMatch(a -> a.outcome() == Attempt.Outcome.CREDENTIALS_UNUSABLE),
        e.getMessage());
    assertTrue(net.requests().stream().allMatch(r -> r.authorization() == null));
  }

  // ---- 7. spellings of one host and of one address ----

  @Test
  void finding7_aTrailingDotSpellingReachesTheRealHostAndKnocksNothingOut() throws Exception {
    String srv1 = "https://srv1.example.com/autodiscover/autodiscover.xml";
    net.on(
        PROBE,
        LoopbackNet.redirect(302, "https://SRV1.example.com./autodiscover/autodiscover.xml"));
    net.on(srv1, LoopbackNet.xml(Answers.settings("imap.example.com")));
    net.dns()
        .srv("_autodiscover._tcp.example.com", new DnsResponder.Srv(0, 0, 443, "srv1.example.com"));
    DiscoveryResult result = client().build().discover("alice@example.com");
    assertEquals(srv1, result.url().toString());
    assertEquals(1, net.requests("srv1.example.com").size());
  }

  @Test
  void finding7_aUnicodeFullStopInARedirectIsTheSameHost() throws Exception {
    String mail = "https://mail.example.com/autodiscover/autodiscover.xml";
    net.on(
        ROOT,
        LoopbackNet.xml(
            Answers.redirectUrl("https://MAIL.example\uff61com./autodiscover/autodiscover.xml")));
    net.on(mail, LoopbackNet.xml(Answers.settings("imap.example.com")));
    DiscoveryResult result =
        client().trust(recording(TrustCallback.refuseAll())).build().discover("alice@example.com");
    assertEquals(mail, result.url().toString());
    assertEquals(TrustDecision.DOMAIN, result.attempts().get(1).trust());
    assertTrue(asked.isEmpty());
  }

  @Test
  void finding7_spellingsOfOneAddressAreOneAddress() throws Exception {
    for (String spelling :
        List.of("alice@EXAMPLE.com.", "alice@example\u3002com", "alice@example\uff0ecom")) {
      net.reset();
      net.on(ROOT, LoopbackNet.xml(Answers.redirectAddr(spelling)));
      net.on(AUTODISCOVER, LoopbackNet.xml(Answers.settings("imap.example.com")));
      DiscoveryResult result = client().build().discover("alice@example.com");
      assertSteps(
          result.attempts(),
          "POST " + ROOT + " SAME_ADDRESS",
          "POST " + AUTODISCOVER + " SETTINGS");
      assertEquals(1, net.requests("example.com").size(), spelling);
    }
  }

  // ---- 8. public suffixes ----

  @Test
  void finding8_aPublicSuffixIsNeverTheUsersDomain() {
    AutodiscoverClient client = client().build();
    for (String address :
        List.of(
            "alice@co.uk",
            "alice@com.br",
            "alice@github.io",
            "alice@CO.UK.",
            "alice@s3.amazonaws.com")) {
      assertThrows(IllegalArgumentException.class, () -> client.discover(address), address);
    }
    assertTrue(net.requests().isEmpty(), net.requests().toString());
    assertTrue(net.dns().queries().isEmpty());
  }

  @Test
  void finding8_aRedirectAddrToAPublicSuffixIsRefused() {
    net.on(ROOT, LoopbackNet.xml(Answers.redirectAddr("bob@com.br")));
    for (String host : List.of("com.br", "autodiscover.com.br")) {
      net.onAutodiscover("https", host, LoopbackNet.xml(Answers.settings("leak." + host)));
    }
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class,
            () -> client().httpProbe(false).srvLookup(false).build().discover("alice@example.com"));
    assertTrue(net.requests("com.br").isEmpty());
    assertTrue(net.requests("autodiscover.com.br").isEmpty());
    assertEquals(Attempt.Outcome.REFUSED_ADDRESS, e.attempts().get(0).outcome());
    assertTrue(
        e.attempts().get(0).detail().contains("public suffix"), e.attempts().get(0).detail());
  }

  @Test
  void finding8_theRegistrableDomainDecidesWhatIsTheUsersOwn() throws Exception {
    // mail.example.com's registrable domain is example.com: a redirect to a sibling host is the
    // user's own; a lookalike under another registrable domain is not.
    String sibling = "https://srv2.example.com/autodiscover/autodiscover.xml";
    String mail = "https://mail.example.com/autodiscover/autodiscover.xml";
    net.on(mail, LoopbackNet.xml(Answers.redirectUrl(sibling)));
    net.on(sibling, LoopbackNet.xml(Answers.settings("imap.example.com")));
    DiscoveryResult result =
        client()
            .trust(recording(TrustCallback.refuseAll()))
            .build()
            .discover("alice@mail.example.com");
    assertEquals(sibling, result.url().toString());
    assertEquals(TrustDecision.DOMAIN, result.attempts().get(1).trust());
    assertTrue(asked.isEmpty());
  }

  // ---- 9. SRV fan-out ----

  @Test
  void finding9_srvFanOutIsBoundedAndCostsHops() {
    DnsResponder.Srv[] records = new DnsResponder.Srv[30];
    for (int i = 0; i < records.length; i++) {
      records[i] = new DnsResponder.Srv(0, 0, 443, "s" + i + ".example.com");
    }
    net.dns().srv("_autodiscover._tcp.example.com", records);
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class,
            () -> client().httpProbe(false).build().discover("alice@example.com"));
    long tried =
        e.attempts().stream()
            .filter(a -> a.source() == CandidateSource.SRV_RECORD && a.contacted())
            .count();
    assertEquals(AutodiscoverClient.MAX_SRV_TARGETS, tried, e.getMessage());
    Attempt query =
        e.attempts().stream()
            .filter(a -> a.source() == CandidateSource.SRV_QUERY)
            .findFirst()
            .orElseThrow();
    assertTrue(query.detail().contains("25 more not tried"), query.detail());
  }

  @Test
  void finding9_srvTargetsSpendTheHopBudget() {
    // nine redirects on the root domain leave one hop: one SRV target, not two
    net.on(ROOT, LoopbackNet.redirect(302, hop(1)));
    for (int n = 1; n < 9; n++) {
      net.on(hop(n), LoopbackNet.redirect(302, hop(n + 1)));
    }
    net.on(hop(9), LoopbackNet.status(404));
    net.dns()
        .srv(
            "_autodiscover._tcp.example.com",
            new DnsResponder.Srv(0, 0, 443, "srv1.example.com"),
            new DnsResponder.Srv(1, 0, 443, "srv2.example.com"));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class,
            () -> client().httpProbe(false).build().discover("alice@example.com"));
    assertEquals(DiscoveryException.Reason.TOO_MANY_REDIRECTS, e.reason());
    assertEquals(1, net.requests("srv1.example.com").size());
    assertTrue(net.requests("srv2.example.com").isEmpty());
  }

  private static String hop(int n) {
    return "https://example.com/autodiscover/hop" + n + "/autodiscover.xml";
  }

  // ---- 10. durations ----

  @Test
  void finding10_hugeDurationsSaturate() throws Exception {
    net.on(ROOT, LoopbackNet.xml(Answers.settings("imap.example.com")));
    Duration forever = Duration.ofSeconds(Long.MAX_VALUE);
    DiscoveryResult result =
        client().requestTimeout(forever).deadline(forever).build().discover("alice@example.com");
    assertEquals(ROOT, result.url().toString());
    assertEquals(
        ROOT,
        client()
            .deadline(Duration.ofDays(365L * 300))
            .build()
            .discoverAsync("alice@example.com")
            .get(20, TimeUnit.SECONDS)
            .url()
            .toString());
  }

  // ---- 11. an address XML cannot carry ----

  @Test
  void finding11_anAddressXmlCannotCarryIsRefusedAsTheJavadocSays() {
    AutodiscoverClient client = client().build();
    for (String address : List.of("al\u0001ice@example.com", "al\uFFFEice@example.com")) {
      assertThrows(IllegalArgumentException.class, () -> client.discoverAsync(address), address);
      assertThrows(IllegalArgumentException.class, () -> client.discover(address), address);
    }
    assertTrue(net.requests().isEmpty());
  }

  // ---- 12. credentials only when asked ----

  @Test
  void finding12_credentialsGoOnlyInAnswerToAChallenge() throws Exception {
    net.on(ROOT, LoopbackNet.html()); // the user's web site, often run by a web host
    net.on(
        AUTODISCOVER,
        LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.example.com"))));
    DiscoveryResult result = client().build().discover("alice@example.com");
    assertSteps(
        result.attempts(),
        "POST " + ROOT + " NOT_AUTODISCOVER",
        "POST " + AUTODISCOVER + " CHALLENGED",
        "POST " + AUTODISCOVER + " SETTINGS");
    assertNull(net.requests("example.com").get(0).authorization());
    assertEquals(
        java.util.Arrays.asList(null, SECRET),
        net.requests("autodiscover.example.com").stream()
            .map(LoopbackNet.Request::authorization)
            .toList());
    assertEquals(Credentials.Scheme.NONE, result.attempts().get(1).credentials());
    assertEquals(Credentials.Scheme.BASIC, result.attempts().get(2).credentials());
  }

  @Test
  void finding12_aServerThatNeverAnswersGetsNoPassword() throws Exception {
    net.on(ROOT, net.hang());
    net.on(
        AUTODISCOVER,
        LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.example.com"))));
    DiscoveryResult result =
        client()
            .parallelCandidates(true)
            .requestTimeout(Duration.ofSeconds(2))
            .build()
            .discover("alice@example.com");
    assertEquals(AUTODISCOVER, result.url().toString());
    assertNull(net.requests("example.com").get(0).authorization());
  }

  @Test
  void finding12_aChallengeForASchemeNotEnabledIsNotAnswered() throws Exception {
    // a bearer-token client is asked for Basic: no downgrade, no retry
    net.on(
        ROOT,
        LoopbackNet.challenge("Basic realm=\"give me your password\"", LoopbackNet.status(500)));
    net.on(
        AUTODISCOVER,
        LoopbackNet.challenge("Bearer", LoopbackNet.xml(Answers.settings("imap.example.com"))));
    DiscoveryResult result =
        net.client()
            .credentials(url -> Credentials.bearer(() -> "token-123"))
            .build()
            .discover("alice@example.com");
    assertSteps(
        result.attempts(),
        "POST " + ROOT + " UNAUTHORIZED",
        "POST " + AUTODISCOVER + " CHALLENGED",
        "POST " + AUTODISCOVER + " SETTINGS");
    assertEquals(1, net.requests("example.com").size());
    assertEquals(
        "Bearer token-123", net.requests("autodiscover.example.com").get(1).authorization());
  }

  @Test
  void finding12_aRefusedRedirectEndsAsRefusedByTrustAndNamesTheHost() {
    net.on(ROOT, LoopbackNet.xml(Answers.redirectUrl(EVIL)));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class,
            () -> client().httpProbe(false).srvLookup(false).build().discover("alice@example.com"));
    assertEquals(DiscoveryException.Reason.REFUSED_BY_TRUST, e.reason());
    assertEquals(1, e.refused().size(), e.refused().toString());
    RefusedUrl refused = e.refused().get(0);
    assertEquals(URI.create(EVIL), refused.url());
    assertEquals("evil.test", refused.host());
    assertEquals(TrustDecision.REFUSED, refused.decision());
    assertEquals(CandidateSource.REDIRECT_URL, refused.source());
    assertFalse(refused.why().isEmpty());
  }

  @Test
  void finding12_aRedirectAddrLoopEndsAsAddressLoop() {
    net.on(ROOT, LoopbackNet.xml(Answers.redirectAddr("bob@fabrikam.com")));
    net.on(FABRIKAM, LoopbackNet.xml(Answers.redirectAddr("alice@example.com")));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class,
            () -> client().httpProbe(false).srvLookup(false).build().discover("alice@example.com"));
    assertEquals(DiscoveryException.Reason.ADDRESS_LOOP, e.reason());
  }

  // ---- what a trust dialog and a client need ----

  @Test
  void anUnknownHostIsToldApartFromACouldNotConnect() {
    String nowhere = "https://nowhere.example.com/autodiscover/autodiscover.xml";
    String closed = "https://mail.example.com:1/autodiscover/autodiscover.xml";
    net.on(ROOT, LoopbackNet.xml(Answers.redirectUrl(nowhere)));
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.redirectUrl(closed)));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class,
            () -> client().httpProbe(false).srvLookup(false).build().discover("alice@example.com"));
    assertSteps(
        e.attempts(),
        "POST " + ROOT + " REDIRECT_URL",
        "POST " + nowhere + " UNKNOWN_HOST",
        "POST " + AUTODISCOVER + " REDIRECT_URL",
        "POST " + closed + " CONNECT_FAILED");
  }

  @Test
  void theServersErrorCodeIsOneCallAway() {
    net.on(ROOT, LoopbackNet.xml(Answers.error(500, "Mailbox not found")));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class, () -> client().build().discover("alice@example.com"));
    assertEquals(OptionalInt.of(500), e.errorCode());
    assertEquals(OptionalInt.empty(), new DiscoveryExceptionProbe().noError().errorCode());
  }

  @Test
  void oneClientAsksBothSchemas() throws Exception {
    String sync = "https://mail.example.com/Microsoft-Server-ActiveSync";
    net.on(
        ROOT,
        exchange -> {
          List<LoopbackNet.Request> seen = net.requests("example.com");
          String body = seen.get(seen.size() - 1).body();
          LoopbackNet.xml(
                  body.contains("mobilesync")
                      ? Answers.mobileSyncSettings(sync)
                      : Answers.settings("imap.example.com"))
              .handle(exchange);
        });
    AutodiscoverClient client = client().build();
    assertEquals(
        io.github.autodiscover4j.DocumentKind.SETTINGS,
        client.discover("alice@example.com", ResponseSchema.OUTLOOK).document().kind());
    assertEquals(
        io.github.autodiscover4j.DocumentKind.MOBILE_SYNC_SETTINGS,
        client
            .discoverAsync("alice@example.com", ResponseSchema.MOBILE_SYNC)
            .get(20, TimeUnit.SECONDS)
            .document()
            .kind());
  }

  /** A look-up that ends without any server error, to read errorCode() off. */
  private static final class DiscoveryExceptionProbe {
    DiscoveryException noError() {
      net.on(ROOT, LoopbackNet.status(404));
      try {
        net.client().httpProbe(false).srvLookup(false).build().discover("alice@example.com");
        throw new AssertionError("found settings");
      } catch (DiscoveryException e) {
        return e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
