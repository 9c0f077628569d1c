package io.github.autodiscover4j.bench;

import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * A cross-check for a busy machine: CPU time per operation of the measuring thread (not wall time, which
 * other processes inflate), the median of short rounds, with ratios against Jackson XML on Woodstox as the
 * JMH report has them (each the median of the rounds' own ratios), and the load average at start and end. Not a replacement for JMH, whose table is the
 * reference; see BENCHMARKS.md.
 *
 * <p>Each case (a contender, an operation, a sample) runs in a JVM of its own, as JMH forks one per benchmark
 * and parameter: contenders sharing one JVM share Woodstox's classes, and the JIT compiles those for whichever
 * contender's use it profiled (measured: Jackson on a Woodstox the library also ran took 0.78 to 0.83 × its
 * time on a copy of its own), and one JVM reading every sample makes call sites polymorphic that a JMH fork
 * sees with one type. The rounds still go in turn across those JVMs, one case at a time, so that every
 * contender of a sample is measured in the same minutes: the machine's speed drifts within a minute. One
 * sample's JVMs at a time: they warm up one after another, then wait, idle, for their turns.
 */
public final class CpuTable {
  private CpuTable() {}

  private static final String[] SAMPLES = {"onprem", "online", "isp", "error", "mobilesync"};
  private static final String[] UNKNOWN_SAMPLES = {"onprem", "isp"};
  private static final String[] PARSERS = {"library", "jackson", "jacksonJdk", "stax", "woodstox", "aalto", "dom"};
  private static final String[] WRITERS = {"library", "jackson", "jacksonJdk"};
  private static final long WARM_UP_NANOS = 2_000_000_000L;
  private static final long ROUND_NANOS = 200_000_000L;
  private static final String WORKER = "--worker";

  /**
   * Entry point.
   *
   * @param args optional: rounds (default 9); a worker JVM is started with {@code --worker} and its case
   * @throws Exception when a contender fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals(WORKER)) {
      worker(args[1]);
      return;
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
    System.out.println("load average at start (1, 5, 15 min): " + Report.loadAverage());
    // the cases of one sample: its contenders, measured against each other in the same minutes
    Map<String, List<String>> bySample = new LinkedHashMap<>();
    for (String s : SAMPLES) {
      List<String> cases = bySample.computeIfAbsent(s, k -> new ArrayList<>());
      for (String p : PARSERS) {
        cases.add("parse " + p + " " + s);
      }
      for (String w : WRITERS) {
        cases.add("write " + w + " " + s);
      }
    }
    for (String s : UNKNOWN_SAMPLES) {
      bySample.get(s).add("unknown without " + s);
      bySample.get(s).add("unknown with " + s);
    }
    Map<String, long[]> times = new LinkedHashMap<>();
    for (List<String> cases : bySample.values()) {
      times.putAll(measure(cases, rounds));
    }
    print(times);
    System.out.println("\nload average at end (1, 5, 15 min): " + Report.loadAverage());
  }

  /**
   * Runs each case in a JVM of its own, as JMH forks one per benchmark and parameter, the rounds in turn
   * across those JVMs; the JVMs of one sample at a time (fewer JVMs idle beside the one measuring).
   */
  private static Map<String, long[]> measure(List<String> cases, int rounds) throws Exception {
    Map<String, Worker> workers = new LinkedHashMap<>();
    Map<String, long[]> times = new LinkedHashMap<>();
    try {
      for (String c : cases) {
        workers.put(c, Worker.start(c));
        times.put(c, new long[rounds]);
      }
      for (int r = 0; r < rounds; r++) {
        for (String c : cases) {
          times.get(c)[r] = workers.get(c).run(ROUND_NANOS);
        }
      }
    } finally {
      for (Worker w : workers.values()) {
        w.stop();
      }
    }
    return times;
  }

