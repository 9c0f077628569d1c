package io.github.autodiscover4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.Namespaces;
import io.github.autodiscover4j.ParseOptions;
import io.github.autodiscover4j.Problem;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * The canonical view holds through the whole {@link XMLStreamReader} API, not only the calls JAXB
 * happens to make today: names, namespaces and attributes read the same whichever accessor asks.
 */
class LenientReaderTest {
  private static final String XML =
      "<a:Autodiscover xmlns:a=\"https://schemas.microsoft.com/exchange/autodiscover/"
          + "responseschema/2006\"><Response xmlns=\""
          + Namespaces.OUTLOOK_RESPONSE
          + "\"><Account><PROTOCOL "
          + "type=\"mapiHttp\" version=\"1\" xmlns:v=\"urn:v\" v:hint=\"h\"><!-- c --><smtplast> on </smtplast>"
          + "</PROTOCOL></Account></Response></a:Autodiscover>";

  private final List<Problem> problems = new ArrayList<>();

  private XMLStreamReader reader(String xml) throws XMLStreamException {
    XMLInputFactory factory = Xml.newInputFactory(64, 100);
    return new LenientReader(
        factory.createXMLStreamReader(new StringReader(xml)),
        factory,
        xml,
        ParseOptions.defaults(),
        0,
        problems,
        new Outline(),
        new UnknownCapture());
  }

