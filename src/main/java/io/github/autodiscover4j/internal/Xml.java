package io.github.autodiscover4j.internal;

import javax.xml.stream.XMLInputFactory;

/**
 * The one StAX factory the library reads through: the JDK's own implementation (never whatever else
 * is on the class path), with DTDs and external entities off and the JDK's depth and name limits
 * set on this factory only, never through global system properties. DOCTYPE rejection itself
 * happens in {@link LenientReader}: with {@code SUPPORT_DTD=false} alone the JDK parser still lets
 * {@code <!DOCTYPE x>} through.
 */
final class Xml {
  private Xml() {}

  /**
   * A factory for the given limits. The JDK's own depth and attribute limits sit one above the
   * library's, so that {@link LenientReader} reports a breach in its own words and these only back
   * it up.
   */
  static XMLInputFactory newInputFactory(int maxDepth, int maxAttributes) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty("javax.xml.stream.isSupportingExternalEntities", false);
    f.setProperty("jdk.xml.maxElementDepth", maxDepth + 1);
    f.setProperty(
        "jdk.xml.elementAttributeLimit", (int) Math.min(Integer.MAX_VALUE, maxAttributes + 1L));
    f.setProperty("jdk.xml.maxXMLNameLimit", 1000);
    f.setProperty("jdk.xml.entityExpansionLimit", 1);
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new javax.xml.stream.XMLStreamException(
              "external resource '" + systemId + "' refused");
        });
    return f;
  }
}
