package io.github.autodiscover4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/**
 * Each hardening setting of the factory, one by one. The reader rejects a DOCTYPE on its own as
 * well, so a test through the front door cannot tell whether any single setting is missing: defence
 * in depth hides it.
 */
class XmlTest {
  private final XMLInputFactory factory = Xml.newInputFactory(64, 100);

  @Test
  void dtdsAndExternalEntitiesAreOff() {
    assertEquals(false, factory.getProperty(XMLInputFactory.SUPPORT_DTD));
    assertEquals(false, factory.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES));
    assertEquals(false, factory.getProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES));
  }

  @Test
  void itReadsNamespacesAndWholeTexts() {
    assertEquals(true, factory.getProperty(XMLInputFactory.IS_NAMESPACE_AWARE));
    assertEquals(true, factory.getProperty(XMLInputFactory.IS_COALESCING));
  }

  @Test
  void theJdkLimitsSitJustAboveTheLibrarysOwn() {
    assertEquals(
        65, Integer.parseInt(String.valueOf(factory.getProperty("jdk.xml.maxElementDepth"))));
    assertEquals(
        101,
        Integer.parseInt(String.valueOf(factory.getProperty("jdk.xml.elementAttributeLimit"))));
    assertEquals(
        1000, Integer.parseInt(String.valueOf(factory.getProperty("jdk.xml.maxXMLNameLimit"))));
    assertEquals(
        1, Integer.parseInt(String.valueOf(factory.getProperty("jdk.xml.entityExpansionLimit"))));
    XMLInputFactory other = Xml.newInputFactory(10, 20);
    assertEquals(
        11, Integer.parseInt(String.valueOf(other.getProperty("jdk.xml.maxElementDepth"))));
    assertEquals(
        21, Integer.parseInt(String.valueOf(other.getProperty("jdk.xml.elementAttributeLimit"))));
    XMLInputFactory unlimited = Xml.newInputFactory(10, Integer.MAX_VALUE);
    assertEquals(
        Integer.MAX_VALUE,
        Integer.parseInt(String.valueOf(unlimited.getProperty("jdk.xml.elementAttributeLimit"))));
  }

  @Test
  void theResolverRefusesEveryResource() {
    XMLStreamException e =
        assertThrows(
            XMLStreamException.class,
            () ->
                factory.getXMLResolver().resolveEntity(null, "http://127.0.0.1/x.dtd", null, null));
    assertTrue(
        e.getMessage().contains("external resource 'http://127.0.0.1/x.dtd' refused"),
        e.getMessage());
  }
}
