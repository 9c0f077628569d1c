package io.github.autodiscover4j.internal;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Visits every text of a generated model object (element text, attribute values, simple content)
 * with its path in the form {@link Outline} records ({@code clientConfig/emailProvider[1]/
 * incomingServer[2]/username}, attributes as {@code .../@url}), so that a check over all text can
 * report positions. Unknown elements are not visited. Internal.
 */
public final class ModelText {
  private ModelText() {}

  /**
   * Visits the texts of a model object.
   *
   * @param model the object, of a generated class
   * @param path its path
   * @param visitor called with each path and text, in field order
   */
  public static void visit(Object model, String path, BiConsumer<String, String> visitor) {
    for (Class<?> c = model.getClass();
        c != null && c.isAnnotationPresent(XmlType.class);
        c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
          continue;
        }
        Object value;
        try {
          field.setAccessible(true);
          value = field.get(model);
        } catch (ReflectiveOperationException | RuntimeException e) {
          continue; // not readable here: nothing to check
        }
        if (value == null) {
          continue;
        }
        XmlAttribute attribute = field.getAnnotation(XmlAttribute.class);
        if (attribute != null) {
          if (value instanceof String s) {
            visitor.accept(path + "/@" + attribute.name(), s);
          }
          continue;
        }
        if (field.isAnnotationPresent(XmlValue.class)) {
          if (value instanceof String s) {
            visitor.accept(path, s);
          }
          continue;
        }
        XmlElement element = field.getAnnotation(XmlElement.class);
        boolean plain = field.getAnnotations().length == 0;
        if (element == null && !plain) {
          continue; // wildcards: unknown elements and attributes
        }
        String name =
            element == null || "##default".equals(element.name())
                ? field.getName()
                : element.name();
        if (value instanceof List<?> list) {
          for (int i = 0; i < list.size(); i++) {
            item(list.get(i), path + "/" + name + "[" + (i + 1) + "]", visitor);
          }
        } else {
          item(value, path + "/" + name, visitor);
        }
      }
    }
  }

  /**
   * Names the fields of a model object that hold something: elements by their XML name, attributes
   * as {@code @name}, and each unknown element by its local name prefixed with {@code ?}.
   *
   * @param model the object, of a generated class
   * @return the names in field order
   */
  public static List<String> presentNames(Object model) {
    List<String> names = new java.util.ArrayList<>();
    for (Class<?> c = model.getClass();
        c != null && c.isAnnotationPresent(XmlType.class);
        c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
          continue;
        }
        Object value;
        try {
          field.setAccessible(true);
          value = field.get(model);
        } catch (ReflectiveOperationException | RuntimeException e) {
          continue;
        }
        if (value == null
            || (value instanceof java.util.Collection<?> c2 && c2.isEmpty())
            || (value instanceof java.util.Map<?, ?> m && m.isEmpty())) {
          continue;
        }
        XmlAttribute attribute = field.getAnnotation(XmlAttribute.class);
        XmlElement element = field.getAnnotation(XmlElement.class);
        if (attribute != null) {
          names.add("@" + attribute.name());
        } else if (field.isAnnotationPresent(jakarta.xml.bind.annotation.XmlAnyElement.class)) {
          for (Object item : (List<?>) value) {
            names.add(
                "?"
                    + (item instanceof jakarta.xml.bind.JAXBElement<?> e
                        ? e.getName().getLocalPart()
                        : String.valueOf(item)));
          }
        } else if (field.isAnnotationPresent(jakarta.xml.bind.annotation.XmlAnyAttribute.class)) {
          for (Object key : ((java.util.Map<?, ?>) value).keySet()) {
            names.add("@" + (key instanceof javax.xml.namespace.QName q ? q.getLocalPart() : key));
          }
        } else if (element != null || field.getAnnotations().length == 0) {
          names.add(
              element == null || "##default".equals(element.name())
                  ? field.getName()
                  : element.name());
        }
      }
    }
    return names;
  }

  private static void item(Object value, String path, BiConsumer<String, String> visitor) {
    if (value instanceof String s) {
      visitor.accept(path, s);
    } else if (value != null && value.getClass().isAnnotationPresent(XmlType.class)) {
      visit(value, path, visitor);
    }
  }
}
