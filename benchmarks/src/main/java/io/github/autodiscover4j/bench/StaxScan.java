package io.github.autodiscover4j.bench;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The floors: a StAX parser visiting every event and touching every name, attribute and text, building
 * nothing. Three parsers, the same scan, the same settings as the library (no DTD, no external entities,
 * namespace aware, coalescing): the JDK's (what the library reads with), Woodstox (what Jackson XML reads with
 * by default) and Aalto (the fastest Java StAX parser we know of).
 */
public final class StaxScan {
  private StaxScan() {}

  // One holder each, so that a fresh JVM (the cold-start mains) loads only the parser it scans with.
  private static final class Jdk {
    static final XMLInputFactory FACTORY = configure(XMLInputFactory.newDefaultFactory());
  }

  private static final class Woodstox {
    static final XMLInputFactory FACTORY = configure(new WstxInputFactory());
  }

  private static final class Aalto {
    static final XMLInputFactory FACTORY = configure(new com.fasterxml.aalto.stax.InputFactoryImpl());
  }

  private static XMLInputFactory configure(XMLInputFactory f) {
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /**
   * Scans a document with the JDK's StAX.
   *
   * @param bytes the document
   * @return a value depending on every event, so that nothing is optimised away
   * @throws XMLStreamException when it is not well-formed
   */
  public static long scan(byte[] bytes) throws XMLStreamException {
    return scan(Jdk.FACTORY, bytes);
  }

  /**
   * Scans a document with Woodstox.
   *
   * @param bytes the document
   * @return a value depending on every event, as {@link #scan(byte[])}
   * @throws XMLStreamException when it is not well-formed
   */
  public static long woodstox(byte[] bytes) throws XMLStreamException {
    return scan(Woodstox.FACTORY, bytes);
  }

  /**
   * Scans a document with Aalto.
   *
   * @param bytes the document
   * @return a value depending on every event, as {@link #scan(byte[])}
   * @throws XMLStreamException when it is not well-formed
   */
  public static long aalto(byte[] bytes) throws XMLStreamException {
    return scan(Aalto.FACTORY, bytes);
  }

  /**
   * The StAX implementation behind each floor, for {@link Check}.
   *
   * @return the factory classes: JDK, Woodstox, Aalto
   */
  public static String implementations() {
    return Jdk.FACTORY.getClass().getName() + ", " + Woodstox.FACTORY.getClass().getName() + ", "
        + Aalto.FACTORY.getClass().getName();
  }

  private static long scan(XMLInputFactory factory, byte[] bytes) throws XMLStreamException {
    XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
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
