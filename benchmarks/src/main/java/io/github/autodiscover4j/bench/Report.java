package io.github.autodiscover4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result into the tables of BENCHMARKS.md: throughput, allocation and the target ratios,
 * every ratio taken from the same run. The main baseline is Jackson XML on Woodstox, as its users run it;
 * Jackson on the JDK's StAX and the raw-scan floors (JDK, Woodstox, Aalto) are the other columns.
 */
public final class Report {
  private static final String[] SAMPLES = {"onprem", "online", "isp", "error", "mobilesync"};

  private final Map<String, Double> score = new LinkedHashMap<>();
  private final Map<String, Double> error = new LinkedHashMap<>();
  private final Map<String, Double> alloc = new LinkedHashMap<>();

  private Report() {}

  /**
   * Entry point.
   *
   * @param args the JMH result file ({@code -rf json -rff FILE})
   * @throws Exception when it cannot be read
   */
  public static void main(String[] args) throws Exception {
    JsonNode runs = new ObjectMapper().readTree(new File(args[0]));
    Report r = new Report();
    String jdk = "";
    for (JsonNode run : runs) {
      String name = run.get("benchmark").asText().replace("io.github.autodiscover4j.bench.", "");
      JsonNode params = run.get("params");
      String param = params == null ? "" : params.elements().next().asText();
      String key = name + "/" + param;
      r.score.put(key, run.get("primaryMetric").get("score").asDouble());
      r.error.put(key, run.get("primaryMetric").get("scoreError").asDouble());
      JsonNode gc = run.get("secondaryMetrics").get("gc.alloc.rate.norm");
      if (gc != null) {
        r.alloc.put(key, gc.get("score").asDouble());
      }
      if (jdk.isEmpty() && run.has("jdkVersion")) {
        jdk = run.get("jdkVersion").asText() + " " + run.path("vmName").asText();
      }
    }
    System.out.printf("Report written %s from %s (JDK %s); load average now (1, 5, 15 min, /proc/loadavg): %s%n%n",
        Instant.now().truncatedTo(ChronoUnit.SECONDS), args[0], jdk, loadAverage());
    r.parse();
    r.write();
    r.allocation();
    r.scale();
    r.unknown();
  }

  /**
   * The machine's load average, for judging how quiet the run was.
   *
   * @return the first three fields of {@code /proc/loadavg}, or "unknown" where there is none
   */
  public static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private void parse() {
    if (missing("ParseBenchmark")) {
      return;
    }
    System.out.println("### Parse (ops/ms, higher is better; ± is JMH's 99.9% error)\n");
    System.out.println("| sample | library | Jackson+Woodstox | Jackson+JDK | Woodstox floor | JDK floor | Aalto floor "
        + "| DOM + XPath | lib/Jackson+Woodstox (≥ 1.0) | lib/Jackson+JDK | lib/Woodstox floor | lib/JDK floor (≥ 0.35) "
        + "| lib/Aalto floor | lib/DOM (≥ 2) |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    String[] contenders = {"jackson", "jacksonJdk", "woodstoxFloor", "staxFloor", "aaltoFloor", "domXPath"};
    for (String s : SAMPLES) {
      StringBuilder row = new StringBuilder("| " + s + " | " + cell("ParseBenchmark.library/" + s));
      for (String c : contenders) {
        row.append(" | ").append(cell("ParseBenchmark." + c + "/" + s));
      }
      double lib = get(score, "ParseBenchmark.library/" + s);
      for (String c : contenders) {
        row.append(String.format(Locale.ROOT, " | %.2f", lib / get(score, "ParseBenchmark." + c + "/" + s)));
      }
      System.out.println(row.append(" |"));
    }
  }

  private void write() {
    if (missing("WriteBenchmark")) {
      return;
    }
    System.out.println("\n### Write (ops/ms)\n");
    System.out.println("| sample | library | Jackson+Woodstox | Jackson+JDK | lib/Jackson+Woodstox (≥ 1.0) "
        + "| lib/Jackson+JDK |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (String s : SAMPLES) {
      double lib = get(score, "WriteBenchmark.library/" + s);
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %.2f | %.2f |%n", s, cell("WriteBenchmark.library/" + s),
          cell("WriteBenchmark.jackson/" + s), cell("WriteBenchmark.jacksonJdk/" + s),
          lib / get(score, "WriteBenchmark.jackson/" + s), lib / get(score, "WriteBenchmark.jacksonJdk/" + s));
    }
  }

