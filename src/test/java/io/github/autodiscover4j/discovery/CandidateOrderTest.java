package io.github.autodiscover4j.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.DocumentKind;
import io.github.autodiscover4j.ParseOptions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Phases 1 and 2: the two https: candidates in order, and what makes the client move on from the
 * first.
 */
class CandidateOrderTest extends DiscoveryTestBase {
  @Test
  void settingsAtTheFirstCandidateEndTheLookUp() throws Exception {
    net.on(ROOT, LoopbackNet.xml(Answers.settings("imap.example.com")));
    DiscoveryResult result = net.client().build().discover("alice@example.com");
    assertEquals(DocumentKind.SETTINGS, result.document().kind());
    assertEquals("imap.example.com", result.document().protocols().get(0).getServer());
    assertEquals(ROOT, result.url().toString());
    assertEquals("alice@example.com", result.emailAddress());
    assertSteps(result.attempts(), "POST " + ROOT + " SETTINGS");
    assertEquals(TrustDecision.DOMAIN, result.attempts().get(0).trust());
    assertEquals(1, net.requests().size());
    LoopbackNet.Request request = net.requests().get(0);
    assertEquals("POST", request.method());
    assertEquals("text/xml; charset=utf-8", request.headers().get("content-type"));
    assertTrue(
        request.body().contains("<EMailAddress>alice@example.com</EMailAddress>"), request.body());
    assertTrue(request.body().contains("outlook/responseschema/2006a"), request.body());
  }

