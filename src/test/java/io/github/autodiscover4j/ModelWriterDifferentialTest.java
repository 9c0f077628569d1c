package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.internal.Codec;
import io.github.autodiscover4j.model.AutodiscoverRoot;
import io.github.autodiscover4j.model.autoconfig.ClientConfig;
import io.github.autodiscover4j.model.envelope.ResponseEnvelope;
import io.github.autodiscover4j.model.outlook.Account;
import io.github.autodiscover4j.model.outlook.OutlookResponse;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.value.UnknownElement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/**
 * The table-driven model writer against JAXB's marshaller, both into the one canonical writer: the
 * same bytes for every sample, for random models, for models XML cannot carry (the same refusal),
 * for unknown elements, empty lists and null fields.
 */
class ModelWriterDifferentialTest {
  private static final Path SAMPLES = Paths.get("src/test/resources/samples");
  private static final int TRIES = Integer.getInteger("autodiscover4j.tries", 300);

  /** Asserts both writers agree; returns whether the model writer wrote it itself. */
  private static boolean same(String what, Object root) {
    String jaxb;
    try {
      jaxb = Codec.writeWithJaxb(root);
    } catch (IllegalArgumentException refused) {
      IllegalArgumentException ours =
          assertThrows(
              IllegalArgumentException.class,
              () -> Codec.writeWithModelWriter(root),
              what + ": JAXB refused, the model writer did not");
      assertEquals(refused.getMessage(), ours.getMessage(), what);
      return true;
    }
    String ours = Codec.writeWithModelWriter(root);
    if (ours != null) {
      assertEquals(jaxb, ours, what);
    }
    // and the front door writes what JAXB writes, whichever way it goes
    String front =
        root instanceof ClientConfig c
            ? Autoconfig.toXml(c)
            : Autodiscover.toXml((AutodiscoverRoot) root);
    assertEquals(jaxb, front, what);
    return ours != null;
  }

