package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.Optional;

/**
 * The parsing contract every test of hostile input checks: an input either parses, or ends in an
 * {@link AutodiscoverException} whose message names the problem and, unless the problem has no
 * place in the document, its line and column. Anything else thrown (a {@code NullPointerException},
 * a {@code StackOverflowError}, an {@code OutOfMemoryError}) fails the caller's test as it is.
 */
final class Contract {
  /** Reasons that have no position: they are decided before the first character is parsed. */
  private static final String[] POSITIONLESS = {"input larger than", "an empty body"};

  private Contract() {}

  /**
   * Parses {@code input}; returns the document, or empty when it was rejected as the contract
   * allows.
   *
   * @throws AssertionError when the rejection breaks the contract
   */
  static Optional<AutodiscoverDocument> parse(byte[] input, ParseOptions options) {
    try {
      AutodiscoverDocument doc = Autodiscover.parse(input, options);
      assertNotNull(doc.kind());
      return Optional.of(doc);
    } catch (AutodiscoverException e) {
      checkRejection(e);
      return Optional.empty();
    }
  }

  /** {@link #parse(byte[], ParseOptions)} with the default limits. */
  static Optional<AutodiscoverDocument> parse(byte[] input) {
    return parse(input, ParseOptions.defaults());
  }

  /**
   * Asserts that {@code input} is rejected and returns the exception, after checking the contract
   * on it.
   */
  static AutodiscoverException rejected(byte[] input, ParseOptions options) {
    Optional<AutodiscoverDocument> doc = parse(input, options);
    if (doc.isPresent()) {
      fail("expected a rejection, but the input parsed as " + doc.get().kind());
    }
    try {
      Autodiscover.parse(input, options);
    } catch (AutodiscoverException e) {
      return e;
    }
    throw new AssertionError("unreachable: the input parsed the second time");
  }

  /** Checks what a rejection must carry: a reason, and a position unless the reason has none. */
  static void checkRejection(AutodiscoverException e) {
    String message = e.getMessage();
    assertNotNull(message, "an AutodiscoverException without a message");
    assertFalse(message.isBlank(), "an AutodiscoverException with a blank message");
    // The catch-all for anything JAXB threw that the reader did not foresee: a swallowed internal
    // error.
    assertFalse(
        message.startsWith("the document could not be bound"),
        () -> "internal error surfaced: " + message);
    boolean positionless = false;
    for (String reason : POSITIONLESS) {
      positionless |= message.startsWith(reason);
    }
    if (positionless) {
      assertEquals(-1, e.line(), message);
    } else {
      assertTrue(e.line() > 0 && e.column() > 0, () -> "no line/column in: " + message);
      assertTrue(message.contains("(line " + e.line() + ", column " + e.column() + ")"), message);
    }
  }

  /**
   * Writes a parsed document, reads the result and checks that nothing was lost: the models are
   * equal field by field and a second write gives the same text.
   */
  static void assertLosslessRoundTrip(AutodiscoverDocument doc, ParseOptions options) {
    String written = Autodiscover.toXml(doc);
    AutodiscoverDocument again;
    try {
      again = Autodiscover.parse(written, options);
    } catch (IOException e) {
      throw new AssertionError(
          "the writer produced a document its own reader rejects:\n" + written, e);
    }
    assertEquals(
        doc.root(), again.root(), () -> "the model changed in a round trip through:\n" + written);
    // the generated equals leaves out unknown attributes; this comparison does not
    ModelComparison.firstDifference(doc.root(), again.root())
        .ifPresent(
            d -> {
              throw new AssertionError("the model changed in a round trip: " + d + "\n" + written);
            });
    assertEquals(doc.kind(), again.kind());
    assertEquals(written, Autodiscover.toXml(again), "writing is not a fixed point");
  }
}
