package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.value.UnknownElement;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.jspecify.annotations.Nullable;

/**
 * Writes the generated model the way JAXB marshals it, into a {@link CanonicalXmlWriter}, from
 * tables built once per class from the classes' JAXB annotations: no reflection and no JAXB runtime
 * at write time. The canonical form itself stays in {@link CanonicalXmlWriter}; this class only
 * makes the same calls JAXB makes, in the same order.
 *
 * <p>What it cannot reproduce byte for byte it does not try: a namespaced attribute (whose prefix
 * JAXB picks from its own namespace context) or an item of a wildcard list that is neither an
 * {@link UnknownElement} nor a model root element makes {@link #write} throw {@link NeedsJaxb}, and
 * the caller marshals the document with JAXB instead.
 */
final class ModelWriter {
  /** Thrown when the model holds something only JAXB writes exactly; the output is discarded. */
  static final class NeedsJaxb extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NeedsJaxb(String why) {
      super(why, null, false, false);
    }
  }

  private static final int ELEMENT = 0;
  private static final int ELEMENT_LIST = 1;
  private static final int WILDCARD_LIST = 2; // @XmlAnyElement and/or @XmlElementRefs

  /** One element property of a class, in propOrder. */
  private static final class Property {
    final int kind;
    final int slot; // in the array Shape.readAll returns
    final String namespace;
    final String localName;
    final @Nullable XmlAdapter<Object, Object> adapter;
    final @Nullable Shape shape; // null for text
    final String fieldName;

    Property(
        String fieldName,
        int kind,
        int slot,
        String namespace,
        String localName,
        @Nullable XmlAdapter<Object, Object> adapter,
        @Nullable Shape shape) {
      this.fieldName = fieldName;
      this.kind = kind;
      this.slot = slot;
      this.namespace = namespace;
      this.localName = localName;
      this.adapter = adapter;
      this.shape = shape;
    }
  }

  /** A declared attribute. */
  private static final class Attribute {
    final int slot;
    final String namespace;
    final String localName;
    final @Nullable XmlAdapter<Object, Object> adapter;

    Attribute(
        int slot,
        String namespace,
        String localName,
        @Nullable XmlAdapter<Object, Object> adapter) {
      this.slot = slot;
      this.namespace = namespace;
      this.localName = localName;
      this.adapter = adapter;
    }
  }

  /** How one model class is written. */
  private static final class Shape {
    Attribute[] attributes = new Attribute[0];
    // (Object)Object[]: every field the class writes, read in one call whose field reads the JIT
    // compiles together (a field getter handle called on its own checks its receiver slowly)
    @Nullable MethodHandle readAll;
    int otherAttributes = -1;
    int value = -1;
    @Nullable XmlAdapter<Object, Object> valueAdapter;
    Property[] properties = new Property[0];
    // for classes that are root elements
    String rootNamespace = "";
    String rootName = "";
  }

  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  private ModelWriter() {}

  /**
   * Writes a root model object (a class with {@code @XmlRootElement}) as a whole document.
   *
   * @throws NeedsJaxb when only JAXB can write the model exactly
   * @throws IllegalArgumentException when the model holds text XML cannot carry
   */
  static void write(Object root, CanonicalXmlWriter out) {
    Shape shape = shape(root.getClass());
    if (shape.rootName.isEmpty()) {
      throw new NeedsJaxb("not a root element: " + root.getClass());
    }
    out.writeStartDocument();
    element(shape.rootNamespace, shape.rootName, root, shape, out);
    out.writeEndDocument();
  }

  private static void element(
      String namespace, String localName, Object bean, Shape shape, CanonicalXmlWriter out) {
    out.writeStartElement("", localName, namespace);
    @Nullable Object[] fields = readAll(shape, bean);
    for (Attribute attribute : shape.attributes) {
      Object v = fields[attribute.slot];
      if (v == null) {
        continue;
      }
      String text = attribute.adapter == null ? (String) v : marshal(attribute.adapter, v);
      if (text != null) {
        attribute(attribute.namespace, attribute.localName, text, out);
      }
    }
    if (shape.otherAttributes >= 0) {
      @SuppressWarnings("unchecked")
      Map<QName, String> other = (Map<QName, String>) fields[shape.otherAttributes];
      otherAttributes(other, out);
    }
    if (shape.value >= 0) {
      Object v = fields[shape.value];
      if (v != null) {
        String text = shape.valueAdapter == null ? (String) v : marshal(shape.valueAdapter, v);
        if (text != null) {
          out.writeCharacters(text);
        }
      }
    }
    for (Property property : shape.properties) {
      Object v = fields[property.slot];
      if (v == null) {
        continue;
      }
      switch (property.kind) {
        case ELEMENT -> child(property, v, out);
        case ELEMENT_LIST -> {
          List<?> items = (List<?>) v;
          for (int i = 0, n = items.size(); i < n; i++) {
            Object item = items.get(i);
            if (item != null) {
              child(property, item, out);
            }
          }
        }
        default -> {
          List<?> items = (List<?>) v;
          for (int i = 0, n = items.size(); i < n; i++) {
            Object item = items.get(i);
            if (item != null) {
              wildcard(item, out);
            }
          }
        }
      }
    }
    out.writeEndElement();
  }

  private static void child(Property property, Object value, CanonicalXmlWriter out) {
    Shape shape = property.shape;
    if (shape != null) {
      element(property.namespace, property.localName, value, shape, out);
      return;
    }
    String text = property.adapter == null ? (String) value : marshal(property.adapter, value);
    if (text == null) {
      return;
    }
    out.writeStartElement("", property.localName, property.namespace);
    try {
      out.writeCharacters(text);
    } catch (IllegalArgumentException e) {
      // JAXB's wording (its ILLEGAL_CONTENT message) for a text element it cannot write
      throw new IllegalArgumentException(
          "Illegal XML content in <" + property.fieldName + ">: \"" + e.getMessage() + "\".");
    }
    out.writeEndElement();
  }

  private static void wildcard(Object item, CanonicalXmlWriter out) {
    if (item instanceof UnknownElement unknown) {
      unknown(unknown, out);
      return;
    }
    Shape shape = shape(item.getClass());
    if (shape.rootName.isEmpty()) {
      throw new NeedsJaxb("a wildcard item JAXB writes: " + item.getClass());
    }
    element(shape.rootNamespace, shape.rootName, item, shape, out);
  }

  private static void unknown(UnknownElement element, CanonicalXmlWriter out) {
    QName name = element.getName();
    out.writeStartElement("", name.getLocalPart(), name.getNamespaceURI());
    otherAttributes(element.attributes(), out);
    List<Object> content = element.content();
    for (int i = 0, n = content.size(); i < n; i++) {
      Object item = content.get(i);
      if (item instanceof String text) {
        out.writeCharacters(text);
      } else {
        unknown((UnknownElement) item, out);
      }
    }
    out.writeEndElement();
  }

  private static void otherAttributes(
      @Nullable Map<QName, String> attributes, CanonicalXmlWriter out) {
    if (attributes == null || attributes.isEmpty()) {
      return;
    }
    for (Map.Entry<QName, String> e : attributes.entrySet()) {
      QName name = e.getKey();
      String value = e.getValue();
      if (name == null || value == null) {
        throw new NeedsJaxb("a null attribute name or value");
      }
      attribute(name.getNamespaceURI(), name.getLocalPart(), value, out);
    }
  }

  private static void attribute(
      String namespace, String localName, String value, CanonicalXmlWriter out) {
    if (namespace.isEmpty()) {
      out.writeAttribute(localName, value);
    } else if (namespace.equals(XMLConstants.XML_NS_URI)) {
      out.writeAttribute("xml", namespace, localName, value);
    } else {
      // JAXB picks the prefix from its own namespace context
      throw new NeedsJaxb("a namespaced attribute");
    }
  }

  private static @Nullable Object[] readAll(Shape shape, Object bean) {
    MethodHandle readAll = shape.readAll;
    if (readAll == null) {
      throw new NeedsJaxb("not a model class: " + bean.getClass());
    }
    try {
      return (@Nullable Object[]) readAll.invokeExact(bean);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static @Nullable String marshal(XmlAdapter<Object, Object> adapter, Object value) {
    try {
      Object text = adapter.marshal(value);
      return (String) text;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalArgumentException("the model could not be written: " + e.getMessage(), e);
    }
  }

  // ---- the tables, built once per class ----

  private static Shape shape(Class<?> type) {
    Shape shape = SHAPES.get(type);
    if (shape != null) {
      return shape;
    }
    synchronized (SHAPES) {
      // built whole (with every class it reaches) before any of it is published
      Map<Class<?>, Shape> building = new HashMap<>();
      shape = shape(type, building);
      building.forEach(SHAPES::putIfAbsent);
      Shape published = SHAPES.get(type);
      return published == null ? shape : published;
    }
  }

  private static Shape shape(Class<?> type, Map<Class<?>, Shape> building) {
    Shape shape = SHAPES.get(type);
    if (shape == null) {
      shape = building.get(type);
    }
    if (shape == null) {
      shape = new Shape();
      // registered before its children are described, so that recursive types end
      building.put(type, shape);
      if (type.isAnnotationPresent(XmlType.class) && type.getSuperclass() == Object.class) {
        describe(type, shape, building);
      }
      // else: not a generated model class; its shape has no root name and JAXB writes it
    }
    return shape;
  }

  private static void describe(Class<?> type, Shape shape, Map<Class<?>, Shape> building) {
    MethodHandles.Lookup lookup;
    try {
      lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + type, e);
    }
    QName root = Vocabulary.rootName(type);
    if (root != null) {
      shape.rootName = root.getLocalPart();
      shape.rootNamespace = root.getNamespaceURI();
    }
    Map<String, Field> fields = new HashMap<>();
    List<Attribute> attributes = new ArrayList<>();
    List<MethodHandle> getters = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())
          || field.isSynthetic()
          || field.isAnnotationPresent(XmlTransient.class)) {
        continue;
      }
      fields.put(field.getName(), field);
      XmlAttribute attribute = field.getAnnotation(XmlAttribute.class);
      if (attribute != null) {
        String name = "##default".equals(attribute.name()) ? field.getName() : attribute.name();
        String ns =
            "##default".equals(attribute.namespace())
                ? attributeFormQualified(type) ? Vocabulary.schemaNamespace(type) : ""
                : attribute.namespace();
        attributes.add(new Attribute(slot(lookup, field, getters), ns, name, adapter(field)));
      } else if (field.isAnnotationPresent(XmlAnyAttribute.class)) {
        shape.otherAttributes = slot(lookup, field, getters);
      } else if (field.isAnnotationPresent(XmlValue.class)) {
        shape.value = slot(lookup, field, getters);
        shape.valueAdapter = adapter(field);
      }
    }
    shape.attributes = attributes.toArray(new Attribute[0]);
    XmlType xmlType = type.getAnnotation(XmlType.class);
    List<Property> properties = new ArrayList<>();
    for (String name : xmlType.propOrder()) {
      if (name.isEmpty()) {
        continue;
      }
      Field field = fields.get(name);
      if (field == null) {
        throw new IllegalStateException("no field " + name + " in " + type);
      }
      if (field.isAnnotationPresent(XmlValue.class)
          || field.isAnnotationPresent(XmlAttribute.class)
          || field.isAnnotationPresent(XmlAnyAttribute.class)) {
        continue; // written above, not as an element
      }
      properties.add(property(type, lookup, field, building, getters));
    }
    shape.properties = properties.toArray(new Property[0]);
    shape.readAll = readAll(type, getters);
  }

  private static Property property(
      Class<?> type,
      MethodHandles.Lookup lookup,
      Field field,
      Map<Class<?>, Shape> building,
      List<MethodHandle> getters) {
    int getter = slot(lookup, field, getters);
    boolean list = List.class.isAssignableFrom(field.getType());
    if (field.isAnnotationPresent(XmlAnyElement.class)
        || field.isAnnotationPresent(XmlElementRefs.class)
        || field.isAnnotationPresent(XmlElementRef.class)) {
      if (!list) {
        throw new IllegalStateException("a single wildcard " + field);
      }
      return new Property(field.getName(), WILDCARD_LIST, getter, "", "", null, null);
    }
    XmlElement element = field.getAnnotation(XmlElement.class);
    String name =
        element == null || "##default".equals(element.name()) ? field.getName() : element.name();
    String ns =
        element == null || "##default".equals(element.namespace())
            ? elementFormQualified(type) ? Vocabulary.defaultNamespace(type) : ""
            : element.namespace();
    XmlAdapter<Object, Object> adapter = adapter(field);
    Class<?> valueType = Vocabulary.elementType(field);
    Shape shape = null;
    if (adapter == null && valueType != String.class) {
      if (!valueType.isAnnotationPresent(XmlType.class)) {
        throw new IllegalStateException("a value type the model writer does not know: " + field);
      }
      shape = shape(valueType, building);
    }
    return new Property(
        field.getName(), list ? ELEMENT_LIST : ELEMENT, getter, ns, name, adapter, shape);
  }

  private static int slot(MethodHandles.Lookup lookup, Field field, List<MethodHandle> getters) {
    try {
      getters.add(
          lookup
              .unreflectGetter(field)
              .asType(MethodType.methodType(Object.class, field.getDeclaringClass())));
      return getters.size() - 1;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + field, e);
    }
  }

  /** One handle, (Object)Object[], that reads all of a class's getters into an array. */
  private static MethodHandle readAll(Class<?> type, List<MethodHandle> getters) {
    int n = getters.size();
    MethodHandle collect =
        MethodHandles.identity(Object[].class).asCollector(Object[].class, n); // (Object*n)Object[]
    MethodHandle filtered =
        MethodHandles.filterArguments(collect, 0, getters.toArray(new MethodHandle[0]));
    // one receiver for every getter
    MethodHandle onBean =
        MethodHandles.permuteArguments(
            filtered, MethodType.methodType(Object[].class, type), new int[n]);
    return onBean.asType(MethodType.methodType(Object[].class, Object.class));
  }

  @SuppressWarnings("unchecked")
  private static @Nullable XmlAdapter<Object, Object> adapter(Field field) {
    XmlJavaTypeAdapter annotation = field.getAnnotation(XmlJavaTypeAdapter.class);
    if (annotation == null) {
      return null;
    }
    return (XmlAdapter<Object, Object>) Vocabulary.newAdapter(annotation);
  }

  private static @Nullable XmlSchema schema(Class<?> type) {
    return type.getPackage().getAnnotation(XmlSchema.class);
  }

  private static boolean elementFormQualified(Class<?> type) {
    XmlSchema schema = schema(type);
    return schema != null && schema.elementFormDefault() == XmlNsForm.QUALIFIED;
  }

  private static boolean attributeFormQualified(Class<?> type) {
    XmlSchema schema = schema(type);
    return schema != null && schema.attributeFormDefault() == XmlNsForm.QUALIFIED;
  }
}