  private static void print(Map<String, long[]> times) {
    // throughput ratios (lib/X as in the JMH report): the inverse of the time ratios, each the median of the
    // rounds' own ratios (two cases of a round ran seconds apart, two rounds up to minutes)
    System.out.println("\n| sample | parse µs: library | Jackson+Woodstox | Jackson+JDK | JDK floor | Woodstox floor "
        + "| Aalto floor | DOM + XPath | lib/Jackson+Woodstox (≥ 1.0) | lib/Jackson+JDK | lib/JDK floor "
        + "| lib/Woodstox floor | lib/Aalto floor | lib/DOM |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    String[] others = Arrays.copyOfRange(PARSERS, 1, PARSERS.length);
    for (String s : SAMPLES) {
      long[] lib = times.get("parse library " + s);
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %.2f", s, median(lib) / 1e3));
      for (String c : others) {
        row.append(String.format(Locale.ROOT, " | %.2f", median(times.get("parse " + c + " " + s)) / 1e3));
      }
      for (String c : others) {
        row.append(String.format(Locale.ROOT, " | %.2f", ratio(times.get("parse " + c + " " + s), lib)));
      }
      System.out.println(row.append(" |"));
    }
    System.out.println("\n| sample | write µs: library | Jackson+Woodstox | Jackson+JDK | lib/Jackson+Woodstox (≥ 1.0) "
        + "| lib/Jackson+JDK |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (String s : SAMPLES) {
      long[] lib = times.get("write library " + s);
      long[] jackson = times.get("write jackson " + s);
      long[] jacksonJdk = times.get("write jacksonJdk " + s);
      System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", s, median(lib) / 1e3,
          median(jackson) / 1e3, median(jacksonJdk) / 1e3, ratio(jackson, lib), ratio(jacksonJdk, lib));
    }
    System.out.println("\n| sample | library parse µs: without unknown elements | with " + Inputs.UNKNOWN_COUNT
        + " | time with/without (≤ 2.0) |");
    System.out.println("|---|---:|---:|---:|");
    for (String s : UNKNOWN_SAMPLES) {
      long[] without = times.get("unknown without " + s);
      long[] with = times.get("unknown with " + s);
      System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", s, median(without) / 1e3, median(with) / 1e3,
          ratio(with, without));
    }
  }

  /** The median over the rounds of {@code a[r] / b[r]}. */
  private static double ratio(long[] a, long[] b) {
    double[] r = new double[a.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = (double) a[i] / b[i];
    }
    Arrays.sort(r);
    return r[r.length / 2];
  }

  /** The coordinator's end of one worker JVM: a line out per round, a line back with its figure. */
  private static final class Worker {
    private final String name;
    private final Process process;
    private final Writer commands;
    private final BufferedReader answers;

    private Worker(String name, Process process) {
      this.name = name;
      this.process = process;
      this.commands = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
      this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts a JVM for a case, with this JVM's flags and class path, and waits for its warm-up. */
    static Worker start(String testCase) throws IOException {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
      if (flags.stream().noneMatch(f -> f.startsWith("-Xmx") || f.startsWith("-Xms"))) {
        // a fixed heap, touched at start: no worker pays for first touches during another's round
        command.addAll(List.of("-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch"));
      }
      command.addAll(flags);
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(CpuTable.class.getName());
      command.add(WORKER);
      command.add(testCase);
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      Worker worker = new Worker(testCase, process);
      worker.expect("ready");
      return worker;
    }

    /** CPU nanoseconds per operation of its case, over about {@code wallNanos}. */
    long run(long wallNanos) throws IOException {
      commands.write(wallNanos + "\n");
      commands.flush();
      return Long.parseLong(expect(null));
    }

    private String expect(String word) throws IOException {
      String line = answers.readLine();
      if (line == null || (word != null && !line.equals(word))) {
        throw new IOException("the worker JVM for '" + name + "' answered " + line
            + (process.isAlive() ? "" : " and exited with " + process.exitValue()));
      }
      return line;
    }

    void stop() throws InterruptedException {
      try {
        commands.close(); // end of input: the worker exits
      } catch (IOException alreadyGone) {
        // it exited already
      }
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static long sink;

  /** A worker JVM: builds and warms up its case, then runs it for as long as each line it reads says. */
  private static void worker(String testCase) throws Exception {
    PrintStream out = System.out;
    Callable<Object> op = op(testCase);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    run(op, mx, WARM_UP_NANOS);
    out.println("ready");
    out.flush();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      out.println(run(op, mx, Long.parseLong(line.trim())));
      out.flush();
    }
    if (sink == 42) {
      System.err.println(); // keeps the results alive
    }
  }

  /** The operation a case names: "parse jackson isp", "write library error", "unknown with onprem". */
  private static Callable<Object> op(String testCase) throws Exception {
    String[] words = testCase.split(" ");
    String s = words[2];
    if (words[0].equals("unknown")) {
      byte[] plain = Inputs.unknown(s, false);
      byte[] unknown = Inputs.unknown(s, true);
      UnknownBenchmark.check(s, plain, unknown);
      byte[] bytes = words[1].equals("with") ? unknown : plain;
      return () -> Autodiscover.parse(bytes);
    }
    byte[] bytes = Inputs.sample(s);
    Class<?> type = JacksonModel.rootType(s);
    if (words[0].equals("write")) {
      switch (words[1]) {
        case "library": {
          AutodiscoverDocument doc = Autodiscover.parse(bytes);
          return () -> Autodiscover.toBytes(doc);
        }
        case "jackson": {
          Object pojo = JacksonModel.forWriting(JacksonModel.MAPPER, bytes, s);
          return () -> JacksonModel.MAPPER.writeValueAsBytes(pojo);
        }
        case "jacksonJdk": {
          Object pojo = JacksonModel.forWriting(JacksonModel.MAPPER_JDK, bytes, s);
          return () -> JacksonModel.MAPPER_JDK.writeValueAsBytes(pojo);
        }
        default:
          throw new IllegalArgumentException(testCase);
      }
    }
    switch (words[1]) {
      case "library":
        return () -> Autodiscover.parse(bytes);
      case "jackson":
        return () -> JacksonModel.MAPPER.readValue(bytes, type);
      case "jacksonJdk":
        return () -> JacksonModel.MAPPER_JDK.readValue(bytes, type);
      case "stax":
        return () -> StaxScan.scan(bytes);
      case "woodstox":
        return () -> StaxScan.woodstox(bytes);
      case "aalto":
        return () -> StaxScan.aalto(bytes);
      case "dom":
        return () -> DomXPath.parse(bytes);
      default:
        throw new IllegalArgumentException(testCase);
    }
  }

  /** CPU nanoseconds per operation over about {@code wallNanos}. */
  private static long run(Callable<Object> op, ThreadMXBean mx, long wallNanos) throws Exception {
    long cpu0 = mx.getCurrentThreadCpuTime();
    long end = System.nanoTime() + wallNanos;
    long n = 0;
    long local = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 10; i++) {
        local += op.call().hashCode();
      }
      n += 10;
    }
    sink += local;
    return (mx.getCurrentThreadCpuTime() - cpu0) / n;
  }

  private static double median(long[] rounds) {
    long[] sorted = rounds.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
