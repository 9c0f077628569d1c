package io.github.autodiscover4j;

import io.github.autodiscover4j.model.AutodiscoverRoot;
import io.github.autodiscover4j.value.HoursValue;
import io.github.autodiscover4j.value.IntValue;
import io.github.autodiscover4j.value.OnOff;
import io.github.autodiscover4j.value.OnOffValue;
import io.github.autodiscover4j.value.UnknownElement;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.xml.namespace.QName;

/**
 * Makes random valid models of every kind of document, reflectively from the generated classes so
 * that every element and attribute of the schemas is reached: each field is set or left out at
 * random, lists get zero to three items, and every string comes from {@link #text()}, which favours
 * what breaks writers: markup characters, white space alone, line ends, characters outside the
 * Basic Multilingual Plane. Unknown elements and attributes are added in a vendor namespace.
 * Deterministic for a seed.
 */
final class RandomModels {
  static final String VENDOR = "urn:example:vendor";
  private static final int MAX_DEPTH = 6;

  /** The kinds of root a model can have. */
  enum Root {
    OUTLOOK_RESPONSE,
    PROTOCOL_ERROR,
    MOBILE_SYNC_RESPONSE,
    OUTLOOK_REQUEST,
    MOBILE_SYNC_REQUEST
  }

  private static final String[] PIECES = {
    "imap.example.com",
    "alice@example.com",
    "https://mail.example.com/EWS/Exchange.asmx",
    "on",
    "Off",
    "993",
    "<",
    ">",
    "&",
    "\"",
    "'",
    "]]>",
    "&amp;",
    "<![CDATA[",
    "<!--",
    "?>",
    " ",
    "   ",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\u00A0",
    "\u2028",
    "\uFEFF",
    "\uD83D\uDE00",
    "\uD834\uDD1E",
    "\uDBFF\uDFFF",
    "\u4E2D\u6587",
    "e\u0301",
    "\u00E9",
    "\uFFFD",
    "\uD7FF",
    "\uE000",
    "/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=alice",
  };

  private final SplittableRandom random;
  private final Set<String> reached;

  /**
   * A generator for one seed.
   *
   * @param seed the seed
   * @param reached where to record each field that was given a value, as {@code Class.field}
   */
  RandomModels(long seed, Set<String> reached) {
    this.random = new SplittableRandom(seed);
    this.reached = reached;
  }

  /** A random root model of the given kind. */
  AutodiscoverRoot root(Root kind) {
    switch (kind) {
      case OUTLOOK_REQUEST:
        return fill(new io.github.autodiscover4j.model.request.OutlookRequestEnvelope(), 0);
      case MOBILE_SYNC_REQUEST:
        return fill(
            new io.github.autodiscover4j.model.mobilesync.request.MobileSyncRequestEnvelope(), 0);
      default:
        io.github.autodiscover4j.model.envelope.ResponseEnvelope envelope =
            new io.github.autodiscover4j.model.envelope.ResponseEnvelope();
        Object response =
            kind == Root.OUTLOOK_RESPONSE
                ? new io.github.autodiscover4j.model.outlook.OutlookResponse()
                : kind == Root.PROTOCOL_ERROR
                    ? new io.github.autodiscover4j.model.envelope.ProtocolErrorResponse()
                    : new io.github.autodiscover4j.model.mobilesync.MobileSyncResponse();
        envelope.getContent().add(fill(response, 1));
        if (chance(0.2)) {
          envelope.getContent().add(unknownElement(1));
        }
        fillOtherAttributes(envelope.getOtherAttributes());
        return envelope;
    }
  }

  /** A random autoconfig model. */
  io.github.autodiscover4j.model.autoconfig.ClientConfig autoconfig() {
    return fill(new io.github.autodiscover4j.model.autoconfig.ClientConfig(), 0);
  }

