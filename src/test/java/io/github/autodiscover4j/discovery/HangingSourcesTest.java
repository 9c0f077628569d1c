package io.github.autodiscover4j.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every source hangs but one: a hanging source costs nothing once a better one answered, the
 * deadline bounds everything, and no engine thread outlives the look-up. The bounds are generous
 * (half the hang timeout) so that a loaded machine cannot make them flake; the measured times are
 * printed for the record.
 */
class HangingSourcesTest extends DiscoveryTestBase {
  /** How long a hanging request could cost: the request timeout of these look-ups. */
  private static final Duration HANG = Duration.ofSeconds(40);

  private static final List<String> SRV_NAMES =
      List.of(
          "_imaps._tcp.example.com",
          "_imap._tcp.example.com",
          "_pop3s._tcp.example.com",
          "_submissions._tcp.example.com",
          "_submission._tcp.example.com");

  private static AccountDiscovery.Builder engine(SettingsSource first) {
    List<SettingsSource> order = new ArrayList<>(List.of(first));
    for (SettingsSource s : AccountDiscovery.DEFAULT_SOURCES) {
      if (s != first) {
        order.add(s);
      }
    }
    return AccountDiscovery.builder(
            net.client()
                .requestTimeout(HANG)
                .deadline(HANG.multipliedBy(2))
                .credentials(AccountDiscoveryTest.basicAlice()))
        .sources(order)
        .ispdb(URI.create(AccountDiscoveryTest.ISPDB_BASE))
        .trust(TrustCallback.allowHosts("autoconfig.contoso.net"))
        .exchangeWait(Duration.ofSeconds(1));
  }

