package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jazzer fuzz targets. In a normal test run (regression mode) each target replays the samples, an
 * empty input, and every input kept in {@code
 * src/test/resources/io/github/autodiscover4j/AutodiscoverFuzzTestInputs/<target>} (where Jazzer
 * writes the inputs of any finding). A real campaign runs one target at a time for {@link
 * FuzzBudget#CAMPAIGN}, seeded with the samples:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B test -Dtest='AutodiscoverFuzzTest#parse'   # or #roundTrip, #requests, #v2
 * </pre>
 *
 * A finding is any exception other than {@link AutodiscoverException}, a rejection without a reason
 * or position ({@link Contract}), a document that does not survive a round trip, or a request that
 * does not read back.
 *
 * <p>What a local campaign leaves behind is not replayed by a normal build unless asked for with
 * {@code -Dautodiscover4j.fuzz.local=true}: its corpus in {@code .cifuzz-corpus/} (which Jazzer
 * replays whenever a coverage agent such as JaCoCo's is present) and its findings as Jazzer names
 * them ({@code crash-<sha1>}, {@code timeout-...}) in the inputs folder. A finding becomes part of
 * every build once it is renamed for what it shows ({@link LocalCampaignInputs}).
 */
@ExtendWith(AutodiscoverFuzzTest.LocalCampaignInputs.class)
class AutodiscoverFuzzTest {
  /**
   * Skips the inputs a local campaign wrote, by Jazzer's and libFuzzer's own names for them: a
   * corpus entry is named by its SHA-1, a finding {@code crash-}, {@code timeout-}, {@code
   * slow-unit-}, {@code oom-} or {@code leak-} and a hash. Jazzer names each replayed input by its
   * file name.
   */
  static final class LocalCampaignInputs implements ExecutionCondition {
    static final String SWITCH = "autodiscover4j.fuzz.local";
    private static final Pattern NAMES =
        Pattern.compile("(?:(?:crash|timeout|slow-unit|oom|leak)-)?[0-9a-f]{40}");

    static boolean writtenByACampaign(String inputName) {
      return NAMES.matcher(inputName).matches();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (Boolean.getBoolean(SWITCH) || !writtenByACampaign(context.getDisplayName())) {
        return ConditionEvaluationResult.enabled("a kept input");
      }
      return ConditionEvaluationResult.disabled(
          "written by a local fuzz campaign; replay it with -D" + SWITCH + "=true");
    }
  }

  @Test
  void aLocalCampaignsCorpusAndFindingsAreToldFromKeptInputs() {
    assertTrue(LocalCampaignInputs.writtenByACampaign("3f786850e387550fdab836ed7e6dc881de23001b"));
    assertTrue(
        LocalCampaignInputs.writtenByACampaign("crash-adc83b19e793491b1c6ea0fd8b46cd9f32e592fc"));
    assertTrue(
        LocalCampaignInputs.writtenByACampaign(
            "slow-unit-adc83b19e793491b1c6ea0fd8b46cd9f32e592fc"));
    assertFalse(LocalCampaignInputs.writtenByACampaign("column-0-after-carriage-return"));
    assertFalse(LocalCampaignInputs.writtenByACampaign("<empty input>"));
    assertFalse(LocalCampaignInputs.writtenByACampaign("crash-renamed-for-what-it-shows"));
  }

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
  @FuzzTest(maxDuration = FuzzBudget.CAMPAIGN)
  void parse(byte[] input) {
    Contract.parse(input);
  }

  static Stream<byte[]> v2Samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES.resolve("v2"))) {
      return files.sorted().map(AutodiscoverFuzzTest::read).toList().stream();
    }
  }

  /**
   * Any bytes as an Autodiscover v2 body: an answer or error that writes back to an equal document,
   * or the library's exception with a reason (and a position unless it has none).
   */
  @MethodSource("v2Samples")
  @FuzzTest(maxDuration = FuzzBudget.CAMPAIGN)
  void v2(byte[] input) {
    V2Document doc;
    try {
      doc = AutodiscoverV2.parse(input);
    } catch (AutodiscoverException e) {
      assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a reason");
      return;
    }
    try {
      V2Document again = AutodiscoverV2.parse(AutodiscoverV2.toBytes(doc));
      org.junit.jupiter.api.Assertions.assertEquals(doc, again);
    } catch (AutodiscoverException e) {
      throw new AssertionError("what was read does not read back: " + e.getMessage(), e);
    }
  }

  /**
   * Whatever parses is written and read back to an equal model, and writing again changes nothing.
   */
  @MethodSource("samples")
  @FuzzTest(maxDuration = FuzzBudget.CAMPAIGN)
  void roundTrip(byte[] input) {
    Optional<AutodiscoverDocument> doc = Contract.parse(input);
    doc.ifPresent(d -> Contract.assertLosslessRoundTrip(d, ParseOptions.defaults()));
  }

  /**
   * Any string as an address or legacy DN: refused up front when blank or not representable in XML,
   * otherwise written, read back as the same kind of request, with the same text.
   */
  @MethodSource("addresses")
  @FuzzTest(maxDuration = FuzzBudget.CAMPAIGN)
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
