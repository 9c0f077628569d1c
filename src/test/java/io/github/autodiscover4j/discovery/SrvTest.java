package io.github.autodiscover4j.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Phase 3b: DNS SRV from a real DNS server on loopback, port 443 only, in RFC 2782 order. */
class SrvTest extends DiscoveryTestBase {
  private static final String NAME = "_autodiscover._tcp.example.com";

  @BeforeEach
  void everythingBeforeSrvFails() {
    net.on(ROOT, LoopbackNet.status(404));
    net.on(AUTODISCOVER, LoopbackNet.status(404));
    net.dns()
        .srv(
            NAME,
            new DnsResponder.Srv(20, 100, 443, "srv4.example.com"),
            new DnsResponder.Srv(10, 60, 443, "srv1.example.com"),
            new DnsResponder.Srv(10, 40, 443, "srv2.example.com"),
            new DnsResponder.Srv(0, 0, 443, "srv3.example.com"),
            new DnsResponder.Srv(0, 100, 80, "mail.example.com"), // not port 443: never used
            new DnsResponder.Srv(0, 100, 8443, "mail.hoster.test")); // not port 443: never used
  }

  /** A random source that draws the given numbers, for a provable order within a priority. */
  private static Random drawing(int... draws) {
    Deque<Integer> queue = new ArrayDeque<>();
    for (int draw : draws) {
      queue.add(draw);
    }
    return new Random() {
      private static final long serialVersionUID = 1L;

      @Override
      public int nextInt(int bound) {
        return Math.min(queue.isEmpty() ? 0 : queue.poll(), bound - 1);
      }
    };
  }

  private List<String> srvHostsContacted() {
    return net.requests().stream()
        .map(LoopbackNet.Request::host)
        .filter(h -> h.startsWith("srv"))
        .collect(Collectors.toList());
  }

