package io.github.autodiscover4j.internal;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one StAX factory the library reads through: Woodstox when it is on the class path (Jackson
 * XML's own parser, so most applications that read XML have it; about twice as fast as the JDK's
 * per document), else the JDK's own implementation; never whatever else a service look-up would
 * find. Either way with DTDs and external entities off, the parser's own limits set one above the
 * library's, on this factory only (never through global system properties), and a resolver that
 * refuses every resource. DOCTYPE rejection itself happens in {@link LenientReader}: with {@code
 * SUPPORT_DTD=false} alone both parsers still let {@code <!DOCTYPE x>} through.
 *
 * <p>An old or broken Woodstox (a property this code sets is unknown to it) falls back to the JDK,
 * so a class path can make parsing slower but never less safe.
 */
final class Xml {
  private Xml() {}

  /** The parser the library reads through. */
  enum Parser {
    /** The JDK's built-in StAX implementation (Xerces-derived, in {@code java.xml}). */
    JDK,
    /** Woodstox ({@code com.fasterxml.woodstox:woodstox-core}), when present. */
    WOODSTOX
  }

  private static final boolean WOODSTOX_PRESENT = woodstoxWorks();

  /** Woodstox when it is present and takes every hardening setting, else the JDK. */
  static Parser preferred() {
    return WOODSTOX_PRESENT ? Parser.WOODSTOX : Parser.JDK;
  }

  /** Which parser a factory made by this class reads with. */
  static Parser parserOf(XMLInputFactory factory) {
    return WOODSTOX_PRESENT && Woodstox.made(factory) ? Parser.WOODSTOX : Parser.JDK;
  }

  /**
   * A factory of the preferred parser for the given limits. The parser's own depth and attribute
   * limits sit one above the library's, so that {@link LenientReader} reports a breach in its own
   * words and these only back it up.
   */
  static XMLInputFactory newInputFactory(int maxDepth, int maxAttributes) {
    return newInputFactory(preferred(), maxDepth, maxAttributes);
  }

  /** A factory of the given parser (Woodstox must be present) for the given limits. */
  static XMLInputFactory newInputFactory(Parser parser, int maxDepth, int maxAttributes) {
    int depthLimit = maxDepth + 1;
    int attributeLimit = (int) Math.min(Integer.MAX_VALUE, maxAttributes + 1L);
    XMLInputFactory f =
        parser == Parser.WOODSTOX
            ? Woodstox.newInputFactory(depthLimit, attributeLimit)
            : XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    if (parser == Parser.JDK) {
      f.setProperty("jdk.xml.maxElementDepth", depthLimit);
      f.setProperty("jdk.xml.elementAttributeLimit", attributeLimit);
      f.setProperty("jdk.xml.maxXMLNameLimit", 1000);
      f.setProperty("jdk.xml.entityExpansionLimit", 1);
    }
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resource '" + systemId + "' refused");
        });
    return f;
  }

  /**
   * A reader of a document's text: the bytes themselves when the parser is Woodstox and they are an
   * ASCII document read as it declares (see {@link AsciiText#readAsDeclared}), as Jackson XML
   * reads; else the characters through a {@code Reader}.
   */
  static XMLStreamReader reader(XMLInputFactory factory, CharSequence xml)
      throws XMLStreamException {
    if (xml instanceof AsciiText ascii
        && ascii.readAsDeclared()
        && parserOf(factory) == Parser.WOODSTOX) {
      return Woodstox.reader(factory, ascii.bytes(), ascii.start(), ascii.length());
    }
    return factory.createXMLStreamReader(AsciiText.reader(xml));
  }

  private static boolean woodstoxWorks() {
    try {
      newInputFactory(Parser.WOODSTOX, 64, 100)
          .createXMLStreamReader(new java.io.StringReader("<a/>"));
      return true;
    } catch (LinkageError | RuntimeException | XMLStreamException absentOrUnfit) {
      // not on the class path (or not readable from this module), or a version without one of
      // the settings: the JDK's parser is always there
      return false;
    }
  }
}
