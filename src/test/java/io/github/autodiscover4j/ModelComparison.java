package io.github.autodiscover4j;

import io.github.autodiscover4j.value.UnknownElement;
import jakarta.xml.bind.annotation.XmlType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares two model trees field by field, including what the generated {@code equals} leaves out
 * (the {@code otherAttributes} maps), and names the first difference by its path. An absent list
 * and an empty one are the same: JAXB cannot tell them apart in XML.
 */
final class ModelComparison {
  private ModelComparison() {}

  /** The path and values of the first difference, or empty when the trees are the same. */
  static Optional<String> firstDifference(Object expected, Object actual) {
    return compare("", expected, actual);
  }

  private static Optional<String> compare(String path, Object a, Object b) {
    if (a instanceof List && b == null) {
      return ((List<?>) a).isEmpty() ? Optional.empty() : differ(path, a, b);
    }
    if (b instanceof List && a == null) {
      return ((List<?>) b).isEmpty() ? Optional.empty() : differ(path, a, b);
    }
    if (a == null || b == null) {
      return a == b ? Optional.empty() : differ(path, a, b);
    }
    if (a.getClass() != b.getClass()) {
      return differ(path, a, b);
    }
    if (a instanceof List) {
      List<?> la = (List<?>) a;
      List<?> lb = (List<?>) b;
      if (la.size() != lb.size()) {
        return differ(path + ".size", la.size(), lb.size());
      }
      for (int i = 0; i < la.size(); i++) {
        Optional<String> d = compare(path + "[" + i + "]", la.get(i), lb.get(i));
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    if (a instanceof Map) {
      return a.equals(b) ? Optional.empty() : differ(path, a, b);
    }
    if (!a.getClass().isAnnotationPresent(XmlType.class) || a instanceof UnknownElement.Content) {
      return Objects.equals(a, b) ? Optional.empty() : differ(path, a, b);
    }
    for (Field field : a.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      field.setAccessible(true);
      try {
        Optional<String> d = compare(path + "." + field.getName(), field.get(a), field.get(b));
        if (d.isPresent()) {
          return d;
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> differ(String path, Object a, Object b) {
    return Optional.of(
        (path.isEmpty() ? "root" : path) + ": " + describe(a) + " became " + describe(b));
  }

  private static String describe(Object o) {
    return o instanceof String
        ? "\"" + ((String) o).replace("\r", "\\r").replace("\n", "\\n") + "\""
        : String.valueOf(o);
  }
}