  @Test
  void lowestPriorityFirstAndWithinOneTheWeightedDrawDecides() {
    // Priority 0: srv3 alone. Priority 10: weights 60 (srv1) then 40 (srv2), running sums 60 and
    // 100; a draw of
    // 70 picks srv2, the rest is srv1. Priority 20: srv4.
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class,
            () -> net.client().random(drawing(0, 70, 0, 0)).build().discover("alice@example.com"));
    assertEquals(
        List.of("srv3.example.com", "srv2.example.com", "srv1.example.com", "srv4.example.com"),
        srvHostsContacted());
    Attempt query = e.attempts().get(3);
    assertEquals(Attempt.Outcome.RECORDS, query.outcome());
    assertEquals("SRV", query.method());
    assertTrue(
        query
            .detail()
            .contains(
                "ignored (not port 443, or no host) [0 100 80 mail.example.com, 0 100 8443 mail.hoster.test]"),
        query.detail());
    assertEquals(List.of(NAME), net.dns().queries());
  }

  @Test
  void aDrawWithinTheFirstWeightPicksTheHeavierRecordFirst() {
    assertThrows(
        DiscoveryException.class,
        () -> net.client().random(drawing(0, 30, 0, 0)).build().discover("alice@example.com"));
    assertEquals(
        List.of("srv3.example.com", "srv1.example.com", "srv2.example.com", "srv4.example.com"),
        srvHostsContacted());
  }

  @Test
  void theFirstSrvTargetThatAnswersWins() throws Exception {
    net.onAutodiscover(
        "https", "srv1.example.com", LoopbackNet.xml(Answers.settings("imap.example.com")));
    DiscoveryResult result =
        net.client().random(drawing(0, 30)).build().discover("alice@example.com");
    assertEquals("https://srv1.example.com/autodiscover/autodiscover.xml", result.url().toString());
    assertEquals(
        CandidateSource.SRV_RECORD, result.attempts().get(result.attempts().size() - 1).source());
    assertEquals(TrustDecision.DOMAIN, result.attempts().get(result.attempts().size() - 1).trust());
    assertTrue(net.requests("srv4.example.com").isEmpty());
  }

  @Test
  void anSrvTargetOutsideTheDomainNeedsTheTrustCallback() throws Exception {
    net.dns().srv(NAME, new DnsResponder.Srv(0, 0, 443, "mail.hoster.test"));
    net.onAutodiscover(
        "https", "mail.hoster.test", LoopbackNet.xml(Answers.settings("imap.hoster.test")));
    DiscoveryException refused =
        assertThrows(
            DiscoveryException.class,
            () ->
                net.client()
                    .credentials(url -> Credentials.basic("alice", "secret".toCharArray()))
                    .build()
                    .discover("alice@example.com"));
    assertEquals(
        "- https://mail.hoster.test/autodiscover/autodiscover.xml REFUSED",
        steps(refused.attempts()).get(4));
    assertTrue(net.requests("mail.hoster.test").isEmpty());

    DiscoveryResult allowed =
        net.client()
            .trust(
                request ->
                    request.source() == CandidateSource.SRV_RECORD
                        && request.from().toString().equals("dns:" + NAME))
            .build()
            .discover("alice@example.com");
    assertEquals(
        TrustDecision.ALLOWED, allowed.attempts().get(allowed.attempts().size() - 1).trust());
  }

  @Test
  void noRecordsEndsTheProcedure() {
    net.dns().reset();
    DiscoveryException e =
        assertThrows(
            DiscoveryException.class, () -> net.client().build().discover("alice@example.com"));
    assertEquals("SRV dns:" + NAME + " NO_RECORDS", steps(e.attempts()).get(3));
  }

  @Test
  void srvCanBeSwitchedOff() {
    assertThrows(
        DiscoveryException.class,
        () -> net.client().srvLookup(false).build().discover("alice@example.com"));
    assertTrue(net.dns().queries().isEmpty());
  }

  // ---- the order itself, without the network ----

  private static final SrvLookup.SrvRecord A = new SrvLookup.SrvRecord(10, 60, 443, "a");
  private static final SrvLookup.SrvRecord B = new SrvLookup.SrvRecord(10, 30, 443, "b");
  private static final SrvLookup.SrvRecord C = new SrvLookup.SrvRecord(10, 10, 443, "c");
  private static final SrvLookup.SrvRecord Z = new SrvLookup.SrvRecord(10, 0, 443, "z");
  private static final SrvLookup.SrvRecord LOW = new SrvLookup.SrvRecord(5, 0, 443, "low");
  private static final SrvLookup.SrvRecord HIGH =
      new SrvLookup.SrvRecord(65535, 65535, 443, "high");

  @Test
  void priorityAlwaysComesBeforeWeight() {
    Random random = new Random(2782);
    for (int i = 0; i < 1000; i++) {
      List<SrvLookup.SrvRecord> order = SrvLookup.order(List.of(HIGH, A, B, LOW, C, Z), random);
      assertEquals(LOW, order.get(0));
      assertEquals(HIGH, order.get(5));
    }
  }

  @Test
  void withinAPriorityEachRecordLeadsInProportionToItsWeight() {
    // A fixed seed makes this exact and repeatable; the tolerance only allows for the seed's
    // sample.
    Random random = new Random(2782);
    int runs = 20_000;
    int[] first = new int[4];
    for (int i = 0; i < runs; i++) {
      SrvLookup.SrvRecord lead = SrvLookup.order(List.of(A, B, C, Z), random).get(0);
      first[List.of(A, B, C, Z).indexOf(lead)]++;
    }
    // weights 60/30/10/0 of a draw in [0, 100]: 60/101, 30/101, 10/101, and 1/101 for the zero
    // weight
    assertEquals(0.594, first[0] / (double) runs, 0.02);
    assertEquals(0.297, first[1] / (double) runs, 0.02);
    assertEquals(0.099, first[2] / (double) runs, 0.02);
    assertEquals(0.010, first[3] / (double) runs, 0.01);
  }
}
