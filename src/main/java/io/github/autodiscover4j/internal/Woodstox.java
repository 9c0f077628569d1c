package io.github.autodiscover4j.internal;

import com.ctc.wstx.api.WstxInputProperties;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.io.Stax2ByteArraySource;

/**
 * Everything that names a Woodstox or Stax2 class, so that this class alone is loaded when Woodstox
 * is present, and never when it is not.
 */
final class Woodstox {
  private Woodstox() {}

  /**
   * A Woodstox factory with its own limits set: depth and attribute count as given (one above the
   * library's), the attribute size unbounded (the library's own limit, checked after, is the one
   * that speaks; the input is bounded and in memory already), and no entity expanded.
   */
  static XMLInputFactory newInputFactory(int maxDepth, int maxAttributes) {
    XMLInputFactory f;
    try {
      // by name: the class carries an OSGi annotation whose class the compiler would look for
      f =
          Class.forName("com.ctc.wstx.stax.WstxInputFactory")
              .asSubclass(XMLInputFactory.class)
              .getConstructor()
              .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Woodstox's factory cannot be created: " + e, e);
    }
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, maxDepth);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, maxAttributes);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, Integer.MAX_VALUE);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1L);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
    f.setProperty(WstxInputProperties.P_DTD_RESOLVER, null);
    f.setProperty(WstxInputProperties.P_ENTITY_RESOLVER, null);
    f.setProperty(WstxInputProperties.P_UNDECLARED_ENTITY_RESOLVER, null);
    return f;
  }

  /**
   * Whether a factory is Woodstox's (only asked when Woodstox is present): the library's factories
   * are Woodstox's or the JDK's, and of the two only Woodstox's is a Stax2 factory.
   */
  static boolean made(XMLInputFactory factory) {
    return factory instanceof XMLInputFactory2;
  }

  /**
   * A reader of bytes, as Jackson XML hands them to Woodstox: Woodstox reads the XML declaration
   * itself and decodes the rest without a {@link java.io.Reader} in between.
   */
  static XMLStreamReader reader(XMLInputFactory factory, byte[] bytes, int from, int length)
      throws XMLStreamException {
    return ((XMLInputFactory2) factory)
        .createXMLStreamReader(new Stax2ByteArraySource(bytes, from, length));
  }

  /**
   * Where the current event ends, which is where the JDK's parser reports every event (a start
   * element after its {@code >}); Woodstox's plain {@code getLocation()} says where it starts.
   */
  static Location end(XMLStreamReader reader) throws XMLStreamException {
    return ((XMLStreamReader2) reader).getLocationInfo().getEndLocation();
  }

  /** The character offset where the current event ends: {@link #end} without a new object. */
  static long endOffset(XMLStreamReader reader) throws XMLStreamException {
    return ((XMLStreamReader2) reader).getLocationInfo().getEndingCharOffset();
  }

  /** Where the current event starts. */
  static Location start(XMLStreamReader reader) {
    return ((XMLStreamReader2) reader).getLocationInfo().getStartLocation();
  }
}
