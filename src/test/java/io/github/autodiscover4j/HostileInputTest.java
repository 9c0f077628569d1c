package io.github.autodiscover4j;

import static io.github.autodiscover4j.HostileCorpus.document;
import static io.github.autodiscover4j.HostileCorpus.file;
import static io.github.autodiscover4j.HostileCorpus.utf8;
import static io.github.autodiscover4j.internal.TestParsers.onWoodstoxElse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per hostile input of {@code src/test/resources/hostile} (described in its {@code
 * INDEX.md}) and per small generated one. Each asserts the library's exception and its reason, or
 * the correct result. Entities and DTDs point at a loopback listener that must never see a
 * connection, and at a secret file that must never be read. The large inputs run in a JVM with a 64
 * MiB heap: {@link BigInputTest}.
 */
class HostileInputTest {
  private static ServerSocket listener;
  private static final AtomicInteger CONNECTIONS = new AtomicInteger();
  private static Path secret;

  @BeforeAll
  static void startLoopbackListener(@TempDir Path dir) throws IOException {
    secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accept =
        new Thread(
            () -> {
              while (!listener.isClosed()) {
                try {
                  Socket connection = listener.accept();
                  CONNECTIONS.incrementAndGet();
                  connection.close();
                } catch (IOException closed) {
                  return;
                }
              }
            },
            "loopback-listener");
    accept.setDaemon(true);
    accept.start();
  }

  @AfterEach
  void theListenerSawNoConnection() {
    assertEquals(0, CONNECTIONS.get(), "a parse connected to the loopback listener");
  }

  @AfterAll
  static void stopListener() throws IOException {
    listener.close();
  }

  private static byte[] corpus(String name) {
    return file(
        name,
        Map.of(
            "LOOPBACK",
            "http://127.0.0.1:" + listener.getLocalPort(),
            "SECRET_FILE",
            secret.toUri().toString()));
  }

  private static AutodiscoverException rejected(byte[] input) {
    return Contract.rejected(input, ParseOptions.defaults());
  }

  private static AutodiscoverException rejected(String xml) {
    return rejected(utf8(xml));
  }

  private static void assertReason(AutodiscoverException e, String reason) {
    assertTrue(
        e.getMessage().contains(reason), () -> "expected '" + reason + "' in: " + e.getMessage());
  }

  private static AutodiscoverDocument parsed(byte[] input) {
    return Contract.parse(input)
        .orElseThrow(() -> new AssertionError("expected the input to parse"));
  }

  /** Every file of the corpus keeps the contract, whatever the test for it checks besides. */
  @ParameterizedTest
  @MethodSource("io.github.autodiscover4j.HostileCorpus#fileNames")
  void everyCorpusFileParsesOrEndsInTheLibrarysException(String name) {
    Contract.parse(corpus(name));
  }

  @Nested
  class DtdsAndEntities {
    @Test
    void aBareDoctypeIsRejectedWithItsPosition() {
      AutodiscoverException e = rejected(corpus("doctype-bare.xml"));
      assertReason(e, "a DOCTYPE is not allowed in an Autodiscover document");
      assertEquals(2, e.line());
    }

    @Test
    void aDoctypeWhoseSubsetTripsTheJdkScannerIsRefusedBeforeIt() {
      // found by the parse fuzz target in CI: '[' runs in the internal subset made the JDK's
      // scanner throw a MissingResourceException (its bundle lacks the key InvalidCharInDTD)
      byte[] input =
          ("<!DOCTYPE htdm[[[[[[[[l0rqeurb>\n<?xml version=\"1.0\"?>\n<Autodiscover/>")
              .getBytes(StandardCharsets.UTF_8);
      AutodiscoverException e = rejected(input);
      assertEquals(AutodiscoverException.Kind.FORBIDDEN, e.kind());
      assertReason(e, "a DOCTYPE is not allowed in an Autodiscover document");
      assertEquals(1, e.line());
      // behind a processing instruction the scanner still reaches it: then it is not well-formed
      byte[] behindPi =
          ("<?pi x?><!DOCTYPE htdm[[[[[[[[l0rqeurb>\n<Autodiscover/>")
              .getBytes(StandardCharsets.UTF_8);
      AutodiscoverException late = rejected(behindPi);
      assertTrue(
          late.kind() == AutodiscoverException.Kind.NOT_WELL_FORMED
              || late.kind() == AutodiscoverException.Kind.FORBIDDEN,
          late.kind() + ": " + late.getMessage());
      assertTrue(late.line() > 0, late.getMessage());
    }

