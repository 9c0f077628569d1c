package io.github.autodiscover4j.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** TTL: the expiry each result carries, and the optional cache that honours it. */
class CacheTest extends DiscoveryTestBase {
  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final HandClock clock = new HandClock();

  private DiscoveryResult discover(String ttl) throws Exception {
    net.on(ROOT, LoopbackNet.xml(Answers.settings("imap.example.com", ttl)));
    return net.client().clock(clock).build().discover("alice@example.com");
  }

  @Test
  void noTtlMeansOneHour() throws Exception {
    DiscoveryResult result = discover(null);
    assertEquals(Optional.of(Duration.ofHours(1)), result.timeToLive());
    assertEquals(Optional.of(clock.instant().plus(Duration.ofHours(1))), result.expiresAt());
  }

  @Test
  void aTtlIsInHours() throws Exception {
    assertEquals(Optional.of(Duration.ofHours(24)), discover("24").timeToLive());
  }

  @Test
  void ttlZeroMeansNoRediscovery() throws Exception {
    DiscoveryResult result = discover("0");
    assertEquals(Optional.empty(), result.timeToLive());
    assertFalse(result.isExpired(Instant.MAX));
  }

  @Test
  void aJunkTtlFallsBackToTheDefault() throws Exception {
    assertEquals(Optional.of(Duration.ofHours(1)), discover("soon").timeToLive());
  }

  @Test
  void aCachedAnswerIsServedUntilItsTtlRunsOut() throws Exception {
    net.on(ROOT, LoopbackNet.xml(Answers.settings("imap.example.com", "2")));
    AutodiscoverClient client = net.client().clock(clock).cache(10).build();
    DiscoveryResult first = client.discover("alice@example.com");
    clock.advance(Duration.ofMinutes(119));
    DiscoveryResult second = client.discover("Alice@Example.com");
    assertFalse(first.fromCache());
    assertTrue(second.fromCache());
    assertNotSame(
        first.document().root(), second.document().root(), "each caller gets its own tree");
    assertEquals(first.document().root(), second.document().root());
    assertEquals(first.url(), second.url());
    assertEquals(1, net.requests().size());

    clock.advance(Duration.ofMinutes(1));
    assertFalse(client.discover("alice@example.com").fromCache(), "expired at two hours");
    assertEquals(2, net.requests().size());
  }

  @Test
  void aTtlOfZeroIsCachedUntilInvalidated() throws Exception {
    net.on(ROOT, LoopbackNet.xml(Answers.settings("imap.example.com", "0")));
    AutodiscoverClient client = net.client().clock(clock).cache(10).build();
    client.discover("alice@example.com");
    clock.advance(Duration.ofDays(1000));
    assertTrue(client.discover("alice@example.com").fromCache());
    client.invalidate("alice@example.com");
    assertFalse(client.discover("alice@example.com").fromCache());
  }

  @Test
  void withoutACacheEveryLookUpGoesOut() throws Exception {
    net.on(ROOT, LoopbackNet.xml(Answers.settings("imap.example.com")));
    AutodiscoverClient client = net.client().build();
    client.discover("alice@example.com");
    client.discover("alice@example.com");
    assertEquals(2, net.requests().size());
  }

  @Test
  void failuresAreNotCached() throws Exception {
    net.on(ROOT, LoopbackNet.status(404));
    net.on(AUTODISCOVER, LoopbackNet.status(404));
    AutodiscoverClient client = net.client().cache(10).srvLookup(false).httpProbe(false).build();
    org.junit.jupiter.api.Assertions.assertThrows(
        DiscoveryException.class, () -> client.discover("alice@example.com"));
    net.on(ROOT, LoopbackNet.xml(Answers.settings("imap.example.com")));
    assertFalse(client.discover("alice@example.com").fromCache());
  }
}