  /** Makes every source hang except {@code working}, which answers. */
  private static void world(SettingsSource working) {
    LoopbackNet.Handler answer =
        LoopbackNet.xml(Answers.autoconfig("imap.example.com", "smtp.example.com"));
    net.on(AccountDiscoveryTest.AC, working == SettingsSource.AUTOCONFIG ? answer : net.hang());
    net.on(AccountDiscoveryTest.WK, working == SettingsSource.WELL_KNOWN ? answer : net.hang());
    net.on(AccountDiscoveryTest.ISPDB, working == SettingsSource.ISPDB ? answer : net.hang());
    if (working == SettingsSource.MX) {
      net.dns().mx("example.com", 10, "mx1.contoso.net");
      net.on(AccountDiscoveryTest.MX_AC, answer);
    } else {
      net.dns().silent("example.com");
    }
    String v2Path = "/autodiscover/autodiscover.json/v1.0/alice@example.com";
    if (working == SettingsSource.AUTODISCOVER_V2) {
      String pox = "https://mail.example.com/autodiscover/autodiscover.xml";
      net.on(
          "https://autodiscover.example.com" + v2Path,
          LoopbackNet.json("{\"Protocol\":\"AutodiscoverV1\",\"Url\":\"" + pox + "\"}"));
      net.on(pox, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.example.com"))));
    } else {
      net.on("https://autodiscover.example.com" + v2Path, net.hang());
      net.on("https://example.com" + v2Path, net.hang());
    }
    if (working == SettingsSource.POX) {
      net.on(
          ROOT, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.example.com"))));
    } else {
      net.on(ROOT, net.hang());
      net.on(AUTODISCOVER, net.hang());
      net.on(PROBE, net.hang());
      net.dns().silent("_autodiscover._tcp.example.com");
    }
    for (String name : SRV_NAMES) {
      if (working == SettingsSource.SRV) {
        net.dns().srv(name, new DnsResponder.Srv(0, 0, 993, "mail.example.com"));
      } else {
        net.dns().silent(name);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(SettingsSource.class)
  void everySourceHangsButOne(SettingsSource working) throws Exception {
    world(working);
    AccountDiscovery discovery = engine(working).build();
    long start = System.nanoTime();
    AccountDiscoveryResult found = discovery.discover("alice@example.com");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.println(
        "time to an answer, only "
            + working
            + " answering: "
            + took.toMillis()
            + " ms (a hanging request costs up to "
            + HANG.toMillis()
            + " ms)");
    assertEquals(working, found.best().source(), found.attempts().toString());
    assertTrue(
        took.compareTo(HANG.dividedBy(2)) < 0,
        "took " + took + " with hanging sources: " + found.attempts());
    assertTrue(
        found.attempts().stream().anyMatch(a -> a.outcome() == Attempt.Outcome.CANCELLED),
        "the hanging requests were cancelled: " + found.attempts());
    if (working != SettingsSource.SRV) {
      // a silent DNS query in flight is recorded as cancelled, never left to time out
      assertTrue(
          found.attempts().stream()
              .filter(a -> a.source() == CandidateSource.MAIL_SRV_QUERY)
              .allMatch(a -> a.outcome() == Attempt.Outcome.CANCELLED),
          "the silent SRV queries: " + found.attempts());
    }
    AccountDiscoveryTest.assertCredentialsOnlyTo("example.com", "mail.example.com");
    assertNoEngineThreadLeft();
  }

  @ParameterizedTest
  @EnumSource(
      value = SettingsSource.class,
      names = {"AUTOCONFIG"})
  void theDeadlineEndsALookUpWhereEverySourceHangs(SettingsSource none) throws Exception {
    world(SettingsSource.ISPDB);
    net.on(AccountDiscoveryTest.ISPDB, net.hang());
    AccountDiscovery discovery = engine(none).deadline(Duration.ofSeconds(2)).build();
    long start = System.nanoTime();
    DiscoveryException e =
        assertThrows(DiscoveryException.class, () -> discovery.discover("alice@example.com"));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.println("time to give up at a 2 s deadline: " + took.toMillis() + " ms");
    assertEquals(DiscoveryException.Reason.DEADLINE_EXCEEDED, e.reason());
    assertTrue(took.compareTo(HANG.dividedBy(2)) < 0, "took " + took);
    assertNoEngineThreadLeft();
  }

  @org.junit.jupiter.api.Test
  void aMixedWorld_theWinnerAndExchangeAnswerWhileTheRestHang() throws Exception {
    world(SettingsSource.AUTOCONFIG);
    net.on(ROOT, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("pox.example.com"))));
    // v2 is not offered (404), as on most servers that offer POX
    String v2Path = "/autodiscover/autodiscover.json/v1.0/alice@example.com";
    net.on("https://autodiscover.example.com" + v2Path, LoopbackNet.status(404));
    net.on("https://example.com" + v2Path, LoopbackNet.status(404));
    AccountDiscovery discovery =
        engine(SettingsSource.AUTOCONFIG).exchangeWait(HANG).build(); // Exchange waited for
    long start = System.nanoTime();
    AccountDiscoveryResult found = discovery.discover("alice@example.com");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.println(
        "time to an answer, mixed world (autoconfig and POX answer, v2 404, the rest hang): "
            + took.toMillis()
            + " ms (a hanging request costs up to "
            + HANG.toMillis()
            + " ms)");
    assertEquals(SettingsSource.AUTOCONFIG, found.best().source());
    assertEquals(
        List.of(SettingsSource.POX),
        found.alternatives().stream().map(FoundSettings::source).toList());
    assertTrue(took.compareTo(HANG.dividedBy(2)) < 0, "took " + took);
    AccountDiscoveryTest.assertCredentialsOnlyTo("example.com");
    assertNoEngineThreadLeft();
  }

  @org.junit.jupiter.api.Test
  void interruptingTheCallerCancelsEverySource() throws Exception {
    world(SettingsSource.AUTOCONFIG);
    net.on(AccountDiscoveryTest.AC, net.hang()); // now nothing answers
    AccountDiscovery discovery = engine(SettingsSource.AUTOCONFIG).build();
    java.util.concurrent.atomic.AtomicReference<Throwable> ended =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                discovery.discover("alice@example.com");
              } catch (Throwable t) {
                ended.set(t);
              }
            },
            "test-caller");
    caller.start();
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (net.requests("autoconfig.example.com").isEmpty() && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    long start = System.nanoTime();
    caller.interrupt();
    caller.join(HANG.dividedBy(2).toMillis());
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.println("time to stop after an interrupt: " + took.toMillis() + " ms");
    assertTrue(!caller.isAlive(), "the look-up did not stop when interrupted");
    assertTrue(ended.get() instanceof InterruptedException, String.valueOf(ended.get()));
    assertNoEngineThreadLeft();
  }

  @org.junit.jupiter.api.Test
  void cancellingTheFutureCancelsEverySource() throws Exception {
    world(SettingsSource.AUTOCONFIG);
    net.on(AccountDiscoveryTest.AC, net.hang()); // now nothing answers
    java.util.concurrent.CompletableFuture<AccountDiscoveryResult> future =
        engine(SettingsSource.AUTOCONFIG).build().discoverAsync("alice@example.com", a -> {});
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (net.requests("autoconfig.example.com").isEmpty() && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    assertTrue(future.cancel(true));
    assertTrue(future.isCancelled());
    assertNoEngineThreadLeft();
  }

  /** Engine threads end with their look-up; waits a generous bound for them to be gone. */
  static void assertNoEngineThreadLeft() throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    List<String> alive = engineThreads();
    while (!alive.isEmpty() && System.nanoTime() < until) {
      Thread.sleep(20);
      alive = engineThreads();
    }
    assertEquals(List.of(), alive, "engine threads left after the look-up");
  }

  private static List<String> engineThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith(Engine.THREAD_NAME))
        .toList();
  }
}