  /** Random text, often built from pieces that are hard to write. */
  String text() {
    int parts = random.nextInt(4);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      if (chance(0.7)) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      } else {
        // any character XML can carry, from the whole of Unicode
        int cp;
        do {
          cp = random.nextInt(0x20, 0x110000);
        } while ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF);
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> T fill(T model, int depth) {
    for (Field field : model.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      field.setAccessible(true);
      try {
        Object value = field.get(model);
        if (field.isAnnotationPresent(XmlAnyAttribute.class)) {
          @SuppressWarnings("unchecked")
          Map<QName, String> attributes = (Map<QName, String>) value;
          fillOtherAttributes(attributes);
        } else if (field.isAnnotationPresent(XmlAnyElement.class)) {
          if (field.getName().equals("unknownElements") && chance(0.15)) {
            List<Object> unknown = new ArrayList<>();
            for (int i = random.nextInt(1, 3); i > 0; i--) {
              unknown.add(unknownElement(depth + 1));
            }
            field.set(model, unknown);
          }
        } else if (field.isAnnotationPresent(XmlElement.class)
            || field.isAnnotationPresent(XmlAttribute.class)
            || field.isAnnotationPresent(XmlValue.class)
            // the autoconfig model: XJC leaves out @XmlElement where the name is the field's
            || (field.getAnnotations().length == 0 && !field.isSynthetic())) {
          Object generated = value(field, depth);
          if (generated != null) {
            reached.add(model.getClass().getSimpleName() + "." + field.getName());
            field.set(model, generated);
          }
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return model;
  }

  private Object value(Field field, int depth) throws ReflectiveOperationException {
    // Simple content has no absent form in XML: an empty element reads as "", so a value is always
    // made.
    if (!chance(0.6) && !field.isAnnotationPresent(XmlValue.class)) {
      return null;
    }
    Class<?> type = field.getType();
    if (List.class.isAssignableFrom(type)) {
      Class<?> item =
          (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
      if (depth >= MAX_DEPTH && item.isAnnotationPresent(XmlType.class)) {
        return null;
      }
      List<Object> items = new ArrayList<>();
      for (int i = random.nextInt(1, 4); i > 0; i--) {
        items.add(single(item, depth));
      }
      return items;
    }
    if (depth >= MAX_DEPTH && type.isAnnotationPresent(XmlType.class)) {
      return null;
    }
    return single(type, depth);
  }

  private Object single(Class<?> type, int depth) throws ReflectiveOperationException {
    if (type == String.class) {
      return text();
    }
    if (type == IntValue.class) {
      return chance(0.5)
          ? IntValue.of(random.nextInt())
          : IntValue.parse(text(), 0, 65535, "value");
    }
    if (type == HoursValue.class) {
      return chance(0.5) ? HoursValue.of(random.nextInt(1_000_000)) : HoursValue.parse(text());
    }
    if (type == OnOffValue.class) {
      return chance(0.6)
          ? OnOffValue.of(chance(0.5) ? OnOff.ON : OnOff.OFF)
          : OnOffValue.parse(text());
    }
    if (type.isAnnotationPresent(XmlType.class)) {
      return fill(type.getDeclaredConstructor().newInstance(), depth + 1);
    }
    throw new IllegalStateException("no generator for " + type);
  }

  private void fillOtherAttributes(Map<QName, String> attributes) {
    if (chance(0.1)) {
      attributes.put(new QName(VENDOR, "hint", "v"), text());
    }
  }

  /**
   * An unknown element in the vendor namespace whose XML form reads back as the same value: its
   * content is one text (white space alone is fine), or children with text between them that is not
   * white space alone (which a reader takes for indentation) and never two texts in a row (which a
   * reader joins).
   */
  private UnknownElement unknownElement(int depth) {
    Map<QName, String> attributes = new LinkedHashMap<>();
    if (chance(0.3)) {
      attributes.put(new QName("", "level"), text());
    }
    if (chance(0.2)) {
      attributes.put(new QName(VENDOR, "flag", "v"), text());
    }
    List<Object> content = new ArrayList<>();
    if (depth < MAX_DEPTH && chance(0.4)) {
      for (int i = random.nextInt(1, 3); i > 0; i--) {
        if (chance(0.3)) {
          String between = text();
          if (!between.isBlank()) {
            content.add(between);
          }
        }
        content.add(unknownElement(depth + 1));
      }
    } else if (chance(0.7)) {
      String only = text();
      if (!only.isEmpty()) {
        content.add(only);
      }
    }
    String[] names = {"Extra", "Hint", "Note", "Vendor-Data", "x.y"};
    return new UnknownElement(
        new QName(VENDOR, names[random.nextInt(names.length)], "v"), attributes, content);
  }
}
