package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The big hostile inputs. With the default limits they run in a separate JVM with a 64 MiB heap
 * ({@link BigInputs}), which proves that no input, however large, costs more memory than the size
 * limit allows: an {@code OutOfMemoryError} there fails the case. With the size limit raised, the
 * limit for each kind of excess must stop it; those run in this JVM, since a caller who raises the
 * size limit also pays memory in proportion (about five times the input at most, measured).
 */
class BigInputTest {
  private static final Map<String, String[]> RESULTS = new HashMap<>();
  private static String childOutput;

  @BeforeAll
  static void runTheBigCasesInA64MibHeap() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // Surefire runs the tests from a manifest-only jar; it passes the real class path in this
    // property.
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process child =
        new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", classPath, BigInputs.class.getName()))
            .redirectErrorStream(true)
            .start();
    child.getOutputStream().close();
    childOutput = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!child.waitFor(5, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      throw new AssertionError("the 64 MiB JVM did not finish:\n" + childOutput);
    }
    for (String line : childOutput.split("\n")) {
      String[] fields = line.split("\t");
      if (fields.length >= 3) {
        RESULTS.put(fields[0], fields);
      }
    }
  }

  /**
   * The outcome of a case in the 64 MiB JVM, checked to be a rejection that names the size limit.
   */
  private static void assertRejectedBySizeLimit(String name) {
    String[] fields = RESULTS.get(name);
    assertTrue(fields != null, () -> "no result for " + name + " in:\n" + childOutput);
    assertEquals("rejected", fields[1], () -> String.join(" | ", fields));
    assertEquals("input larger than 1048576 bytes (ParseOptions.maxInputBytes)", fields[2]);
  }

  @Nested
  class WithTheDefaultLimitsInA64MibHeap {
    @Test
    void aStreamOf100MegabytesIsReadOnlyToTheSizeLimit() {
      assertRejectedBySizeLimit("stream-100MB");
      assertEquals(String.valueOf((1 << 20) + 1), RESULTS.get("stream-100MB-bytes-read")[2]);
    }

    @Test
    void aReaderOf100MillionCharactersIsReadOnlyToTheSizeLimit() {
      assertRejectedBySizeLimit("reader-100M-chars");
    }

    @Test
    void nesting1000000DeepIsRejected() {
      assertRejectedBySizeLimit("depth-1000000");
    }

    @Test
    void aTextNodeOf10MegabytesIsRejected() {
      assertRejectedBySizeLimit("text-10MB");
    }

    @Test
    void anAttributeOf10MegabytesIsRejected() {
      assertRejectedBySizeLimit("attribute-10MB");
    }

    @Test
    void aHundredThousandProtocolsAreRejected() {
      assertRejectedBySizeLimit("protocols-100000");
    }
  }

  @Nested
  class WithTheSizeLimitRaised {
    private final ParseOptions largeInput = ParseOptions.builder().maxInputBytes(16 << 20).build();

    private AutodiscoverException rejected(byte[] input) {
      return Contract.rejected(input, largeInput);
    }

    @Test
    void nesting1000000DeepStopsAtTheDepthLimit() {
      AutodiscoverException e = rejected(HostileCorpus.nested(1_000_000));
      assertEquals(
          "elements nested deeper than 64 levels (ParseOptions.maxDepth) (line 7, column 225)",
          e.getMessage());
    }

    @Test
    void aTextNodeOf10MegabytesStopsAtTheTextLimit() {
      AutodiscoverException e = rejected(HostileCorpus.longText(10_000_000));
      assertTrue(
          e.getMessage()
              .startsWith(
                  "more than 262144 characters of text in one element (ParseOptions.maxTextLength)"),
          e.getMessage());
    }

    @Test
    void anAttributeOf10MegabytesStopsAtTheAttributeLimit() {
      AutodiscoverException e = rejected(HostileCorpus.longAttribute(10_000_000));
      assertTrue(
          e.getMessage()
              .startsWith(
                  "attribute Hint of <Vendor> is longer than 65536 characters (ParseOptions.maxAttributeLength)"),
          e.getMessage());
    }

    @Test
    void aHundredThousandProtocolsStopAtTheElementLimit() {
      AutodiscoverException e = rejected(HostileCorpus.protocols(100_000));
      assertTrue(
          e.getMessage().startsWith("more than 50000 elements (ParseOptions.maxElements)"),
          e.getMessage());
    }
  }
}