    @Test
    void anInternalEntityIsRejectedAndNeverExpanded() {
      AutodiscoverException e = rejected(corpus("entity-internal.xml"));
      assertReason(e, "DOCTYPE");
      assertFalse(e.getMessage().contains("evil.example"));
    }

    @Test
    void anEntityReferenceWithoutADoctypeIsRejected() {
      assertReason(rejected(document("<LoginName>&host;</LoginName>")), "not well-formed XML");
    }

    @Test
    void anExternalFileEntityIsRejectedAndTheFileIsNotRead() {
      AutodiscoverException e = rejected(corpus("entity-external-file.xml"));
      assertReason(e, "DOCTYPE");
      assertFalse(e.getMessage().contains("TOP-SECRET-VALUE"));
    }

    @Test
    void anExternalHttpEntityMakesNoConnection() {
      assertReason(rejected(corpus("entity-external-http.xml")), "DOCTYPE");
    }

    @Test
    void anExternalDtdMakesNoConnection() {
      assertReason(rejected(corpus("dtd-external-http.xml")), "DOCTYPE");
    }

    @Test
    void anInternalParameterEntityIsRejected() {
      assertReason(rejected(corpus("parameter-entity-internal.xml")), "DOCTYPE");
    }

    @Test
    void anExternalParameterEntityMakesNoConnection() {
      assertReason(rejected(corpus("parameter-entity-external-http.xml")), "DOCTYPE");
    }

    @Test
    void theParameterEntityExfiltrationPatternNeitherReadsNorSends() {
      AutodiscoverException e = rejected(corpus("parameter-entity-exfiltration.xml"));
      assertReason(e, "DOCTYPE");
      assertFalse(e.getMessage().contains("TOP-SECRET-VALUE"));
    }

    @Test
    void billionLaughsIsRejected() {
      assertReason(rejected(corpus("billion-laughs.xml")), "DOCTYPE");
    }

    @Test
    void quadraticBlowupIsRejected() {
      assertReason(rejected(HostileCorpus.quadraticBlowup()), "DOCTYPE");
    }
  }

  @Nested
  class Exhaustion {
    @Test
    void nesting10000DeepStopsAtTheDepthLimit() {
      AutodiscoverException e = rejected(HostileCorpus.nested(10_000));
      assertReason(e, "elements nested deeper than 64 levels (ParseOptions.maxDepth)");
      assertEquals(7, e.line());
    }

    @Test
    void nestingAtTheDepthLimitIsRead() {
      // Autodiscover, Response, Account and Protocol are 4 levels
      assertEquals(DocumentKind.SETTINGS, parsed(HostileCorpus.nested(60)).kind());
      rejected(HostileCorpus.nested(61));
    }

    @Test
    void tooManyElementsAreRejected() {
      ParseOptions few = ParseOptions.builder().maxElements(100).build();
      AutodiscoverException e = Contract.rejected(HostileCorpus.protocols(100), few);
      assertReason(e, "more than 100 elements (ParseOptions.maxElements)");
    }

    @Test
    void tooMuchTextInOneElementIsRejected() {
      ParseOptions shortText = ParseOptions.builder().maxTextLength(1000).build();
      AutodiscoverException e = Contract.rejected(HostileCorpus.longText(1001), shortText);
      assertReason(
          e, "more than 1000 characters of text in one element (ParseOptions.maxTextLength)");
      assertEquals(
          DocumentKind.SETTINGS,
          Contract.parse(HostileCorpus.longText(1000), shortText).orElseThrow().kind());
    }

