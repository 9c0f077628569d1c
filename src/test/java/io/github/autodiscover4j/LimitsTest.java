package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The limits of {@link ParseOptions}: their defaults, their bounds, and what each one stops. */
class LimitsTest {
  private static final String BODY =
      "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">"
          + "<Response xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a\">"
          + "<Account><Action>settings</Action><Protocol>%s<Type>IMAP</Type><Server>imap.example.com</Server>"
          + "</Protocol></Account></Response></Autodiscover>";

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    ParseOptions d = ParseOptions.defaults();
    assertEquals(1 << 20, d.maxInputBytes());
    assertEquals(64, d.maxDepth());
    assertEquals(50_000, d.maxElements());
    assertEquals(256 << 10, d.maxTextLength());
    assertEquals(100, d.maxAttributes());
    assertEquals(64 << 10, d.maxAttributeLength());
    assertEquals(256, d.maxUnknownElements());
  }

  @Test
  void everyLimitMustBePositive() {
    ParseOptions.Builder b = ParseOptions.builder();
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> b.maxInputBytes(0))
            .getMessage()
            .contains("maxInputBytes"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> b.maxDepth(0))
            .getMessage()
            .contains("maxDepth"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> b.maxElements(-1))
            .getMessage()
            .contains("maxElements"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> b.maxTextLength(0))
            .getMessage()
            .contains("maxTextLength"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> b.maxAttributes(0))
            .getMessage()
            .contains("maxAttributes"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> b.maxAttributeLength(0))
            .getMessage()
            .contains("maxAttributeLength"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> b.maxUnknownElements(0))
            .getMessage()
            .contains("maxUnknownElements"));
  }

  /**
   * Regression: 50,000 unknown sibling elements (195 KB, under every other limit) took 1 to 13
   * seconds to read, because JAXB creates a new TransformerFactory for each unknown element it
   * keeps.
   */
  @Test
  void unknownElementsAreBoundedFarBelowTheElementLimit() throws AutodiscoverException {
    AutodiscoverException e =
        assertThrows(
            AutodiscoverException.class,
            () -> Autodiscover.parse(BODY.formatted("<Vendor/>".repeat(50_000))));
    assertTrue(
        e.getMessage()
            .startsWith("more than 256 unknown elements (ParseOptions.maxUnknownElements)"),
        e.getMessage());
    ParseOptions three = ParseOptions.builder().maxUnknownElements(3).build();
    assertThrows(
        AutodiscoverException.class,
        () -> Autodiscover.parse(BODY.formatted("<V/>".repeat(4)), three));
    // an unknown element's own children are kept with it and do not count
    String one = "<V>" + "<W><X/></W>".repeat(100) + "</V>";
    assertEquals(
        3,
        Autodiscover.parse(BODY.formatted(one + "<V/><V/>"), three)
            .protocols()
            .get(0)
            .getUnknownElements()
            .size());
  }

  private static String withAttributes(int count, int valueLength) {
    StringBuilder attributes = new StringBuilder("<Unknown");
    for (int i = 0; i < count; i++) {
      attributes.append(" a").append(i).append("=\"").append("v".repeat(valueLength)).append('"');
    }
    return BODY.formatted(attributes.append("/>"));
  }

  @Test
  void aLongAttributeValueIsBoundedEvenWhenTheInputMayBeLarge() {
    // The size limit stops a 10 MB attribute by default; a caller who allows large input still gets
    // a bound.
    ParseOptions largeInput = ParseOptions.builder().maxInputBytes(16 << 20).build();
    String xml = withAttributes(1, 10_000_000);
    AutodiscoverException e =
        assertThrows(AutodiscoverException.class, () -> Autodiscover.parse(xml, largeInput));
    assertEquals(
        "attribute a0 of <Unknown> is longer than 65536 characters (ParseOptions.maxAttributeLength)"
            + " (line 1, column "
            + e.column()
            + ")",
        e.getMessage());
    assertEquals(1, e.line());
  }

  @Test
  void anAttributeAtTheLengthLimitIsAccepted() throws AutodiscoverException {
    ParseOptions shortValues = ParseOptions.builder().maxAttributeLength(10).build();
    assertEquals(
        DocumentKind.SETTINGS, Autodiscover.parse(withAttributes(3, 10), shortValues).kind());
    assertThrows(
        AutodiscoverException.class, () -> Autodiscover.parse(withAttributes(3, 11), shortValues));
  }

  @Test
  void tooManyAttributesOnOneElementAreRejectedInTheLibrarysWords() throws AutodiscoverException {
    AutodiscoverException e =
        assertThrows(AutodiscoverException.class, () -> Autodiscover.parse(withAttributes(101, 1)));
    assertTrue(
        e.getMessage()
            .startsWith(
                "element <Unknown> has more than 100 attributes (ParseOptions.maxAttributes)"),
        e.getMessage());
    assertEquals(DocumentKind.SETTINGS, Autodiscover.parse(withAttributes(100, 1)).kind());
    // raising the limit raises the JDK's own backstop with it
    ParseOptions more = ParseOptions.builder().maxAttributes(150).build();
    assertEquals(DocumentKind.SETTINGS, Autodiscover.parse(withAttributes(150, 1), more).kind());
  }

  @Test
  void maxDepthCannotBeRaisedPastWhatCanBeWrittenBack() {
    assertEquals(
        ParseOptions.MAX_DEPTH_LIMIT,
        ParseOptions.builder().maxDepth(ParseOptions.MAX_DEPTH_LIMIT).build().maxDepth());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ParseOptions.builder().maxDepth(ParseOptions.MAX_DEPTH_LIMIT + 1));
    assertTrue(e.getMessage().contains("at most " + ParseOptions.MAX_DEPTH_LIMIT), e.getMessage());
  }

  /**
   * Regression: with maxDepth raised to 100,000 a document of 1,000 nested unknown elements parsed,
   * then writing it overflowed the stack inside JAXB's marshaller. At the deepest depth the options
   * now allow, the whole round trip fits a thread with the JVM's default 1 MiB stack.
   */
  @Test
  void theDeepestAcceptedDocumentSurvivesARoundTripOnADefaultSizedStack() throws Exception {
    int unknownLevels =
        ParseOptions.MAX_DEPTH_LIMIT - 5; // Autodiscover/Response/Account/Protocol hold them
    String xml =
        BODY.formatted("<a>".repeat(unknownLevels) + "deep" + "</a>".repeat(unknownLevels));
    ParseOptions deepest = ParseOptions.builder().maxDepth(ParseOptions.MAX_DEPTH_LIMIT).build();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread worker =
        new Thread(
            null,
            () -> {
              try {
                AutodiscoverDocument doc = Autodiscover.parse(xml, deepest);
                Contract.assertLosslessRoundTrip(doc, deepest);
              } catch (Throwable t) {
                failure.set(t);
              }
            },
            "deep-round-trip",
            1 << 20);
    worker.start();
    worker.join();
    if (failure.get() != null) {
      throw new AssertionError("the round trip failed", failure.get());
    }
  }
}
