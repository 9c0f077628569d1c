package io.github.autodiscover4j.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The policy: where requests may go, where credentials may go, and what no server can change. */
class SecurityPolicyTest extends DiscoveryTestBase {
  private static final String SECRET =
      "Basic "
          + java.util.Base64.getEncoder()
              .encodeToString(
                  "alice@example.com:secret".getBytes(java.nio.charset.StandardCharsets.UTF_8));

  @Test
  void aParentDomainAndAutodiscoverDotTldAreNeverContacted() {
    // Every host the Great Leak's "fail up" would reach is listening, with a certificate that names
    // it, and would
    // answer with settings; the user's own candidates all fail.
    for (String host :
        List.of("example.com", "autodiscover.example.com", "com", "autodiscover.com")) {
      net.onAutodiscover("https", host, LoopbackNet.xml(Answers.settings("leak." + host)));
      net.onAutodiscover("http", host, LoopbackNet.xml(Answers.settings("leak." + host)));
    }
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class,
            () ->
                net.client()
                    .credentials(
                        url -> Credentials.basic("alice@mail.example.com", "secret".toCharArray()))
                    .build()
                    .discover("alice@mail.example.com"));
    assertEquals(DiscoveryException.Reason.NOT_FOUND, e.reason());
    assertEquals(
        List.of(
            "https://mail.example.com",
            "https://autodiscover.mail.example.com",
            "http://autodiscover.mail.example.com"),
        contactedHosts());
    assertEquals(List.of("_autodiscover._tcp.mail.example.com"), net.dns().queries());
  }

  @Test
  void aSingleLabelDomainIsRefusedBeforeAnythingIsSent() {
    AutodiscoverClient client = net.client().build();
    for (String address :
        List.of(
            "alice@com",
            "alice@localhost",
            "alice@[127.0.0.1]",
            "alice@127.0.0.1",
            "@example.com",
            "alice@",
            "alice",
            "alice@exa mple.com")) {
      assertThrows(IllegalArgumentException.class, () -> client.discover(address), address);
    }
    assertTrue(net.requests().isEmpty());
    assertTrue(net.dns().queries().isEmpty());
  }

  @Test
  void aServerAskingForBasicDoesNotGetIt() throws Exception {
    net.on(ROOT, LoopbackNet.basicChallenge());
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
    assertEquals(
        java.util.Arrays.asList(null, null, "Bearer token-123"),
        net.requests().stream().map(LoopbackNet.Request::authorization).toList(),
        "none until asked, then the caller's scheme only: never Basic");
  }

  @Test
  void withoutCredentialsNoAuthorizationIsSentAnywhere() throws Exception {
    net.on(ROOT, LoopbackNet.basicChallenge());
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.settings("imap.example.com")));
    net.client().build().discover("alice@example.com");
    assertTrue(net.requests().stream().allMatch(r -> r.authorization() == null));
  }

  @Test
  void theCredentialsCallbackIsAskedOnlyForTrustedOrAllowedHttpsUrls() {
    // Every kind of untrusted pointer at once: the probe, SRV, an HTTP redirect and a redirectUrl.
    net.on(
        ROOT,
        LoopbackNet.authenticated(
            LoopbackNet.redirect(302, "https://evil.test/autodiscover/autodiscover.xml")));
    net.on(
        AUTODISCOVER,
        LoopbackNet.authenticated(
            LoopbackNet.xml(
                Answers.redirectUrl(
                    "https://autodiscover.evil.test/autodiscover/autodiscover.xml"))));
    net.on(
        PROBE, LoopbackNet.redirect(302, "https://mail.hoster.test/autodiscover/autodiscover.xml"));
    net.dns().srv("_autodiscover._tcp.example.com", new DnsResponder.Srv(0, 0, 443, "hoster.test"));
    List<URI> asked = new CopyOnWriteArrayList<>();
    assertThrows(
        DiscoveryException.class,
        () ->
            net.client()
                .credentials(
                    url -> {
                      asked.add(url);
                      return Credentials.basic("alice@example.com", "secret".toCharArray());
                    })
                .build()
                .discover("alice@example.com"));
    assertEquals(List.of(URI.create(ROOT), URI.create(AUTODISCOVER)), asked);
    assertEquals(
        List.of(
            "https://example.com",
            "https://autodiscover.example.com",
            "http://autodiscover.example.com"),
        contactedHosts());
    assertNull(
        net.requests("autodiscover.example.com").stream()
            .filter(r -> r.scheme().equals("http"))
            .findFirst()
            .orElseThrow()
            .authorization());
  }

  @Test
  void aDomainIsMatchedByWholeLabels() {
    String lookalike = "https://evilexample.com/autodiscover/autodiscover.xml";
    net.on(ROOT, LoopbackNet.xml(Answers.redirectUrl(lookalike)));
    List<TrustRequest> asked = new CopyOnWriteArrayList<>();
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class,
            () ->
                net.client()
                    .trust(
                        request -> {
                          asked.add(request);
                          return false;
                        })
                    .build()
                    .discover("alice@example.com"));
    assertEquals(List.of(URI.create(lookalike)), asked.stream().map(TrustRequest::url).toList());
    assertEquals(TrustDecision.REFUSED, e.attempts().get(1).trust());
    assertTrue(Hosts.isInDomain("a.b.example.com", "example.com"));
    assertTrue(
        !Hosts.isInDomain("evilexample.com", "example.com")
            && !Hosts.isInDomain("example.com.evil.test", "example.com"));
  }

  @Test
  void aTrustCallbackThatThrowsRefuses() {
    net.on(
        ROOT,
        LoopbackNet.xml(Answers.redirectUrl("https://evil.test/autodiscover/autodiscover.xml")));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class,
            () ->
                net.client()
                    .trust(
                        request -> {
                          throw new IllegalStateException("no user to ask");
                        })
                    .build()
                    .discover("alice@example.com"));
    assertEquals(TrustDecision.REFUSED, e.attempts().get(1).trust());
    assertTrue(net.requests("evil.test").isEmpty());
  }

  @Test
  void aCertificateForAnotherNameFailsTlsAndNothingIsSent() {
    net.on(
        ROOT,
        LoopbackNet.xml(
            Answers.redirectUrl(
                "https://" + LoopbackNet.WRONG_NAME + "/autodiscover/autodiscover.xml")));
    net.onAutodiscover(
        "https", LoopbackNet.WRONG_NAME, LoopbackNet.xml(Answers.settings("imap.example.com")));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class,
            () ->
                net.client()
                    .credentials(
                        url -> Credentials.basic("alice@example.com", "secret".toCharArray()))
                    .build()
                    .discover("alice@example.com"));
    Attempt wrong = e.attempts().get(1);
    assertEquals(Attempt.Outcome.TLS_FAILURE, wrong.outcome());
    assertTrue(wrong.detail().contains(LoopbackNet.WRONG_NAME), wrong.detail());
    assertTrue(
        net.requests(LoopbackNet.WRONG_NAME).isEmpty(), "the request never left the TLS handshake");
  }

  @Test
  void aCertificateFromAnUntrustedAuthorityFailsTlsAndNothingIsSent() {
    net.on(ROOT, LoopbackNet.xml(Answers.settings("imap.example.com")));
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.settings("imap.example.com")));
    // The JDK's default trust store does not know the test CA.
    AutodiscoverClient client =
        AutodiscoverClient.builder()
            .connectPorts(net.httpsPort(), net.httpPort())
            .dnsServers(net.dns().url())
            .credentials(url -> Credentials.basic("alice@example.com", "secret".toCharArray()))
            .build();
    DiscoveryException e =
        assertThrows(DiscoveryException.class, () -> client.discover("alice@example.com"));
    assertEquals(Attempt.Outcome.TLS_FAILURE, e.attempts().get(0).outcome());
    assertEquals(Attempt.Outcome.TLS_FAILURE, e.attempts().get(1).outcome());
    assertTrue(net.requests().stream().noneMatch(r -> r.scheme().equals("https")));
  }

  @Test
  void anHttpClientThatFollowsRedirectsOrAnswersChallengesIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AutodiscoverClient.builder()
                .httpClient(
                    HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AutodiscoverClient.builder()
                .httpClient(
                    HttpClient.newBuilder()
                        .authenticator(
                            new Authenticator() {
                              @Override
                              protected PasswordAuthentication getPasswordAuthentication() {
                                return new PasswordAuthentication("alice", "secret".toCharArray());
                              }
                            })
                        .build()));
    AutodiscoverClient.builder()
        .httpClient(HttpClient.newBuilder().build())
        .build(); // NEVER is the default
  }

  @Test
  void credentialsCannotBeSmuggledInAsHeaders() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AutodiscoverClient.builder().header("Authorization", SECRET));
    assertThrows(
        IllegalArgumentException.class, () -> AutodiscoverClient.builder().header("cookie", "x=1"));
    assertThrows(
        IllegalArgumentException.class,
        () -> AutodiscoverClient.builder().header("Host", "evil.test"));
  }

  @Test
  void aHeaderWithAControlCharacterIsRefusedByTheBuilder() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AutodiscoverClient.builder().header("X-Custom", "v\r\nAuthorization: stolen"));
    assertTrue(!e.getMessage().contains("stolen"), e.getMessage());
  }

  @Test
  void aCredentialsProviderThatThrowsSendsNothingAndEndsInAnAttempt() {
    net.on(ROOT, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.example.com"))));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class,
            () ->
                net.client()
                    .httpProbe(false)
                    .srvLookup(false)
                    .credentials(
                        url -> {
                          throw new IllegalStateException("vault locked: secret-hint");
                        })
                    .build()
                    .discover("alice@example.com"));
    assertEquals(Attempt.Outcome.CREDENTIALS_UNUSABLE, e.attempts().get(0).outcome());
    assertTrue(!e.getMessage().contains("secret-hint"), e.getMessage());
    assertTrue(net.requests().stream().allMatch(r -> r.authorization() == null));
  }

  @Test
  void secretsStayOutOfToString() {
    assertEquals(
        "Basic credentials for alice",
        Credentials.basic("alice", "secret".toCharArray()).toString());
    assertTrue(!Credentials.bearer(() -> "token-123").toString().contains("token"));
  }
}
