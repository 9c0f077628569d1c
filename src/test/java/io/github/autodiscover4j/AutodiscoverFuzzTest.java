package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.autodiscover4j.model.AutodiscoverRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jazzer fuzz targets. In a normal test run (regression mode) each target replays the samples, an
 * empty input, and every input kept in {@code
 * src/test/resources/io/github/autodiscover4j/AutodiscoverFuzzTestInputs/<target>} (where Jazzer
 * writes the inputs of any finding). A real campaign runs one target at a time for its {@code
 * maxDuration}, seeded with the samples:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B test -Dtest='AutodiscoverFuzzTest#parse'   # or #roundTrip, #requests
 * </pre>
 *
 * A finding is any exception other than {@link AutodiscoverException}, a rejection without a reason
 * or position ({@link Contract}), a document that does not survive a round trip, or a request that
 * does not read back.
 */
class AutodiscoverFuzzTest {
  private static final Path SAMPLES = Path.of("src/test/resources/samples");

  static Stream<byte[]> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files
          .filter(f -> f.toString().endsWith(".xml"))
          .sorted()
          .map(AutodiscoverFuzzTest::read)
          .toList()
          .stream();
    }
  }

  static Stream<String> addresses() {
    return Stream.of(
        "kim.akers@contoso.com",
        "/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=alice",
        "\"o'hara\" <a&b>@example.com",
        "zoë@exämple.org",
        "\uD83D\uDE00@example.com",
        " padded@example.com\r\n");
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Any bytes: the document, or the library's exception with a reason and a position. */
  @MethodSource("samples")
  @FuzzTest(maxDuration = "10m")
  void parse(byte[] input) {
    Contract.parse(input);
  }

  /**
   * Whatever parses is written and read back to an equal model, and writing again changes nothing.
   */
  @MethodSource("samples")
  @FuzzTest(maxDuration = "10m")
  void roundTrip(byte[] input) {
    Optional<AutodiscoverDocument> doc = Contract.parse(input);
    doc.ifPresent(d -> Contract.assertLosslessRoundTrip(d, ParseOptions.defaults()));
  }

  /**
   * Any string as an address or legacy DN: refused up front when blank or not representable in XML,
   * otherwise written, read back as the same kind of request, with the same text.
   */
  @MethodSource("addresses")
  @FuzzTest(maxDuration = "10m")
  void requests(String value) throws AutodiscoverException {
    if (value == null) {
      assertThrows(NullPointerException.class, () -> Autodiscover.outlookRequest(value));
      return;
    }
    check(
        value,
        Autodiscover::outlookRequest,
        DocumentKind.OUTLOOK_REQUEST,
        d -> d.outlookRequest().orElseThrow().getEMailAddress());
    check(
        value,
        Autodiscover::outlookRequestByLegacyDn,
        DocumentKind.OUTLOOK_REQUEST,
        d -> d.outlookRequest().orElseThrow().getLegacyDN());
    check(
        value,
        Autodiscover::mobileSyncRequest,
        DocumentKind.MOBILE_SYNC_REQUEST,
        d -> d.mobileSyncRequest().orElseThrow().getEMailAddress());
  }

  private static void check(
      String value,
      Function<String, AutodiscoverRoot> build,
      DocumentKind kind,
      Function<AutodiscoverDocument, String> readBack)
      throws AutodiscoverException {
    if (value.isBlank() || !xmlCanCarry(value)) {
      assertThrows(IllegalArgumentException.class, () -> build.apply(value));
      return;
    }
    String xml = Autodiscover.toXml(build.apply(value));
    AutodiscoverDocument doc = Autodiscover.parse(xml);
    assertEquals(kind, doc.kind());
    assertEquals(value, readBack.apply(doc));
    assertTrue(doc.problems().isEmpty(), doc.problems()::toString);
  }

  /** XML 1.0's Char production, checked independently of the library's own check. */
  private static boolean xmlCanCarry(String s) {
    return s.codePoints()
        .allMatch(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF));
  }
}