    @Test
    void tooManyAttributesAreRejected() {
      assertReason(
          rejected(HostileCorpus.generatedSmallCases().get("101 attributes (generated)")),
          "element <Protocol> has more than 100 attributes (ParseOptions.maxAttributes)");
    }

    @Test
    void fiftyThousandUnknownElementsStopAtTheUnknownElementLimit() {
      AutodiscoverException e =
          rejected(
              HostileCorpus.generatedSmallCases()
                  .get("50,000 unknown elements (generated, 200 KB)"));
      assertReason(e, "more than 256 unknown elements (ParseOptions.maxUnknownElements)");
    }

    @Test
    void inputOverTheSizeLimitIsNotParsed() {
      ParseOptions small = ParseOptions.builder().maxInputBytes(100).build();
      AutodiscoverException e = Contract.rejected(utf8(document("")), small);
      assertEquals("input larger than 100 bytes (ParseOptions.maxInputBytes)", e.getMessage());
      assertEquals(-1, e.line());
    }
  }

  @Nested
  class Encodings {
    @Test
    void invalidUtf8IsRejectedWithItsByteOffsetAndPosition() {
      AutodiscoverException e = rejected(corpus("invalid-utf8-in-text.bin"));
      assertReason(e, "bytes that are not valid UTF-8 at byte offset 344");
      assertEquals(8, e.line());
      assertEquals(22, e.column());
    }

    @Test
    void aUtf8EncodedSurrogateIsRejected() {
      assertReason(rejected(corpus("utf8-encoded-surrogate.bin")), "not valid UTF-8");
    }

    @Test
    void anOverlongUtf8SequenceIsRejected() {
      assertReason(rejected(corpus("utf8-overlong.bin")), "not valid UTF-8");
    }

    @Test
    void aTruncatedUtf8SequenceIsRejected() {
      assertReason(rejected(corpus("utf8-truncated-sequence.bin")), "not valid UTF-8");
    }

    @Test
    void aNulByteInTextIsRejected() {
      AutodiscoverException e = rejected(corpus("nul-byte-in-text.bin"));
      assertReason(
          e,
          onWoodstoxElse(
              "not well-formed XML: Illegal character (NULL, unicode 0)",
              "not well-formed XML: An invalid XML character (Unicode: 0x0)"));
      assertEquals(8, e.line());
    }

    @Test
    void nulBytesAloneAreRejected() {
      assertReason(rejected(corpus("nul-bytes-only.bin")), "not well-formed XML");
    }

    @Test
    void aNulCharacterReferenceIsRejected() {
      assertReason(rejected(corpus("nul-character-reference.xml")), "not well-formed XML");
    }

    @Test
    void referencesToNonCharactersAreRejected() {
      assertReason(rejected(corpus("non-character-references.xml")), "not well-formed XML");
    }

    /**
     * The decoder's buffer is exactly the input's size: ASCII fills it to the last character,
     * four-byte UTF-8 half fills it with surrogate pairs. Both read in full.
     */
    @Test
    void decodingFillsABufferOfTheInputsSizeWithoutLosingAnything() {
      String ascii =
          "<Autodiscover xmlns=\""
              + Namespaces.OUTLOOK_REQUEST
              + "\"><Request><EMailAddress>a@b"
              + "</EMailAddress></Request></Autodiscover>";
      assertEquals("a@b", parsed(utf8(ascii)).outlookRequest().orElseThrow().getEMailAddress());
      String astral = "\uD83D\uDE00".repeat(1000);
      assertEquals(
          astral,
          parsed(utf8(ascii.replace("a@b", astral)))
              .outlookRequest()
              .orElseThrow()
              .getEMailAddress());
    }

    static Stream<String> unicodeCharsets() {
      return Stream.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE");
    }

