package io.github.autodiscover4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result into the tables of BENCHMARKS.md: throughput, allocation and the target ratios,
 * every ratio taken from the same run.
 */
public final class Report {
  private Report() {}

  /**
   * Entry point.
   *
   * @param args the JMH result file ({@code -rf json -rff FILE})
   * @throws Exception when it cannot be read
   */
  public static void main(String[] args) throws Exception {
    JsonNode runs = new ObjectMapper().readTree(new File(args[0]));
    Map<String, Double> score = new LinkedHashMap<>();
    Map<String, Double> error = new LinkedHashMap<>();
    Map<String, Double> alloc = new LinkedHashMap<>();
    for (JsonNode run : runs) {
      String name = run.get("benchmark").asText().replace("io.github.autodiscover4j.bench.", "");
      JsonNode params = run.get("params");
      String param = params == null ? "" : params.elements().next().asText();
      String key = name + "/" + param;
      score.put(key, run.get("primaryMetric").get("score").asDouble());
      error.put(key, run.get("primaryMetric").get("scoreError").asDouble());
      JsonNode gc = run.get("secondaryMetrics").get("gc.alloc.rate.norm");
      if (gc != null) {
        alloc.put(key, gc.get("score").asDouble());
      }
    }
    String[] samples = {"onprem", "online", "isp", "error", "mobilesync"};
    System.out.println("### Parse (ops/ms, higher is better; ± is JMH's 99.9% error)\n");
    System.out.println("| sample | library | raw StAX floor | DOM + XPath | Jackson XML | lib/Jackson (≥ 1.0) "
        + "| lib/DOM (≥ 2) | lib/StAX (≥ 0.35) |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (String s : samples) {
      double lib = score.getOrDefault("ParseBenchmark.library/" + s, Double.NaN);
      double stax = score.getOrDefault("ParseBenchmark.staxFloor/" + s, Double.NaN);
      double dom = score.getOrDefault("ParseBenchmark.domXPath/" + s, Double.NaN);
      double jackson = score.getOrDefault("ParseBenchmark.jackson/" + s, Double.NaN);
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %.2f | %.1f | %.2f |%n", s,
          cell(score, error, "ParseBenchmark.library/" + s), cell(score, error, "ParseBenchmark.staxFloor/" + s),
          cell(score, error, "ParseBenchmark.domXPath/" + s), cell(score, error, "ParseBenchmark.jackson/" + s),
          lib / jackson, lib / dom, lib / stax);
    }
    System.out.println("\n### Write (ops/ms)\n");
    System.out.println("| sample | library | Jackson XML | lib/Jackson (≥ 1.0) |");
    System.out.println("|---|---:|---:|---:|");
    for (String s : samples) {
      double lib = score.getOrDefault("WriteBenchmark.library/" + s, Double.NaN);
      double jackson = score.getOrDefault("WriteBenchmark.jackson/" + s, Double.NaN);
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f |%n", s, cell(score, error, "WriteBenchmark.library/" + s),
          cell(score, error, "WriteBenchmark.jackson/" + s), lib / jackson);
    }
    if (!alloc.isEmpty()) {
      System.out.println("\n### Allocation per operation (bytes, -prof gc gc.alloc.rate.norm)\n");
      System.out.println("| sample | parse: library | raw StAX | DOM + XPath | Jackson | write: library | Jackson |");
      System.out.println("|---|---:|---:|---:|---:|---:|---:|");
      for (String s : samples) {
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |%n", s,
            alloc.getOrDefault("ParseBenchmark.library/" + s, Double.NaN),
            alloc.getOrDefault("ParseBenchmark.staxFloor/" + s, Double.NaN),
            alloc.getOrDefault("ParseBenchmark.domXPath/" + s, Double.NaN),
            alloc.getOrDefault("ParseBenchmark.jackson/" + s, Double.NaN),
            alloc.getOrDefault("WriteBenchmark.library/" + s, Double.NaN),
            alloc.getOrDefault("WriteBenchmark.jackson/" + s, Double.NaN));
      }
    }
    System.out.println("\n### Scale: parse time against Protocol elements (µs/op, lower is better)\n");
    System.out.println("| Protocols | bytes | library | µs per Protocol | raw StAX | Jackson XML | library bytes/op |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
    for (int n : new int[] {1, 10, 100, 1000}) {
      double lib = score.getOrDefault("ScaleBenchmark.library/" + n, Double.NaN);
      System.out.printf(Locale.ROOT, "| %d | %d | %s | %.2f | %s | %s | %.0f |%n", n, Inputs.protocols(n).length,
          cell(score, error, "ScaleBenchmark.library/" + n), lib / n, cell(score, error, "ScaleBenchmark.staxFloor/" + n),
          cell(score, error, "ScaleBenchmark.jackson/" + n), alloc.getOrDefault("ScaleBenchmark.library/" + n, Double.NaN));
    }
  }

  private static String cell(Map<String, Double> score, Map<String, Double> error, String key) {
    Double s = score.get(key);
    if (s == null) {
      return "-";
    }
    double e = error.getOrDefault(key, Double.NaN);
    return Double.isNaN(e) ? String.format(Locale.ROOT, "%.2f", s) : String.format(Locale.ROOT, "%.2f ± %.2f", s, e);
  }
}
