package io.github.autodiscover4j;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the big hostile inputs with the default limits and prints one line per case: {@code
 * case<TAB>outcome<TAB>detail<TAB>peak heap}, where the outcome is {@code rejected} (with the
 * exception's message), {@code parsed}, or {@code failed} (any other throwable, an {@code
 * OutOfMemoryError} included). {@link BigInputTest} runs it in a JVM with a 64 MiB heap; on its
 * own, after {@code mvn -B -q test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/test-classpath.txt}:
 *
 * <pre>
 * java -Xmx64m -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) io.github.autodiscover4j.BigInputs
 * </pre>
 */
public final class BigInputs {
  private BigInputs() {}

  /** Parses that a case performs; returns what it read. */
  private interface Parse {
    String run() throws IOException;
  }

  static Map<String, Parse> cases() {
    Map<String, Parse> cases = new LinkedHashMap<>();
    cases.put(
        "stream-100MB",
        () -> {
          HostileCorpus.EndlessDocument in = new HostileCorpus.EndlessDocument(100_000_000L);
          try {
            return Autodiscover.parse(in).kind().toString();
          } finally {
            System.out.println("stream-100MB-bytes-read\tread\t" + in.bytesRead());
          }
        });
    cases.put(
        "reader-100M-chars",
        () -> Autodiscover.parse(endlessReader(100_000_000L)).kind().toString());
    cases.put("depth-1000000", bytes(() -> HostileCorpus.nested(1_000_000)));
    cases.put("text-10MB", bytes(() -> HostileCorpus.longText(10_000_000)));
    cases.put("attribute-10MB", bytes(() -> HostileCorpus.longAttribute(10_000_000)));
    cases.put("protocols-100000", bytes(() -> HostileCorpus.protocols(100_000)));
    return cases;
  }

  private static Parse bytes(Supplier<byte[]> input) {
    return () -> Autodiscover.parse(input.get()).kind().toString();
  }

  /** {@code size} characters of an unclosed document, made as they are read. */
  private static Reader endlessReader(long size) {
    return new InputStreamReader(
        new HostileCorpus.EndlessDocument(size), StandardCharsets.ISO_8859_1);
  }

  /**
   * Runs every case, or the named ones.
   *
   * @param args case names; none for all
   */
  public static void main(String[] args) {
    Map<String, Parse> cases = cases();
    for (Map.Entry<String, Parse> c : cases.entrySet()) {
      if (args.length > 0 && !java.util.Arrays.asList(args).contains(c.getKey())) {
        continue;
      }
      System.gc();
      resetPeaks();
      String outcome;
      try {
        outcome = "parsed\t" + c.getValue().run();
      } catch (AutodiscoverException e) {
        outcome = "rejected\t" + e.getMessage();
      } catch (Throwable t) {
        outcome = "failed\t" + t;
      }
      System.out.println(
          c.getKey() + "\t" + outcome.replace('\n', ' ') + "\tpeak heap " + peakHeapMiB() + " MiB");
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeapMiB() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