    @ParameterizedTest
    @MethodSource("unicodeCharsets")
    void utf16AndUtf32ReadLikeUtf8WithAndWithoutAByteOrderMark(String name)
        throws AutodiscoverException {
      Charset charset = Charset.forName(name);
      Object expected =
          Autodiscover.parse(HostileCorpus.sample("isp-imap-smtp-smtplast-on.xml")).root();
      assertEquals(
          expected,
          parsed(HostileCorpus.encoded("isp-imap-smtp-smtplast-on.xml", charset, true)).root());
      assertEquals(
          expected,
          parsed(HostileCorpus.encoded("isp-imap-smtp-smtplast-on.xml", charset, false)).root());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-32BE"})
    void aCutInTheMiddleOfAWideCharacterIsRejected(String name) {
      byte[] whole =
          HostileCorpus.encoded("isp-imap-smtp-smtplast-on.xml", Charset.forName(name), true);
      assertReason(rejected(Arrays.copyOf(whole, whole.length - 1)), "not valid " + name);
    }
  }

  @Nested
  class NotAutodiscover {
    @Test
    void anHtmlLoginPageIsNamedAsSuchBeforeTheDoctypeRuleFires() {
      AutodiscoverException e = rejected(corpus("html-login-page.html"));
      assertEquals(AutodiscoverException.Kind.HTML, e.kind());
      assertReason(e, "an HTML page, not an Autodiscover document");
      assertEquals(1, e.line());
    }

    @Test
    void anHtmlErrorPageWithoutDoctypeIsNamedAsSuch() {
      AutodiscoverException e = rejected(corpus("html-no-doctype.html"));
      assertEquals(AutodiscoverException.Kind.HTML, e.kind());
      assertReason(e, "an HTML page, not an Autodiscover document");
    }

    @Test
    void xhtmlBehindAnXmlDeclarationIsNamedAsHtml() {
      AutodiscoverException e =
          rejected(
              "<?xml version=\"1.0\"?>\n<!-- portal -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                  + "<body>Sign in</body></html>");
      assertEquals(AutodiscoverException.Kind.HTML, e.kind());
      assertEquals(3, e.line());
    }

    @Test
    void jsonIsNamedAsSuch() {
      AutodiscoverException e = rejected(corpus("json-autodiscover-v2.json"));
      assertEquals(AutodiscoverException.Kind.JSON, e.kind());
      assertReason(e, "a JSON body, not an Autodiscover document");
      assertEquals(1, e.line());
    }

    @Test
    void anEmptyBodyIsNamedAsSuch() {
      for (String body : new String[] {"", " \r\n\t", "\uFEFF"}) {
        AutodiscoverException e = rejected(body);
        assertEquals(AutodiscoverException.Kind.EMPTY, e.kind(), body);
        assertReason(e, "an empty body, not an Autodiscover document");
      }
    }

    @Test
    void anEmptyBodyIsRejected() {
      assertEquals(
          "an empty body, not an Autodiscover document",
          rejected(corpus("empty-body.txt")).getMessage());
    }

    @Test
    void aBodyOfWhiteSpaceIsRejected() {
      assertEquals(
          "an empty body, not an Autodiscover document",
          rejected(corpus("whitespace-only.txt")).getMessage());
    }

    @Test
    void aDeclarationAloneIsRejected() {
      assertReason(rejected(corpus("declaration-only.xml")), "not well-formed XML");
    }

    @Test
    void aForeignRootIsRejected() {
      assertReason(
          rejected(corpus("wrong-root-foreign.xml")),
          "not an Autodiscover document: the root element is <Foo> in namespace urn:example:other");
    }

    @Test
    void anAutodiscoverRootInAForeignNamespaceIsRejected() {
      assertReason(
          rejected(corpus("wrong-root-namespace.xml")),
          "the root element is <Autodiscover> in namespace urn:example:not-autodiscover");
    }

    @Test
    void aResponseWithoutItsEnvelopeIsRejected() {
      assertReason(rejected(corpus("wrong-root-response.xml")), "the root element is <Response>");
    }

    @Test
    void aSoapEnvelopeIsRejected() {
      assertReason(rejected(corpus("wrong-root-soap.xml")), "the root element is <Envelope>");
    }

    @Test
    void aSecondRootIsRejected() {
      AutodiscoverException e = rejected(corpus("two-roots.xml"));
      assertReason(e, "not well-formed XML");
      assertEquals(13, e.line());
    }
  }

