package io.github.autodiscover4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each hardening setting of each parser's factory, one by one. The reader rejects a DOCTYPE on its
 * own as well, so a test through the front door cannot tell whether any single setting is missing:
 * defence in depth hides it. Woodstox's tests run where it is on the class path (the default test
 * run); the JDK's run everywhere.
 */
class XmlTest {
  private static XMLInputFactory factory(Xml.Parser parser, int maxDepth, int maxAttributes) {
    if (parser == Xml.Parser.WOODSTOX) {
      assumeTrue(TestParsers.woodstox(), "Woodstox is not on this run's class path");
    }
    return Xml.newInputFactory(parser, maxDepth, maxAttributes);
  }

  @ParameterizedTest
  @EnumSource(Xml.Parser.class)
  void dtdsAndExternalEntitiesAreOff(Xml.Parser parser) {
    XMLInputFactory factory = factory(parser, 64, 100);
    assertEquals(false, factory.getProperty(XMLInputFactory.SUPPORT_DTD));
    assertEquals(false, factory.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES));
    assertEquals(false, factory.getProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES));
  }

  @ParameterizedTest
  @EnumSource(Xml.Parser.class)
  void itReadsNamespacesAndWholeTexts(Xml.Parser parser) {
    XMLInputFactory factory = factory(parser, 64, 100);
    assertEquals(true, factory.getProperty(XMLInputFactory.IS_NAMESPACE_AWARE));
    assertEquals(true, factory.getProperty(XMLInputFactory.IS_COALESCING));
    assertEquals(parser, Xml.parserOf(factory));
  }

  @Test
  void theJdkLimitsSitJustAboveTheLibrarysOwn() {
    XMLInputFactory factory = factory(Xml.Parser.JDK, 64, 100);
    assertEquals(
        65, Integer.parseInt(String.valueOf(factory.getProperty("jdk.xml.maxElementDepth"))));
    assertEquals(
        101,
        Integer.parseInt(String.valueOf(factory.getProperty("jdk.xml.elementAttributeLimit"))));
    assertEquals(
        1000, Integer.parseInt(String.valueOf(factory.getProperty("jdk.xml.maxXMLNameLimit"))));
    assertEquals(
        1, Integer.parseInt(String.valueOf(factory.getProperty("jdk.xml.entityExpansionLimit"))));
    XMLInputFactory other = factory(Xml.Parser.JDK, 10, 20);
    assertEquals(
        11, Integer.parseInt(String.valueOf(other.getProperty("jdk.xml.maxElementDepth"))));
    assertEquals(
        21, Integer.parseInt(String.valueOf(other.getProperty("jdk.xml.elementAttributeLimit"))));
    XMLInputFactory unlimited = factory(Xml.Parser.JDK, 10, Integer.MAX_VALUE);
    assertEquals(
        Integer.MAX_VALUE,
        Integer.parseInt(String.valueOf(unlimited.getProperty("jdk.xml.elementAttributeLimit"))));
  }

  @Test
  void woodstoxsLimitsSitJustAboveTheLibrarysOwn() {
    XMLInputFactory factory = factory(Xml.Parser.WOODSTOX, 64, 100);
    assertEquals(65, factory.getProperty("com.ctc.wstx.maxElementDepth"));
    assertEquals(101, factory.getProperty("com.ctc.wstx.maxAttributesPerElement"));
    // the library's attribute-length limit is the one that speaks (ParseOptions.maxAttributeLength)
    assertEquals(Integer.MAX_VALUE, factory.getProperty("com.ctc.wstx.maxAttributeSize"));
    assertEquals(1L, factory.getProperty("com.ctc.wstx.maxEntityCount"));
    assertEquals(1, factory.getProperty("com.ctc.wstx.maxEntityDepth"));
    XMLInputFactory unlimited = factory(Xml.Parser.WOODSTOX, 10, Integer.MAX_VALUE);
    assertEquals(Integer.MAX_VALUE, unlimited.getProperty("com.ctc.wstx.maxAttributesPerElement"));
  }

  /** Woodstox's own depth limit, one level beyond the library's, backs the reader's up. */
  @Test
  void woodstoxItselfStopsOneLevelBelowTheLibrarysDepth() throws XMLStreamException {
    XMLInputFactory factory = factory(Xml.Parser.WOODSTOX, 3, 100);
    XMLStreamReader ok =
        factory.createXMLStreamReader(new StringReader("<a><b><c><d/></c></b></a>"));
    while (ok.hasNext()) {
      ok.next();
    }
    XMLStreamReader deep =
        factory.createXMLStreamReader(new StringReader("<a><b><c><d><e/></d></c></b></a>"));
    XMLStreamException e =
        assertThrows(
            XMLStreamException.class,
            () -> {
              while (deep.hasNext()) {
                deep.next();
              }
            });
    assertTrue(e.getMessage().contains("Maximum Element Depth limit (4)"), e.getMessage());
  }

  /**
   * With the DTD off, Woodstox still reports the DOCTYPE (the reader refuses it) but reads no
   * entity.
   */
  @Test
  void woodstoxExpandsNoEntity() throws XMLStreamException {
    XMLInputFactory factory = factory(Xml.Parser.WOODSTOX, 64, 100);
    XMLStreamReader r =
        factory.createXMLStreamReader(
            new StringReader("<!DOCTYPE a [<!ENTITY x 'boom'>]><a>&x;</a>"));
    assertEquals(XMLStreamConstants.DTD, r.next());
    assertEquals(XMLStreamConstants.START_ELEMENT, r.next());
    assertEquals(XMLStreamConstants.ENTITY_REFERENCE, r.next());
    assertEquals("x", r.getLocalName());
  }

  @ParameterizedTest
  @EnumSource(Xml.Parser.class)
  void theResolverRefusesEveryResource(Xml.Parser parser) {
    XMLInputFactory factory = factory(parser, 64, 100);
    XMLStreamException e =
        assertThrows(
            XMLStreamException.class,
            () ->
                factory.getXMLResolver().resolveEntity(null, "http://127.0.0.1/x.dtd", null, null));
    assertTrue(
        e.getMessage().contains("external resource 'http://127.0.0.1/x.dtd' refused"),
        e.getMessage());
  }

  /**
   * Woodstox reads the bytes themselves, as Jackson XML hands them over, only where they read as
   * the text the library sniffed: an ASCII document declared UTF-8, US-ASCII, ISO-8859-1 or
   * nothing. A declaration of UTF-16 over ASCII bytes (Exchange writes it), a name with space
   * around it, or white space first with no declaration in sight (one may follow past the sniff's
   * look) goes through a {@code Reader} of the characters, as before; either way the parser sees
   * the same document, and its offsets count the same characters.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "'<?xml version=\"1.0\" encoding=\"utf-8\"?>', true",
    "'<?xml version=\"1.0\" encoding=\"UTF-8\"?>', true",
    "'<?xml version=\"1.0\" encoding=\"US-ASCII\"?>', true",
    "'<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>', true",
    "'<?xml version=\"1.0\"?>', true",
    "'', true",
    "'  <?xml version=\"1.0\" encoding=\"utf-8\"?>', true",
    "' ', false",
    "'<?xml version=\"1.0\" encoding=\"utf-16\"?>', false",
    "'<?xml version=\"1.0\" encoding=\" utf-8\"?>', false",
    "'<?xml version=\"1.0\" encoding=\"latin1\"?>', false",
    "'<?xml version=\"1.0\" encoding=\"windows-1252\"?>', false",
  })
  void woodstoxReadsTheBytesWhereTheyReadAsDeclared(String declaration, boolean bytes)
      throws Exception {
    XMLInputFactory factory = factory(Xml.Parser.WOODSTOX, 64, 100);
    String lineBreak = declaration.isEmpty() ? "" : "\n";
    String document = declaration + lineBreak + "<a xmlns=\"urn:x\"><b>text</b></a>";
    CharSequence text =
        TextInput.text(
            document.getBytes(java.nio.charset.StandardCharsets.US_ASCII), document.length());
    int start = document.indexOf("<?xml") > 0 ? document.indexOf("<?xml") : 0;
    CharSequence xml = text.subSequence(start, text.length());
    XMLStreamReader reader = Xml.reader(factory, xml);
    // Woodstox names the encoding it decoded bytes in, and none for characters it was handed
    assertEquals(bytes, reader.getEncoding() != null, String.valueOf(reader.getEncoding()));
    reader.nextTag();
    reader.nextTag();
    assertEquals("b", reader.getLocalName());
    assertEquals(document.indexOf("<b>") - start, reader.getLocation().getCharacterOffset());
    assertEquals(
        document.indexOf("<b>") + 3 - start,
        Woodstox.endOffset(reader),
        "offsets count the same characters either way");
    assertEquals("text", reader.getElementText());
    assertEquals(lineBreak.isEmpty() ? 1 : 2, reader.getLocation().getLineNumber());
  }

  /**
   * The sniff looks at a document's first 200 bytes; a declaration it does not see whole (white
   * space before it or inside it) may name any encoding, so the parser is handed characters, as
   * before, and reads the document all the same.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"<?xml version=\"1.0\"%s encoding=\"utf-16\"?>", "%s<?xml version=\"1.0\"?>"})
  void aDeclarationTheSniffDoesNotSeeWholeIsNotHandedOverAsBytes(String declaration)
      throws Exception {
    XMLInputFactory factory = factory(Xml.Parser.WOODSTOX, 64, 100);
    String document = String.format(declaration, " ".repeat(250)) + "<a xmlns=\"urn:x\"/>";
    CharSequence text =
        TextInput.text(
            document.getBytes(java.nio.charset.StandardCharsets.US_ASCII), document.length());
    int start = document.indexOf("<?xml");
    XMLStreamReader reader = Xml.reader(factory, text.subSequence(start, text.length()));
    assertEquals(null, reader.getEncoding());
    assertEquals(XMLStreamConstants.START_ELEMENT, reader.nextTag());
    assertEquals("a", reader.getLocalName());
  }
}