  private void allocation() {
    if (alloc.isEmpty() || missing("ParseBenchmark") && missing("WriteBenchmark")) {
      return;
    }
    System.out.println("\n### Allocation per operation (bytes, -prof gc gc.alloc.rate.norm; lower is better)\n");
    System.out.println("| sample | parse: library | Jackson+Woodstox | Jackson+JDK | JDK floor | Woodstox floor "
        + "| Aalto floor | DOM + XPath | lib/Jackson+Woodstox (≤ 1.0) | write: library | Jackson+Woodstox | Jackson+JDK |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String s : SAMPLES) {
      double lib = get(alloc, "ParseBenchmark.library/" + s);
      System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.2f | %.0f | %.0f | %.0f |%n",
          s, lib, get(alloc, "ParseBenchmark.jackson/" + s), get(alloc, "ParseBenchmark.jacksonJdk/" + s),
          get(alloc, "ParseBenchmark.staxFloor/" + s), get(alloc, "ParseBenchmark.woodstoxFloor/" + s),
          get(alloc, "ParseBenchmark.aaltoFloor/" + s), get(alloc, "ParseBenchmark.domXPath/" + s),
          lib / get(alloc, "ParseBenchmark.jackson/" + s), get(alloc, "WriteBenchmark.library/" + s),
          get(alloc, "WriteBenchmark.jackson/" + s), get(alloc, "WriteBenchmark.jacksonJdk/" + s));
    }
  }

  private boolean missing(String benchmark) {
    return score.keySet().stream().noneMatch(k -> k.startsWith(benchmark + "."));
  }

  private void scale() {
    if (missing("ScaleBenchmark")) {
      return;
    }
    System.out.println("\n### Scale: parse time against Protocol elements (µs/op, lower is better)\n");
    System.out.println("| Protocols | bytes | library | µs per Protocol | raw StAX (JDK) | Jackson+Woodstox | Jackson+JDK "
        + "| library bytes/op |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int n : new int[] {1, 10, 100, 1000}) {
      double lib = get(score, "ScaleBenchmark.library/" + n);
      System.out.printf(Locale.ROOT, "| %d | %d | %s | %.2f | %s | %s | %s | %.0f |%n", n, Inputs.protocols(n).length,
          cell("ScaleBenchmark.library/" + n), lib / n, cell("ScaleBenchmark.staxFloor/" + n),
          cell("ScaleBenchmark.jackson/" + n), cell("ScaleBenchmark.jacksonJdk/" + n),
          get(alloc, "ScaleBenchmark.library/" + n));
    }
  }

  private void unknown() {
    if (missing("UnknownBenchmark")) {
      return;
    }
    System.out.println("\n### Unknown elements: the same document without and with " + Inputs.UNKNOWN_COUNT
        + " unknown elements (ops/ms)\n");
    System.out.println("| sample | library without | library with | library time with/without (≤ 2.0) "
        + "| Jackson+Woodstox without | with | Jackson time with/without | library bytes/op without | with |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String s : new String[] {"onprem", "isp"}) {
      String k = "UnknownBenchmark.";
      // throughput: time with / time without = ops without / ops with
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f | %s | %s | %.2f | %.0f | %.0f |%n", s,
          cell(k + "libraryWithout/" + s), cell(k + "libraryWith/" + s),
          get(score, k + "libraryWithout/" + s) / get(score, k + "libraryWith/" + s),
          cell(k + "jacksonWithout/" + s), cell(k + "jacksonWith/" + s),
          get(score, k + "jacksonWithout/" + s) / get(score, k + "jacksonWith/" + s),
          get(alloc, k + "libraryWithout/" + s), get(alloc, k + "libraryWith/" + s));
    }
  }

  private static double get(Map<String, Double> values, String key) {
    return values.getOrDefault(key, Double.NaN);
  }

  private String cell(String key) {
    Double s = score.get(key);
    if (s == null) {
      return "-";
    }
    double e = error.getOrDefault(key, Double.NaN);
    return Double.isNaN(e) ? String.format(Locale.ROOT, "%.2f", s) : String.format(Locale.ROOT, "%.2f ± %.2f", s, e);
  }
}
