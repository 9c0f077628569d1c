package io.github.autodiscover4j;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long each small hostile input takes to end, measured rather than asserted (a timed unit test
 * would be flaky on a busy machine). Prints, per case, the outcome and the median, 99th percentile
 * and maximum time of one parse after warm-up. Run after {@code mvn -B -q test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt}:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) io.github.autodiscover4j.HostileBenchmark
 * </pre>
 */
public final class HostileBenchmark {
  private static final int WARM_UP = 300;
  private static final int RUNS = 1_000;

  private HostileBenchmark() {}

  /**
   * Measures every case.
   *
   * @param args optionally the number of measured runs per case
   * @throws IOException when the corpus cannot be listed
   */
  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : RUNS;
    Map<String, byte[]> cases = new LinkedHashMap<>();
    // nothing listens on port 9 and the file does not exist: neither is ever touched, as
    // HostileInputTest proves
    Map<String, String> placeholders =
        Map.of("LOOPBACK", "http://127.0.0.1:9", "SECRET_FILE", "file:///nonexistent");
    for (String name : (Iterable<String>) HostileCorpus.fileNames()::iterator) {
      cases.put(name, HostileCorpus.file(name, placeholders));
    }
    cases.putAll(HostileCorpus.generatedSmallCases());
    cases.put(
        "a real response, for comparison (exchange-2013-settings.xml)",
        HostileCorpus.sample("exchange-2013-settings.xml"));

    System.out.printf(
        "%-62s %-9s %9s %9s %9s%n", "case", "outcome", "median ms", "p99 ms", "max ms");
    for (Map.Entry<String, byte[]> c : cases.entrySet()) {
      String outcome = "";
      for (int i = 0; i < WARM_UP; i++) {
        outcome = parse(c.getValue());
      }
      long[] nanos = new long[runs];
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        parse(c.getValue());
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      System.out.printf(
          "%-62s %-9s %9.3f %9.3f %9.3f%n",
          c.getKey(),
          outcome,
          nanos[runs / 2] / 1e6,
          nanos[(int) (runs * 0.99)] / 1e6,
          nanos[runs - 1] / 1e6);
    }
  }

  private static String parse(byte[] input) {
    try {
      Autodiscover.parse(input);
      return "parsed";
    } catch (AutodiscoverException e) {
      return "rejected";
    }
  }
}
