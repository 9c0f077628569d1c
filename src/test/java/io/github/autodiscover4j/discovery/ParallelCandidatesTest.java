package io.github.autodiscover4j.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The option that races the two https: candidates. Timings are asserted only against generous
 * bounds (a quarter of the request timeout, where the answer takes well under a second); the figure
 * is printed for the record.
 */
class ParallelCandidatesTest extends DiscoveryTestBase {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private AutodiscoverClient.Builder client() {
    return net.client()
        .parallelCandidates(true)
        .requestTimeout(TIMEOUT)
        .deadline(Duration.ofSeconds(40))
        .credentials(url -> Credentials.basic("alice@example.com", "secret".toCharArray()));
  }

  @Test
  void aRootDomainThatHangsCostsNoTimeout() throws Exception {
    net.on(ROOT, net.hang());
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.settings("imap.example.com")));
    AutodiscoverClient client = client().build();
    long start = System.nanoTime();
    DiscoveryResult result = client.discover("alice@example.com");
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    System.out.println(
        "parallel candidates, root domain hanging: answered in "
            + millis
            + " ms (request timeout "
            + TIMEOUT.toMillis()
            + " ms)");
    assertEquals(AUTODISCOVER, result.url().toString());
    assertTrue(millis < TIMEOUT.toMillis() / 4, "took " + millis + " ms");
    assertTrue(
        result.attempts().stream()
            .anyMatch(
                a -> a.url().toString().equals(ROOT) && a.outcome() == Attempt.Outcome.CANCELLED),
        result.attempts().toString());
    assertEquals(
        Attempt.Outcome.SETTINGS,
        result.attempts().stream()
            .filter(a -> a.url().toString().equals(AUTODISCOVER))
            .findFirst()
            .orElseThrow()
            .outcome());
  }

  @Test
  void theRootDomainsAnswerWinsWhenItComesFirst() throws Exception {
    net.on(ROOT, LoopbackNet.xml(Answers.settings("imap.example.com")));
    net.on(AUTODISCOVER, net.hang());
    DiscoveryResult result = client().build().discover("alice@example.com");
    assertEquals(ROOT, result.url().toString());
  }

  @Test
  void aCandidateThatFailsLeavesTheRaceToTheOther() throws Exception {
    net.on(ROOT, LoopbackNet.status(404));
    net.on(
        AUTODISCOVER,
        LoopbackNet.xml(
            Answers.redirectUrl("https://mail.example.com/autodiscover/autodiscover.xml")));
    net.on(
        "https://mail.example.com/autodiscover/autodiscover.xml",
        LoopbackNet.xml(Answers.settings("imap.example.com")));
    DiscoveryResult result = client().build().discover("alice@example.com");
    assertEquals("https://mail.example.com/autodiscover/autodiscover.xml", result.url().toString());
    assertEquals(3, result.attempts().size(), result.attempts().toString());
  }

  @Test
  void anErrorFromTheFasterCandidateEndsTheSearch() {
    net.on(ROOT, net.hang());
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.error(500, "Mailbox not found")));
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class, () -> client().build().discover("alice@example.com"));
    assertEquals(DiscoveryException.Reason.SERVER_ERROR, e.reason());
  }

  @Test
  void bothFailingFallsThroughToTheProbe() throws Exception {
    net.on(ROOT, LoopbackNet.status(404));
    net.on(AUTODISCOVER, LoopbackNet.status(500));
    net.on(
        PROBE, LoopbackNet.redirect(302, "https://mail.example.com/autodiscover/autodiscover.xml"));
    net.on(
        "https://mail.example.com/autodiscover/autodiscover.xml",
        LoopbackNet.xml(Answers.settings("imap.example.com")));
    DiscoveryResult result = client().build().discover("alice@example.com");
    assertEquals("https://mail.example.com/autodiscover/autodiscover.xml", result.url().toString());
  }

  @Test
  void theAsynchronousFormRacesToo() throws Exception {
    net.on(ROOT, net.hang());
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.settings("imap.example.com")));
    long start = System.nanoTime();
    DiscoveryResult result =
        client().build().discoverAsync("alice@example.com").get(30, TimeUnit.SECONDS);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(AUTODISCOVER, result.url().toString());
    assertTrue(millis < TIMEOUT.toMillis() / 4, "took " + millis + " ms");
  }
}