  @Test
  void a404AtTheRootDomainMovesOnToTheAutodiscoverHost() throws Exception {
    net.on(ROOT, LoopbackNet.status(404));
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.settings("imap.example.com")));
    DiscoveryResult result = net.client().build().discover("alice@example.com");
    assertSteps(
        result.attempts(), "POST " + ROOT + " HTTP_STATUS", "POST " + AUTODISCOVER + " SETTINGS");
    assertEquals(404, result.attempts().get(0).httpStatus().getAsInt());
    assertEquals(AUTODISCOVER, result.url().toString());
  }

  @Test
  void a401FromOneCandidateIsNotAVerdictOnThePassword() throws Exception {
    net.on(ROOT, LoopbackNet.challenge("Basic", LoopbackNet.status(401)));
    net.on(
        AUTODISCOVER,
        LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.example.com"))));
    DiscoveryResult result =
        net.client()
            .credentials(url -> Credentials.basic("alice@example.com", "secret".toCharArray()))
            .build()
            .discover("alice@example.com");
    assertSteps(
        result.attempts(),
        "POST " + ROOT + " CHALLENGED",
        "POST " + ROOT + " UNAUTHORIZED",
        "POST " + AUTODISCOVER + " CHALLENGED",
        "POST " + AUTODISCOVER + " SETTINGS");
    assertEquals(Credentials.Scheme.BASIC, result.attempts().get(3).credentials());
    assertNotNull(
        net.requests("autodiscover.example.com").get(1).authorization(),
        "the same credentials, sent again");
  }

  @Test
  void anHtmlPageAtTheRootDomainMovesOn() throws Exception {
    net.on(ROOT, LoopbackNet.html());
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.settings("imap.example.com")));
    DiscoveryResult result = net.client().build().discover("alice@example.com");
    assertSteps(
        result.attempts(),
        "POST " + ROOT + " NOT_AUTODISCOVER",
        "POST " + AUTODISCOVER + " SETTINGS");
    assertTrue(
        result.attempts().get(0).detail().contains("an HTML page"),
        result.attempts().get(0).detail());
  }

  @Test
  void aRootDomainThatHangsCostsOneRequestTimeoutWhenTriedInOrder() throws Exception {
    net.on(ROOT, net.hang());
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.settings("imap.example.com")));
    long start = System.nanoTime();
    DiscoveryResult result =
        net.client().requestTimeout(Duration.ofSeconds(1)).build().discover("alice@example.com");
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertSteps(
        result.attempts(), "POST " + ROOT + " TIMEOUT", "POST " + AUTODISCOVER + " SETTINGS");
    assertTrue(millis >= 1000, "waited " + millis + " ms, the timeout is 1000 ms");
  }

  @Test
  void anErrorEndsTheSearchWithThatError() {
    net.on(ROOT, LoopbackNet.xml(Answers.error(500, "Mailbox not found")));
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.settings("imap.example.com")));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class, () -> net.client().build().discover("alice@example.com"));
    assertEquals(DiscoveryException.Reason.SERVER_ERROR, e.reason());
    assertEquals(500, e.error().orElseThrow().code().getAsInt());
    assertSteps(e.attempts(), "POST " + ROOT + " ERROR");
    assertTrue(net.requests("autodiscover.example.com").isEmpty());
  }

  @Test
  void aBodyOverTheSizeCapIsNotReadAndTheNextCandidateIsTried() throws Exception {
    net.on(ROOT, LoopbackNet.xml(Answers.settings("x".repeat(4096))));
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.settings("imap.example.com")));
    DiscoveryResult result =
        net.client()
            .parseOptions(ParseOptions.builder().maxInputBytes(2048).build())
            .build()
            .discover("alice@example.com");
    assertSteps(
        result.attempts(), "POST " + ROOT + " TOO_LARGE", "POST " + AUTODISCOVER + " SETTINGS");
  }

  @Test
  void aStreamedBodyIsCutOffAtTheSizeCap() throws Exception {
    net.on(
        ROOT,
        exchange -> { // chunked, no Content-Length: the client has to count
          exchange.sendResponseHeaders(200, 0);
          byte[] chunk = new byte[1024];
          java.util.Arrays.fill(chunk, (byte) ' ');
          for (int i = 0; i < 1024; i++) { // 1 MiB on offer; the client stops reading after 2 KiB
            exchange.getResponseBody().write(chunk);
          }
        });
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.settings("imap.example.com")));
    DiscoveryResult result =
        net.client()
            .parseOptions(ParseOptions.builder().maxInputBytes(2048).build())
            .build()
            .discover("alice@example.com");
    assertSteps(
        result.attempts(), "POST " + ROOT + " TOO_LARGE", "POST " + AUTODISCOVER + " SETTINGS");
  }

  @Test
  void everyCandidateFailingSaysWhyForEach() {
    net.on(ROOT, LoopbackNet.status(401));
    net.on(AUTODISCOVER, LoopbackNet.status(503));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class, () -> net.client().build().discover("alice@example.com"));
    assertEquals(DiscoveryException.Reason.NOT_FOUND, e.reason());
    assertSteps(
        e.attempts(),
        "POST " + ROOT + " UNAUTHORIZED",
        "POST " + AUTODISCOVER + " HTTP_STATUS",
        "GET " + PROBE + " NO_REDIRECT",
        "SRV dns:_autodiscover._tcp.example.com NO_RECORDS");
    assertTrue(e.sawUnauthorized());
    assertTrue(
        e.getMessage().contains("no Autodiscover settings found for alice@example.com"),
        e.getMessage());
    assertTrue(e.getMessage().contains(AUTODISCOVER + " -> 503 HTTP_STATUS"), e.getMessage());
  }

  @Test
  void theDeadlineBoundsTheWholeLookUp() {
    net.on(ROOT, net.hang());
    net.on(AUTODISCOVER, net.hang());
    long start = System.nanoTime();
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class,
            () ->
                net.client()
                    .requestTimeout(Duration.ofSeconds(30))
                    .deadline(Duration.ofMillis(800))
                    .build()
                    .discover("alice@example.com"));
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(DiscoveryException.Reason.DEADLINE_EXCEEDED, e.reason());
    assertSteps(e.attempts(), "POST " + ROOT + " TIMEOUT");
    assertTrue(
        millis < 15_000,
        "took " + millis + " ms; the deadline is 800 ms, the request timeout 30 s");
  }

  @Test
  void theMobileSyncSchemaAsksForActiveSyncAndTakesOnlyActiveSyncSettings() throws Exception {
    net.on(
        ROOT,
        LoopbackNet.xml(
            Answers.settings("imap.example.com"))); // Outlook settings: not what was asked
    net.on(
        AUTODISCOVER,
        LoopbackNet.xml(
            Answers.mobileSyncSettings("https://eas.example.com/Microsoft-Server-ActiveSync")));
    DiscoveryResult result =
        net.client().schema(ResponseSchema.MOBILE_SYNC).build().discover("alice@example.com");
    assertEquals(DocumentKind.MOBILE_SYNC_SETTINGS, result.document().kind());
    assertSteps(
        result.attempts(),
        "POST " + ROOT + " NOT_AUTODISCOVER",
        "POST " + AUTODISCOVER + " SETTINGS");
    assertTrue(
        net.requests().get(0).body().contains("mobilesync/responseschema/2006"),
        net.requests().get(0).body());
    assertEquals(DiscoveryResult.DEFAULT_TTL, result.timeToLive().orElseThrow());
  }

  @Test
  void optionalHeadersGoWithEveryPost() throws Exception {
    net.on(ROOT, LoopbackNet.xml(Answers.settings("imap.example.com")));
    net.client()
        .header("X-MapiHttpCapability", "1")
        .header("X-ClientCanHandle", "Negotiate, ExHttpInfo")
        .build()
        .discover("alice@example.com");
    assertEquals("1", net.requests().get(0).headers().get("x-mapihttpcapability"));
    assertEquals("Negotiate, ExHttpInfo", net.requests().get(0).headers().get("x-clientcanhandle"));
  }

  @Test
  void theAsynchronousFormGivesTheSameAnswer() throws Exception {
    net.on(ROOT, LoopbackNet.status(404));
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.settings("imap.example.com")));
    CompletableFuture<DiscoveryResult> future =
        net.client().build().discoverAsync("alice@example.com");
    DiscoveryResult result = future.get(20, TimeUnit.SECONDS);
    assertSteps(
        result.attempts(), "POST " + ROOT + " HTTP_STATUS", "POST " + AUTODISCOVER + " SETTINGS");
  }

  @Test
  void cancellingTheAsynchronousFormStopsTheLookUp() throws Exception {
    net.on(ROOT, net.hang());
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.settings("imap.example.com")));
    CompletableFuture<DiscoveryResult> future =
        net.client()
            .requestTimeout(Duration.ofSeconds(30))
            .build()
            .discoverAsync("alice@example.com");
    for (int i = 0; i < 2000 && net.requests().isEmpty(); i++) {
      Thread.sleep(10); // until the root domain has the request
    }
    assertEquals(1, net.requests().size());
    assertTrue(future.cancel(true));
    Thread.sleep(
        300); // a look-up that went on would now reach the second candidate, which answers at once
    assertTrue(net.requests("autodiscover.example.com").isEmpty(), "nothing sent after cancel");
    assertFalse(future.isDone() && !future.isCancelled());
  }
}
