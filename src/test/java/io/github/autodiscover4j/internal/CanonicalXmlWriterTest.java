package io.github.autodiscover4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * The writer's canonical form through the whole {@code XMLStreamWriter} API, not only the calls
 * JAXB makes.
 */
class CanonicalXmlWriterTest {
  private final CanonicalXmlWriter w = new CanonicalXmlWriter();

  /** What the writer has written so far (flushed, as a caller of the StAX API would). */
  private String flushed() {
    w.flush();
    return w.text();
  }

  /**
   * The namespace of attribute {@code local} on element {@code element}, as a namespace-aware
   * parser reads it.
   */
  private static String attributeNamespace(String xml, String element, String local)
      throws XMLStreamException {
    XMLStreamReader r =
        XMLInputFactory.newDefaultFactory().createXMLStreamReader(new StringReader(xml));
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(element)) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
          if (r.getAttributeLocalName(i).equals(local)) {
            return r.getAttributeNamespace(i);
          }
        }
      }
    }
    throw new AssertionError("no attribute " + local + " on " + element + " in " + xml);
  }

  /**
   * Regression: a generated prefix could be one an enclosing element already used for another
   * namespace, so an attribute further down, written with the inherited prefix, landed in the wrong
   * namespace.
   */
  @Test
  void aGeneratedPrefixNeverShadowsOneInScope() throws XMLStreamException {
    w.writeStartDocument();
    w.writeStartElement("", "A", "urn:e");
    w.writeAttribute("ns1", "urn:a", "x", "1");
    w.writeStartElement("", "B", "urn:e");
    w.writeAttribute("", "urn:b", "y", "2");
    w.writeStartElement("", "C", "urn:e");
    w.writeAttribute("", "urn:a", "z", "3");
    w.writeEndDocument();
    String xml = flushed();
    assertEquals("urn:b", attributeNamespace(xml, "B", "y"), xml);
    assertEquals("urn:a", attributeNamespace(xml, "C", "z"), xml);
  }

  /**
   * Regression: a suggested prefix of xml for another namespace put the attribute in the XML
   * namespace.
   */
  @Test
  void theXmlPrefixIsOnlyEverTheXmlNamespace() throws XMLStreamException {
    w.writeStartElement("", "A", "urn:e");
    w.writeAttribute("xml", "urn:x", "lang", "en");
    w.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "space", "preserve");
    w.writeEndDocument();
    String xml = flushed();
    assertEquals("urn:x", attributeNamespace(xml, "A", "lang"), xml);
    assertEquals(javax.xml.XMLConstants.XML_NS_URI, attributeNamespace(xml, "A", "space"), xml);
  }

  @Test
  void everyStartDocumentWritesTheSameDeclaration() {
    w.writeStartDocument("1.0");
    w.writeStartDocument("UTF-16", "1.1");
    assertEquals("<?xml version=\"1.0\" encoding=\"utf-8\"?>".repeat(2), flushed());
  }

  @Test
  void emptyElementsOfEveryFormCloseThemselves() {
    w.writeStartElement("urn:e", "A");
    w.writeEmptyElement("urn:e", "B");
    w.writeEmptyElement("", "C", "urn:f");
    w.writeEmptyElement("D");
    w.writeStartElement("E");
    w.writeCData("x<y");
    w.writeComment("dropped");
    w.writeProcessingInstruction("dropped");
    w.writeProcessingInstruction("dropped", "too");
    w.writeEndDocument();
    assertEquals(
        "\n<A xmlns=\"urn:e\">\n  <B />\n  <C xmlns=\"urn:f\" />\n  <D />\n  <E>x&lt;y</E>\n</A>\n",
        flushed());
  }

  @Test
  void prefixesAreTheWritersOwn() {
    assertNull(w.getPrefix("urn:a"));
    w.writeStartElement("", "A", "urn:e");
    w.setPrefix("p", "urn:a");
    w.setDefaultNamespace("urn:other");
    w.writeNamespace("p", "urn:a");
    w.writeDefaultNamespace("urn:other");
    assertNull(w.getPrefix("urn:a"));
    w.writeAttribute("urn:a", "x", "1");
    assertEquals("ns1", w.getPrefix("urn:a"));
    assertNull(w.getNamespaceContext());
    w.writeEndElement();
    assertEquals("\n<A xmlns=\"urn:e\" xmlns:ns1=\"urn:a\" ns1:x=\"1\" />", flushed());
  }

  @Test
  void attributeWhiteSpaceSurvivesAsCharacterReferences() {
    w.writeStartElement("", "A", "");
    w.writeAttribute("v", "a\tb\nc\rd\"e");
    w.writeCharacters("t\tu\nv\rw\"x");
    w.writeEndElement();
    assertEquals("\n<A v=\"a&#9;b&#10;c&#13;d&quot;e\">t\tu\nv&#13;w\"x</A>", flushed());
  }

  @Test
  void whatAModelCannotHoldIsRefused() {
    assertThrows(UnsupportedOperationException.class, () -> w.writeDTD("<!DOCTYPE x>"));
    assertThrows(UnsupportedOperationException.class, () -> w.writeEntityRef("x"));
    assertThrows(IllegalArgumentException.class, () -> w.getProperty("anything"));
    assertThrows(IllegalArgumentException.class, () -> text("a\uDC00"));
    assertThrows(IllegalArgumentException.class, () -> text("a\uD800"));
    assertThrows(IllegalArgumentException.class, () -> text("a\uD800b"));
    assertThrows(IllegalArgumentException.class, () -> text("\uFFFE"));
    assertEquals("&amp;\uD83D\uDE00&lt;", text("&\uD83D\uDE00<"));
    assertEquals("\uD83D\uDE00", text("\uD83D\uDE00"));
  }

  /** The text of an element as the writer escapes it. */
  private static String text(String s) {
    CanonicalXmlWriter writer = new CanonicalXmlWriter();
    writer.writeStartElement("", "A", "");
    writer.writeCharacters(s);
    writer.writeEndElement();
    String xml = writer.text();
    return xml.substring(xml.indexOf("<A>") + 3, xml.lastIndexOf("</A>"));
  }
}