  @Nested
  class Values {
    @Test
    void outOfRangeNumbersParseAsInvalidValuesWithProblems() {
      AutodiscoverDocument doc = parsed(corpus("out-of-range-numbers.xml"));
      var exch = doc.protocols("EXCH").get(0);
      assertTrue(exch.getTTL().value().isEmpty());
      assertEquals("0", exch.getPort().raw()); // ports are 1..65535
      assertTrue(exch.getPort().value().isEmpty());
      assertTrue(exch.getDirectoryPort().value().isEmpty());
      assertEquals("99999999999999999999", exch.getReferralPort().raw());
      assertTrue(exch.getReferralPort().value().isEmpty());
      assertTrue(doc.protocols("IMAP").get(0).getTTL().value().isEmpty());
      assertTrue(doc.protocols("IMAP").get(0).getPort().value().isEmpty());
      assertTrue(doc.protocols("SMTP").get(0).getPort().value().isEmpty());
      assertTrue(doc.protocols("POP3").get(0).getPort().value().isEmpty());
      assertEquals(8, doc.problems().size(), doc.problems()::toString);
      assertTrue(doc.problems().stream().allMatch(p -> p.line() > 0), doc.problems()::toString);
      Contract.assertLosslessRoundTrip(doc, ParseOptions.defaults());
    }

    @Test
    void anErrorCodeBeyondAnIntIsKeptRawNotWrapped() {
      AutodiscoverDocument doc = parsed(corpus("error-code-out-of-range.xml"));
      assertEquals(DocumentKind.ERROR, doc.kind());
      AutodiscoverError error = doc.error().orElseThrow();
      assertTrue(error.code().isEmpty());
      assertEquals("2147483648", error.rawCode().orElseThrow());
      assertEquals("99999999999999999999", error.id().orElseThrow());
    }

    @Test
    void xsiAttributesAreDroppedSoTheyCannotSteerBinding() {
      AutodiscoverDocument doc = parsed(corpus("xsi-type.xml"));
      assertEquals("IMAP", doc.protocols().get(0).getType());
      assertEquals("imap.example.com", doc.protocols().get(0).getServer());
      assertTrue(
          doc.problems().stream().anyMatch(p -> p.message().contains("xsi:type")),
          doc.problems()::toString);
      assertTrue(
          doc.problems().stream().anyMatch(p -> p.message().contains("xsi:nil")),
          doc.problems()::toString);
    }

    @Test
    void markupInsideCdataIsTextNotElements() {
      AutodiscoverDocument doc = parsed(corpus("cdata-markup-in-account.xml"));
      assertEquals(1, doc.protocols().size());
      assertTrue(
          doc.problems().stream().anyMatch(p -> p.message().startsWith("stray text '<Protocol>")),
          doc.problems()::toString);
    }
  }

  @Nested
  class Names {
    /**
     * Regression: an XML 1.1 document parsed, but a control character it carried ({@code &#x1;})
     * made writing it fail, and under 1.1 the JDK reported namespace declarations as attributes, so
     * the rewrite bound the reserved {@code xmlns} prefix and its own reader rejected it.
     */
    @Test
    void xml11IsRejectedBecauseItsDocumentsCannotBeWrittenBackAsXml10() {
      AutodiscoverException e = rejected(corpus("xml-1.1-control-character.xml"));
      assertEquals(
          "XML version 1.1 is not supported: Autodiscover documents are XML 1.0 (line 1, column 1)",
          e.getMessage());
      rejected("\n<?xml version=\"1.1\"?>" + document("<LoginName>a\u0085b</LoginName>"));
    }

