package io.github.autodiscover4j.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Starts the loopback internet once per test class and clears it between tests (public for the
 * CLI's tests).
 */
public abstract class DiscoveryTestBase {
  /** The root-domain candidate of alice@example.com. */
  protected static final String ROOT = "https://example.com/autodiscover/autodiscover.xml";

  /** The autodiscover-host candidate of alice@example.com. */
  protected static final String AUTODISCOVER =
      "https://autodiscover.example.com/autodiscover/autodiscover.xml";

  /** The HTTP probe of alice@example.com. */
  protected static final String PROBE =
      "http://autodiscover.example.com/autodiscover/autodiscover.xml";

  /** The servers of the running test class. */
  protected static LoopbackNet net;

  /**
   * Starts the servers.
   *
   * @throws Exception when they cannot start
   */
  @BeforeAll
  static void startNet() throws Exception {
    net = LoopbackNet.start();
  }

  /** Stops the servers. */
  @AfterAll
  static void stopNet() {
    net.close();
  }

  /** Forgets handlers, records and SRV records. */
  @AfterEach
  void resetNet() {
    net.reset();
  }

  /** The attempts as "METHOD URL OUTCOME" lines, the shape most assertions compare. */
  static List<String> steps(List<Attempt> attempts) {
    return attempts.stream()
        .map(a -> a.method() + " " + a.url() + " " + a.outcome())
        .collect(Collectors.toList());
  }

  static void assertSteps(List<Attempt> attempts, String... expected) {
    assertEquals(
        List.of(expected),
        steps(attempts),
        () ->
            attempts.stream()
                .map(Attempt::toString)
                .collect(Collectors.joining("\n", "attempts:\n", "")));
  }

  /** Hosts that received a request, in order, without repeats. */
  static List<String> contactedHosts() {
    return net.requests().stream()
        .map(r -> r.scheme() + "://" + r.host())
        .distinct()
        .collect(Collectors.toList());
  }
}
