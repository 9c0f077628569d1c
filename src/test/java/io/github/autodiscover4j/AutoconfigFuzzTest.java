package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.autodiscover4j.convert.Conversion;
import io.github.autodiscover4j.lint.AutoconfigLinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jazzer fuzz targets for the autoconfig front door, seeded with the autoconfig samples; in a
 * normal test run each replays them. A campaign: {@code JAZZER_FUZZ=1 mvn -B test
 * -Dtest='AutoconfigFuzzTest#parse'} (or {@code #roundTrip}, {@code #convertAndLint}). A finding is
 * any exception other than {@link AutodiscoverException}, a rejection without a reason or position
 * ({@link Contract}), a document that does not survive a round trip, or a conversion or lint that
 * throws.
 */
class AutoconfigFuzzTest {
  private static final Path SAMPLES = Path.of("src/test/resources/samples/autoconfig");

  static Stream<byte[]> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files
          .filter(f -> f.toString().endsWith(".xml"))
          .sorted()
          .map(AutoconfigFuzzTest::read)
          .toList()
          .stream();
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<AutoconfigDocument> parsed(byte[] input) {
    try {
      return Optional.of(Autoconfig.parse(input));
    } catch (AutodiscoverException e) {
      Contract.checkRejection(e);
      return Optional.empty();
    }
  }

  /** Any bytes: the document, or the library's exception with a reason and a position. */
  @MethodSource("samples")
  @FuzzTest(maxDuration = FuzzBudget.CAMPAIGN)
  void parse(byte[] input) {
    parsed(input);
  }

  /** Whatever parses is written and read back to an equal model; writing again changes nothing. */
  @MethodSource("samples")
  @FuzzTest(maxDuration = FuzzBudget.CAMPAIGN)
  void roundTrip(byte[] input) throws AutodiscoverException {
    Optional<AutoconfigDocument> doc = parsed(input);
    if (doc.isPresent()) {
      String written = Autoconfig.toXml(doc.get());
      AutoconfigDocument again = Autoconfig.parse(written);
      assertEquals(doc.get().root(), again.root());
      assertEquals(written, Autoconfig.toXml(again));
    }
  }

  /** Whatever parses converts both ways and lints without throwing. */
  @MethodSource("samples")
  @FuzzTest(maxDuration = FuzzBudget.CAMPAIGN)
  void convertAndLint(byte[] input) {
    AutoconfigLinter.lint(input);
    Optional<AutoconfigDocument> doc = parsed(input);
    if (doc.isPresent()) {
      AutodiscoverDocument pox = Conversion.toPox(doc.get(), "alice@example.com").document();
      Conversion.toAutoconfig(pox, "alice@example.com");
      doc.get().filledFor("alice@example.com", "Alice");
    }
  }
}
