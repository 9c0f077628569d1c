package io.github.autodiscover4j.bench;

import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A cross-check for a busy machine: CPU time per operation of this thread (not wall time, which other
 * processes inflate), every contender measured in short rounds taken in turn, the median of the rounds
 * reported, with ratios against Jackson XML on Woodstox as the JMH report has them, and the load average at
 * start and end. Not a replacement for JMH, whose table is the reference; see BENCHMARKS.md.
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
    System.out.println("load average at start (1, 5, 15 min): " + Report.loadAverage());
    String[] samples = {"onprem", "online", "isp", "error", "mobilesync"};
    String[] unknownSamples = {"onprem", "isp"};
    Map<String, Case> cases = new LinkedHashMap<>();
    for (String s : samples) {
      byte[] bytes = Inputs.sample(s);
      Class<?> type = JacksonModel.rootType(s);
      AutodiscoverDocument doc = Autodiscover.parse(bytes);
      Object pojo = JacksonModel.forWriting(JacksonModel.MAPPER, bytes, s);
      Object pojoJdk = JacksonModel.forWriting(JacksonModel.MAPPER_JDK, bytes, s);
      add(cases, "parse library " + s, () -> Autodiscover.parse(bytes), rounds);
      add(cases, "parse jackson " + s, () -> JacksonModel.MAPPER.readValue(bytes, type), rounds);
      add(cases, "parse jacksonJdk " + s, () -> JacksonModel.MAPPER_JDK.readValue(bytes, type), rounds);
      add(cases, "parse stax " + s, () -> StaxScan.scan(bytes), rounds);
      add(cases, "parse woodstox " + s, () -> StaxScan.woodstox(bytes), rounds);
      add(cases, "parse aalto " + s, () -> StaxScan.aalto(bytes), rounds);
      add(cases, "parse dom " + s, () -> DomXPath.parse(bytes), rounds);
      add(cases, "write library " + s, () -> Autodiscover.toBytes(doc), rounds);
      add(cases, "write jackson " + s, () -> JacksonModel.MAPPER.writeValueAsBytes(pojo), rounds);
      add(cases, "write jacksonJdk " + s, () -> JacksonModel.MAPPER_JDK.writeValueAsBytes(pojoJdk), rounds);
    }
    for (String s : unknownSamples) {
      byte[] plain = Inputs.unknown(s, false);
      byte[] unknown = Inputs.unknown(s, true);
      UnknownBenchmark.check(s, plain, unknown);
      add(cases, "unknown without " + s, () -> Autodiscover.parse(plain), rounds);
      add(cases, "unknown with " + s, () -> Autodiscover.parse(unknown), rounds);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (Case c : cases.values()) { // warm-up
      run(c, mx, 1_000_000_000L);
    }
    for (int r = 0; r < rounds; r++) {
      for (Case c : cases.values()) {
        c.rounds[r] = run(c, mx, 200_000_000L);
      }
    }
    // throughput ratios (lib/X as in the JMH report): the inverse of the time ratios
    System.out.println("\n| sample | parse µs: library | Jackson+Woodstox | Jackson+JDK | JDK floor | Woodstox floor "
        + "| Aalto floor | DOM + XPath | lib/Jackson+Woodstox (≥ 1.0) | lib/Jackson+JDK | lib/JDK floor "
        + "| lib/Woodstox floor | lib/Aalto floor | lib/DOM |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    String[] parse = {"jackson", "jacksonJdk", "stax", "woodstox", "aalto", "dom"};
    for (String s : samples) {
      double lib = median(cases.get("parse library " + s));
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %.2f", s, lib / 1e3));
      for (String c : parse) {
        row.append(String.format(Locale.ROOT, " | %.2f", median(cases.get("parse " + c + " " + s)) / 1e3));
      }
      for (String c : parse) {
        row.append(String.format(Locale.ROOT, " | %.2f", median(cases.get("parse " + c + " " + s)) / lib));
      }
      System.out.println(row.append(" |"));
    }
    System.out.println("\n| sample | write µs: library | Jackson+Woodstox | Jackson+JDK | lib/Jackson+Woodstox (≥ 1.0) "
        + "| lib/Jackson+JDK |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (String s : samples) {
      double lib = median(cases.get("write library " + s));
      double jackson = median(cases.get("write jackson " + s));
      double jacksonJdk = median(cases.get("write jacksonJdk " + s));
      System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", s, lib / 1e3, jackson / 1e3,
          jacksonJdk / 1e3, jackson / lib, jacksonJdk / lib);
    }
    System.out.println("\n| sample | library parse µs: without unknown elements | with " + Inputs.UNKNOWN_COUNT
        + " | time with/without (≤ 2.0) |");
    System.out.println("|---|---:|---:|---:|");
    for (String s : unknownSamples) {
      double without = median(cases.get("unknown without " + s));
      double with = median(cases.get("unknown with " + s));
      System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", s, without / 1e3, with / 1e3, with / without);
    }
    System.out.println("\nload average at end (1, 5, 15 min): " + Report.loadAverage());
  }

  private static void add(Map<String, Case> cases, String name, Callable<Object> op, int rounds) {
    cases.put(name, new Case(name, op, rounds));
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