  @Test
  void everySampleIsWrittenAsJaxbWritesIt() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SAMPLES)) {
      files =
          walk.filter(p -> p.toString().endsWith(".xml"))
              .filter(p -> !p.startsWith(SAMPLES.resolve("v2")))
              .sorted()
              .toList();
    }
    int written = 0;
    int direct = 0;
    Set<String> viaJaxb = new TreeSet<>();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      Object root;
      try {
        root =
            file.startsWith(SAMPLES.resolve("autoconfig"))
                ? Autoconfig.parse(bytes).root()
                : Autodiscover.parse(bytes).root();
      } catch (AutodiscoverException notReadable) {
        continue; // an HTML page, say: nothing to write
      }
      written++;
      if (same(file.toString(), root)) {
        direct++;
      } else {
        viaJaxb.add(file.getFileName().toString());
      }
    }
    assertTrue(written > 70, "samples written: " + written);
    // only documents with namespaced attributes need JAXB's own prefixes
    assertTrue(viaJaxb.size() <= 3, "written through JAXB: " + viaJaxb);
    assertTrue(direct > 0);
  }

  @Test
  void randomModelsAreWrittenAsJaxbWritesThem() {
    Set<String> reached = new TreeSet<>();
    int direct = 0;
    for (RandomModels.Root kind : RandomModels.Root.values()) {
      for (int seed = 0; seed < TRIES; seed++) {
        long fullSeed = ((long) kind.ordinal() << 32) | seed;
        AutodiscoverRoot model = new RandomModels(fullSeed, reached).root(kind);
        direct += same("seed " + fullSeed, model) ? 1 : 0;
        direct += same("seed " + fullSeed + " stripped", stripNamespacedAttributes(model)) ? 1 : 0;
      }
    }
    for (int seed = 0; seed < TRIES; seed++) {
      ClientConfig model = new RandomModels(seed, reached).autoconfig();
      direct += same("autoconfig seed " + seed, model) ? 1 : 0;
      direct +=
          same("autoconfig seed " + seed + " stripped", stripNamespacedAttributes(model)) ? 1 : 0;
    }
    assertTrue(direct >= TRIES * 3, "written by the model writer itself: " + direct);
  }

  @Test
  void unwritableCharactersAreRefusedAlike() throws Exception {
    for (String bad : List.of("a\u0001b", "x\uFFFE", "\uD800", "ok\uDC00", "\u001F")) {
      OutlookResponse response = new OutlookResponse();
      Account account = new Account();
      Protocol protocol = new Protocol();
      protocol.setType("IMAP");
      protocol.setServer(bad);
      account.getProtocol().add(protocol);
      response.getAccount().add(account);
      ResponseEnvelope envelope = new ResponseEnvelope();
      envelope.getContent().add(response);
      assertThrows(IllegalArgumentException.class, () -> Codec.writeWithJaxb(envelope));
      same("bad text " + bad.codePointAt(bad.length() - 1), envelope);

      protocol.setServer("fine");
      protocol.setTypeAttribute(bad);
      same("bad attribute", envelope);

      protocol.setTypeAttribute(null);
      protocol
          .getUnknownElements()
          .add(new UnknownElement(new QName("urn:x", "Hint"), Map.of(), List.of(bad)));
      same("bad unknown text", envelope);
    }
  }

  @Test
  void unknownElementsEmptyListsAndNullFields() {
    ResponseEnvelope envelope = new ResponseEnvelope();
    assertTrue(same("empty envelope", envelope));
    OutlookResponse response = new OutlookResponse();
    envelope.getContent().add(response);
    assertTrue(same("empty response", envelope));
    Account account = new Account();
    response.getAccount().add(account);
    account.getProtocol(); // an empty list
    account.getUnknownElements();
    assertTrue(same("empty lists", envelope));
    Protocol protocol = new Protocol();
    account.getProtocol().add(protocol);
    protocol.setServer("");
    assertTrue(same("empty text", envelope));

    Map<QName, String> attributes = new LinkedHashMap<>();
    attributes.put(new QName("level"), "2 < 3 & \"4\"\t\n\r");
    attributes.put(new QName(XMLConstants.XML_NS_URI, "lang", "xml"), "en");
    List<Object> mixed = new ArrayList<>();
    mixed.add("text & <more>\r\n");
    mixed.add(new UnknownElement(new QName("urn:other", "Child", "o"), Map.of(), List.of()));
    mixed.add("tail");
    mixed.add(
        new UnknownElement(
            new QName("urn:x", "Nested", "p"),
            Map.of(),
            List.of(
                new UnknownElement(
                    new QName(XMLConstants.XML_NS_URI, "space"), Map.of(), List.of("x")))));
    UnknownElement unknown =
        new UnknownElement(new QName("urn:x", "Vendor", "p"), attributes, mixed);
    protocol.getUnknownElements().add(unknown);
    account.getUnknownElements().add(unknown);
    envelope.getContent().add(unknown);
    response.getOtherAttributes().put(new QName("plain"), "v");
    assertTrue(same("unknown elements", envelope));

    // namespaced attributes take JAXB's prefixes: written through JAXB, the same either way
    Map<QName, String> prefixed = Map.of(new QName("urn:y", "flag", "y"), "1");
    protocol
        .getUnknownElements()
        .add(new UnknownElement(new QName("urn:x", "Flagged", "p"), prefixed, List.of()));
    same("namespaced attribute", envelope);
    assertNotNull(Codec.writeWithJaxb(envelope));
  }

  /**
   * Removes namespaced attributes (other than xml:) in place, making a model the model writer
   * writes itself.
   */
  private static <T> T stripNamespacedAttributes(T root) {
    strip(root);
    return root;
  }

  @SuppressWarnings("unchecked")
  private static void strip(Object bean) {
    for (Class<?> c = bean.getClass(); c != Object.class; c = c.getSuperclass()) {
      for (java.lang.reflect.Field field : c.getDeclaredFields()) {
        if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        field.setAccessible(true);
        Object value;
        try {
          value = field.get(bean);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
        if (value instanceof Map<?, ?> map) {
          map.keySet().removeIf(ModelWriterDifferentialTest::namespaced);
        } else if (value instanceof List<?> list) {
          List<Object> items = (List<Object>) list;
          for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item instanceof UnknownElement u) {
              items.set(i, stripped(u));
            } else if (item != null && item.getClass().getName().contains(".model.")) {
              strip(item);
            }
          }
        } else if (value != null && value.getClass().getName().contains(".model.")) {
          strip(value);
        }
      }
    }
  }

  private static boolean namespaced(Object key) {
    String ns = ((QName) key).getNamespaceURI();
    return !ns.isEmpty() && !ns.equals(XMLConstants.XML_NS_URI);
  }

  private static UnknownElement stripped(UnknownElement u) {
    Map<QName, String> attributes = new LinkedHashMap<>(u.attributes());
    attributes.keySet().removeIf(ModelWriterDifferentialTest::namespaced);
    List<Object> content = new ArrayList<>();
    for (Object item : u.content()) {
      content.add(item instanceof UnknownElement child ? stripped(child) : item);
    }
    return new UnknownElement(u.name(), attributes, content);
  }
}
