package io.github.autodiscover4j.bench;

import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * A cross-check for a busy machine: CPU time per operation of this thread (not wall time, which other
 * processes inflate), every contender measured in short rounds taken in turn, the median of the rounds
 * reported. Not a replacement for JMH, whose table is the reference; see BENCHMARKS.md.
 */
public final class CpuTable {
  private CpuTable() {}

  private static final class Case {
    final String name;
    final Callable<Object> op;
    final long[] rounds;
    long sink;

    Case(String name, Callable<Object> op, int rounds) {
      this.name = name;
      this.op = op;
      this.rounds = new long[rounds];
    }
  }

  /**
   * Entry point.
   *
   * @param args optional: rounds (default 9)
   * @throws Exception when a contender fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
    String[] samples = {"onprem", "online", "isp", "error", "mobilesync"};
    List<Case> cases = new ArrayList<>();
    for (String s : samples) {
      byte[] bytes = Inputs.sample(s);
      Class<?> type = JacksonModel.rootType(s);
      AutodiscoverDocument doc = Autodiscover.parse(bytes);
      Object pojo = JacksonModel.forWriting(bytes, s);
      cases.add(new Case("parse library " + s, () -> Autodiscover.parse(bytes), rounds));
      cases.add(new Case("parse stax " + s, () -> StaxScan.scan(bytes), rounds));
      cases.add(new Case("parse dom " + s, () -> DomXPath.parse(bytes), rounds));
      cases.add(new Case("parse jackson " + s, () -> JacksonModel.MAPPER.readValue(bytes, type), rounds));
      cases.add(new Case("write library " + s, () -> Autodiscover.toBytes(doc), rounds));
      cases.add(new Case("write jackson " + s, () -> JacksonModel.MAPPER.writeValueAsBytes(pojo), rounds));
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (Case c : cases) { // warm-up
      run(c, mx, 1_000_000_000L);
    }
    for (int r = 0; r < rounds; r++) {
      for (Case c : cases) {
        c.rounds[r] = run(c, mx, 200_000_000L);
      }
    }
    System.out.println("| sample | parse µs: library | raw StAX | DOM + XPath | Jackson | lib/Jackson | lib/DOM | lib/StAX "
        + "| write µs: library | Jackson | lib/Jackson |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int i = 0; i < samples.length; i++) {
      double lib = median(cases.get(i * 6));
      double stax = median(cases.get(i * 6 + 1));
      double dom = median(cases.get(i * 6 + 2));
      double jackson = median(cases.get(i * 6 + 3));
      double wLib = median(cases.get(i * 6 + 4));
      double wJackson = median(cases.get(i * 6 + 5));
      // throughput ratios: the inverse of the time ratios
      System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f | %.2f | %.2f | %.2f | %.2f |%n",
          samples[i], lib / 1e3, stax / 1e3, dom / 1e3, jackson / 1e3, jackson / lib, dom / lib, stax / lib,
          wLib / 1e3, wJackson / 1e3, wJackson / wLib);
    }
  }

  /** CPU nanoseconds per operation over about {@code wallNanos}. */
  private static long run(Case c, ThreadMXBean mx, long wallNanos) throws Exception {
    long cpu0 = mx.getCurrentThreadCpuTime();
    long end = System.nanoTime() + wallNanos;
    long n = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 10; i++) {
        c.sink += c.op.call().hashCode();
      }
      n += 10;
    }
    return (mx.getCurrentThreadCpuTime() - cpu0) / n;
  }

  private static double median(Case c) {
    long[] sorted = c.rounds.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