  @Test
  void nextTagWalksTheCanonicalElements() throws XMLStreamException {
    XMLStreamReader r = reader(XML);
    List<QName> names = new ArrayList<>();
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        names.add(r.getName());
        assertEquals(r.getName(), new QName(r.getNamespaceURI(), r.getLocalName()));
      }
    }
    assertEquals(
        List.of(
            new QName(Namespaces.RESPONSE, "Autodiscover"),
            new QName(Namespaces.OUTLOOK_RESPONSE, "Response"),
            new QName(Namespaces.OUTLOOK_RESPONSE, "Account"),
            new QName(Namespaces.OUTLOOK_RESPONSE, "Protocol"),
            new QName(Namespaces.OUTLOOK_RESPONSE, "SMTPLast")),
        names);
  }

  /**
   * Regression: getElementText() was the delegate's, which moved the underlying reader past the end
   * tag behind this reader's back, so the next end tag was reported as {@code SMTPLast} instead of
   * {@code Protocol}.
   */
  @Test
  void nextTagSkipsWhiteSpaceAndCommentsAndEndsOnTheClosingName() throws XMLStreamException {
    XMLStreamReader r =
        reader(XML.replace("<Account>", "<Account>\n  ").replace("</smtplast>", "</smtplast>\n"));
    for (int i = 0; i < 4; i++) {
      assertEquals(XMLStreamConstants.START_ELEMENT, r.nextTag());
    }
    assertEquals("Protocol", r.getLocalName());
    assertEquals(XMLStreamConstants.START_ELEMENT, r.nextTag()); // past the comment
    assertEquals("SMTPLast", r.getLocalName());
    assertEquals(" on ", r.getElementText());
    assertEquals(XMLStreamConstants.END_ELEMENT, r.nextTag());
    assertEquals(new QName(Namespaces.OUTLOOK_RESPONSE, "Protocol"), r.getName());
    assertEquals(Namespaces.OUTLOOK_RESPONSE, r.getNamespaceURI());
  }

  @Test
  void getElementTextRefusesAnElementWithChildren() throws XMLStreamException {
    XMLStreamReader r = reader(XML);
    r.nextTag();
    XMLStreamException e =
        org.junit.jupiter.api.Assertions.assertThrows(XMLStreamException.class, r::getElementText);
    assertTrue(e.getMessage().contains("holds more"), e.getMessage());
  }

  @Test
  void attributesReadTheSameThroughEveryAccessor() throws XMLStreamException {
    XMLStreamReader r = reader(XML);
    while (!(r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Protocol"))) {
      // skip to the protocol
    }
    assertEquals(3, r.getAttributeCount());
    assertEquals(new QName("", "Type"), r.getAttributeName(0));
    assertEquals("Type", r.getAttributeLocalName(0));
    assertEquals("mapiHttp", r.getAttributeValue(0));
    assertEquals("", r.getAttributePrefix(0));
    assertEquals("CDATA", r.getAttributeType(0));
    assertTrue(r.isAttributeSpecified(0));
    assertEquals("mapiHttp", r.getAttributeValue(null, "Type"));
    assertEquals("mapiHttp", r.getAttributeValue("", "Type"));
    assertEquals("1", r.getAttributeValue("", "Version"));
    assertNull(r.getAttributeValue("", "type")); // the document's spelling is not the canonical one
    assertNull(r.getAttributeValue("urn:other", "Type"));
    assertEquals(new QName("urn:v", "hint", "v"), r.getAttributeName(2));
    assertEquals("urn:v", r.getAttributeNamespace(2));
    assertEquals("v", r.getAttributePrefix(2));
    assertEquals("h", r.getAttributeValue("urn:v", "hint"));
  }

  /**
   * The attributes the binder sees are the underlying reader's as they are until one is dropped or
   * renamed; from there on a mapping, which must keep the ones before it in their places.
   */
  @Test
  void attributesBeforeAndAfterADroppedOneKeepTheirPlacesAndNames() throws XMLStreamException {
    XMLStreamReader r =
        reader(
            XML.replace(
                "type=\"mapiHttp\" version=\"1\"",
                "Type=\"mapiHttp\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                    + " xsi:type=\"x\" version=\"1\""));
    while (!(r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Protocol"))) {
      // skip to the protocol
    }
    assertEquals(3, r.getAttributeCount());
    assertEquals(new QName("", "Type"), r.getAttributeName(0));
    assertEquals("mapiHttp", r.getAttributeValue(0));
    assertEquals("Version", r.getAttributeLocalName(1)); // renamed, after the dropped xsi:type
    assertEquals("1", r.getAttributeValue(1));
    assertEquals(new QName("urn:v", "hint", "v"), r.getAttributeName(2));
    assertEquals("h", r.getAttributeValue(2));
    assertEquals("1", r.getAttributeValue(null, "Version"));
    assertTrue(
        problems.stream().anyMatch(p -> p.message().contains("xsi:type")), problems::toString);
  }

  /**
   * A typed leaf is read once, by the check, and the binder takes that value: with its text in two
   * events (a comment between) both must still see the whole text.
   */
  @Test
  void aTypedValueInTwoTextEventsIsReadWholeByTheCheckAndTheBinder() throws Exception {
    String sample =
        new String(
            getClass().getResourceAsStream("/samples/isp-imap-smtp-smtplast-on.xml").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    var whole =
        io.github.autodiscover4j.Autodiscover.parse(
            sample.replace("<Port>993</Port>", "<Port>99<!-- c -->3</Port>"));
    assertEquals(993, whole.protocols().get(0).getPort().value().orElseThrow());
    assertTrue(whole.problems().isEmpty(), whole.problems()::toString);
    var junk =
        io.github.autodiscover4j.Autodiscover.parse(
            sample.replace("<Port>993</Port>", "<Port>99<!-- c -->x</Port>"));
    assertEquals("99x", junk.protocols().get(0).getPort().raw());
    assertEquals(1, junk.problems().size(), junk.problems()::toString);
    assertTrue(junk.problems().get(0).message().contains("'99x'"), junk.problems()::toString);
    var words =
        io.github.autodiscover4j.Autodiscover.parse(
            sample.replace("<SSL>on</SSL>", "<SSL>o<!-- c -->ff</SSL>"));
    assertEquals(
        io.github.autodiscover4j.value.OnOff.OFF,
        words.protocols().get(0).getSSL().known().orElseThrow());
  }

  @Test
  void namespaceDeclarationsReadAsTheCanonicalNamespaces() throws XMLStreamException {
    XMLStreamReader r = reader(XML);
    r.nextTag();
    assertEquals(1, r.getNamespaceCount());
    assertEquals(Namespaces.RESPONSE, r.getNamespaceURI(0));
    while (!(r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Protocol"))) {
      // skip to the protocol
    }
    assertEquals("urn:v", r.getNamespaceURI(0));
  }

  @Test
  void textOutsideElementsIsTheUnderlyingReadersAndPositionsAreKept() throws XMLStreamException {
    XMLStreamReader r = reader(XML.replace("<Account>", "<Account>stray"));
    while (r.hasNext()) {
      r.next();
    }
    assertEquals(1, problems.size());
    Problem p = problems.get(0);
    assertEquals("stray text 'stray' between elements was dropped", p.message());
    assertEquals(1, p.line());
    assertEquals(XML.indexOf("<Account>") + "<Account>".length() + 1, p.column());
    assertEquals("Autodiscover/Response/Account", p.path());
  }

  @Test
  void aLongStrayTextIsAbbreviatedToFortyCharacters() throws XMLStreamException {
    XMLStreamReader r = reader(XML.replace("<Account>", "<Account>" + "s".repeat(41)));
    while (r.hasNext()) {
      r.next();
    }
    assertEquals(
        "stray text '" + "s".repeat(40) + "...' between elements was dropped",
        problems.get(0).message());
  }

  @Test
  void anElementInsideATextElementIsDroppedAndReported() throws XMLStreamException {
    XMLStreamReader r = reader(XML.replace(" on </smtplast>", " on <b>bold</b></smtplast>"));
    while (r.hasNext()) {
      r.next();
    }
    assertEquals(
        "element <b> inside text element <SMTPLast> was dropped", problems.get(0).message());
  }
}
