package io.github.autodiscover4j.bench;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The floor: the JDK's StAX parser visiting every event and touching every name, attribute and text, building
 * nothing. Same factory settings as the library (no DTD, no external entities, namespace aware, coalescing).
 */
public final class StaxScan {
  private static final XMLInputFactory FACTORY = factory();

  private StaxScan() {}

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /**
   * Scans a document.
   *
   * @param bytes the document
   * @return a value depending on every event, so that nothing is optimised away
   * @throws XMLStreamException when it is not well-formed
   */
  public static long scan(byte[] bytes) throws XMLStreamException {
    XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
    long h = 0;
    while (r.hasNext()) {
      int event = r.next();
      h = h * 31 + event;
      switch (event) {
        case XMLStreamConstants.START_ELEMENT:
          h += r.getLocalName().hashCode();
          String ns = r.getNamespaceURI();
          h += ns == null ? 0 : ns.length();
          for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            h += r.getAttributeLocalName(i).hashCode() + r.getAttributeValue(i).length();
          }
          break;
        case XMLStreamConstants.END_ELEMENT:
          h += r.getLocalName().length();
          break;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          h += r.getTextLength();
          break;
        default:
          break;
      }
    }
    r.close();
    return h;
  }
}