    /**
     * Regression (found by the round-trip fuzz target): the JDK parser lets {@code <:name>} and
     * {@code :name="v"} through, and JAXB's DOM for unknown elements then threw a DOMException that
     * surfaced as "could not be bound" without a position.
     */
    @Test
    void namesWithAnEmptyPrefixAreRejectedWithTheirPosition() {
      // the JDK's parser lets such names through and the reader refuses them; Woodstox refuses
      // them itself, where it finds the colon
      AutodiscoverException element = rejected(corpus("empty-prefix-name.xml"));
      assertEquals(
          onWoodstoxElse(
              "not well-formed XML: Unexpected character ':' (code 58) (missing namespace prefix?)"
                  + " (line 7, column 10)",
              "element name ':Type' is not a valid namespace-qualified name (line 7, column 16)"),
          element.getMessage());
      AutodiscoverException attribute =
          rejected(document("").replace("<Protocol>", "<Protocol :Type='x'>"));
      assertTrue(
          attribute
              .getMessage()
              .startsWith(
                  onWoodstoxElse(
                      "not well-formed XML: Unexpected character ':'",
                      "attribute name ':Type' of <Protocol> is not")),
          attribute.getMessage());
    }

    @Test
    void anUnboundPrefixIsRejectedInWords() {
      AutodiscoverException e = rejected(corpus("unbound-prefix.xml"));
      // Woodstox words namespace errors itself, at the name's last character
      assertEquals(
          onWoodstoxElse(
              "not well-formed XML: Undeclared namespace prefix \"q\" (line 7, column 35)",
              "not well-formed XML: the prefix of element <q:Vendor> is not bound to a namespace"
                  + " [ElementPrefixUnbound] (line 7, column 36)"),
          e.getMessage());
    }

    @Test
    void otherNamespaceErrorsAreNamedInWordsToo() {
      assertReason(
          rejected(document("<Vendor a:x='1'/>")),
          onWoodstoxElse(
              "Undeclared namespace prefix \"a\" (for attribute \"x\")",
              "the prefix of attribute a:x is not bound to a namespace [AttributePrefixUnbound]"));
      assertReason(
          rejected(document("<Vendor xmlns:a='urn:a' xmlns:b='urn:a' a:x='1' b:x='2'/>")),
          onWoodstoxElse(
              "Duplicate attribute '{urn:a}x'",
              "an attribute appears twice on <Vendor> under one namespace [AttributeNSNotUnique]"));
      assertReason(
          rejected(document("<xmlns:Vendor/>")),
          onWoodstoxElse(
              "Undeclared namespace prefix \"xmlns\"",
              "element <xmlns:Vendor> uses the reserved prefix xmlns"));
      assertReason(
          rejected(document("<Vendor xmlns:xml='urn:a'/>")),
          onWoodstoxElse(
              "Trying to redeclare prefix \"xml\"", "the reserved prefix or namespace xml"));
      assertReason(
          rejected(document("<a:Vendor xmlns:a=''/>")),
          onWoodstoxElse(
              "Non-default namespace can not map to empty URI",
              "a prefixed namespace declaration has an empty value [EmptyPrefixedAttName]"));
    }

    /**
     * Regression (found by the parse fuzz target): the JDK says column 0 for a character right
     * after a CR.
     */
    @Test
    void aBadCharacterRightAfterACarriageReturnIsInColumnOne() {
      AutodiscoverException e = rejected("<Autodiscover xmlns=\"urn:x\r\u0000\"/>");
      assertEquals(2, e.line());
      assertEquals(1, e.column());
    }
  }

  static Stream<String> realSizedSamples() {
    return Stream.of(
        "exchange-2013-settings.xml",
        "exchange-online-settings.xml",
        "mobilesync-settings.xml",
        "lenient-no-namespace.xml",
        "outlook-request-email.xml");
  }

  /** Every prefix of a real response ends in the library's exception, except the whole document. */
  @ParameterizedTest
  @MethodSource("realSizedSamples")
  void everyTruncationEndsInTheLibrarysException(String sample) {
    byte[] full = HostileCorpus.sample(sample);
    int lastTag = new String(full, StandardCharsets.UTF_8).lastIndexOf('>') + 1;
    for (int length = 0; length < full.length; length++) {
      boolean parsed = Contract.parse(Arrays.copyOf(full, length)).isPresent();
      // only a cut after the closing tag, inside the trailing new line, can still be a whole
      // document
      assertEquals(
          length >= lastTag, parsed, "truncated to " + length + " of " + full.length + " bytes");
    }
  }
}
