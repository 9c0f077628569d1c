package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.Namespaces;
import jakarta.xml.bind.annotation.XmlSchema;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.namespace.QName;
import org.jspecify.annotations.Nullable;

/**
 * What the reader knows about every element and attribute, derived once from the JAXB annotations
 * of the generated model, so that the schema stays the single source of truth. Lets the reader
 * match names case-insensitively, put elements into their canonical namespace, and check typed
 * values as they stream by.
 */
public final class Vocabulary {
  /**
   * A known element in its parent: canonical name, and its own description unless it is a text
   * leaf.
   */
  static final class Child {
    final String namespace;
    final String localName;
    final @Nullable Node node;
    final @Nullable ValueAdapter<?> check;
    final boolean repeatable;
    // the field the element is bound to (for the envelope's Response, its content list), which the
    // binder fills
    final Field field;
    // the binder's entry for this element, set once as its model's binder is built (in that
    // binder's class initialiser, which every reader of it has seen complete)
    @Nullable Object binding;

    Child(
        String namespace,
        String localName,
        @Nullable Node node,
        @Nullable ValueAdapter<?> check,
        boolean repeatable,
        Field field) {
      // interned, like every name the reader hands JAXB (see LenientReader.getProperty)
      this.namespace = namespace.intern();
      this.localName = localName.intern();
      this.node = node;
      this.check = check;
      this.repeatable = repeatable;
      this.field = field;
    }
  }

  /**
   * A model class: its children by lower-case local name, its attributes, whether it holds text.
   */
  static final class Node {
    final Class<?> type;
    final Map<String, List<Child>> children = new HashMap<>();
    // The same lists under each child's canonical spelling, which is what nearly every document
    // writes: it is found without lower-casing the name first.
    final Map<String, List<Child>> byExactName = new HashMap<>();
    final Map<String, String> attributes = new HashMap<>();
    // the fields of the attributes, by canonical name, and of the text: what the binder fills
    final Map<String, Field> attributeFields = new HashMap<>();
    @Nullable Field textField;
    // the field of the attributes the model has no name for (@XmlAnyAttribute), if any
    @Nullable Field otherAttributesField;
    boolean holdsText;
    // the binder's table for this class, set once as its model's binder is built (as Child.binding)
    @Nullable Object binding;

    Node(Class<?> type) {
      this.type = type;
    }

    /**
     * Finds the child a name stands for. With several candidates of one name (the three {@code
     * Response} elements) the namespace decides; null when it cannot.
     */
    @Nullable Child child(String localName, @Nullable String canonicalNamespace) {
      return child(candidates(localName), canonicalNamespace);
    }

    /** The one of a name's {@link #candidates} that {@link #child(String, String)} finds. */
    static @Nullable Child child(List<Child> candidates, @Nullable String canonicalNamespace) {
      if (candidates.isEmpty()) {
        return null;
      }
      if (candidates.size() == 1) {
        return candidates.get(0);
      }
      for (int i = 0; i < candidates.size(); i++) { // by index: no iterator per element
        Child c = candidates.get(i);
        if (c.namespace.equals(canonicalNamespace)) {
          return c;
        }
      }
      return null;
    }

    List<Child> candidates(String localName) {
      List<Child> exact = byExactName.get(localName);
      return exact != null
          ? exact
          : children.getOrDefault(localName.toLowerCase(Locale.ROOT), List.of());
    }
  }

  static final Node RESPONSE_ROOT;
  static final Node OUTLOOK_REQUEST_ROOT;
  static final Node MOBILE_SYNC_REQUEST_ROOT;

  static {
    Map<Class<?>, Node> nodes = new HashMap<>();
    RESPONSE_ROOT = describe(io.github.autodiscover4j.model.envelope.ResponseEnvelope.class, nodes);
    OUTLOOK_REQUEST_ROOT =
        describe(io.github.autodiscover4j.model.request.OutlookRequestEnvelope.class, nodes);
    MOBILE_SYNC_REQUEST_ROOT =
        describe(
            io.github.autodiscover4j.model.mobilesync.request.MobileSyncRequestEnvelope.class,
            nodes);
  }

  private Vocabulary() {}

  /**
   * The root node of the autoconfig model ({@code clientConfig}), described on first use so that a
   * POX-only application never pays for it.
   */
  static Node autoconfigRoot() {
    return AutoconfigRoot.NODE;
  }

  private static final class AutoconfigRoot {
    static final Node NODE =
        describe(io.github.autodiscover4j.model.autoconfig.ClientConfig.class, new HashMap<>());
  }

  /** The root node for a root element in a canonical namespace, or null. */
  static @Nullable Node root(String canonicalNamespace) {
    return switch (canonicalNamespace) {
      case Namespaces.RESPONSE -> RESPONSE_ROOT;
      case Namespaces.OUTLOOK_REQUEST -> OUTLOOK_REQUEST_ROOT;
      case Namespaces.MOBILE_SYNC_REQUEST -> MOBILE_SYNC_REQUEST_ROOT;
      default -> null;
    };
  }

  private static Node describe(Class<?> type, Map<Class<?>, Node> nodes) {
    Node known = nodes.get(type);
    if (known != null) {
      return known;
    }
    Node node = new Node(type);
    nodes.put(type, node);
    String packageNamespace = defaultNamespace(type);
    for (Field field : type.getDeclaredFields()) {
      // the annotations' facts, from the build's index where it has them (see ModelFacts)
      ModelFacts.FieldFacts facts = ModelFacts.field(field);
      if (facts.element()) {
        String ns =
            "##default".equals(facts.elementNamespace())
                ? packageNamespace
                : facts.elementNamespace();
        Class<?> valueType = elementType(field);
        Node childNode = ModelFacts.type(valueType).model() ? describe(valueType, nodes) : null;
        add(
            node,
            new Child(
                ns,
                // "##default" when XJC only needed the annotation for its type (a typed value whose
                // name is the field's)
                "##default".equals(facts.elementName()) ? field.getName() : facts.elementName(),
                childNode,
                check(facts),
                List.class.isAssignableFrom(field.getType()),
                field));
      }
      if (facts.plainElement()) {
        // XJC leaves out @XmlElement where the element's name is the field's (the autoconfig model,
        // whose names are lower camel case): such a field is an element of that name
        Class<?> valueType = elementType(field);
        Node childNode = ModelFacts.type(valueType).model() ? describe(valueType, nodes) : null;
        add(
            node,
            new Child(
                packageNamespace,
                field.getName(),
                childNode,
                null,
                List.class.isAssignableFrom(field.getType()),
                field));
      }
      for (ModelFacts.Ref ref : facts.refs()) {
        add(
            node,
            new Child(
                ref.namespace(), ref.name(), describe(ref.type(), nodes), null, false, field));
      }
      String attribute = facts.attribute();
      if (attribute != null) {
        node.attributes.put(attribute.toLowerCase(Locale.ROOT), attribute.intern());
        node.attributeFields.put(attribute, field);
      }
      if (facts.value()) {
        node.holdsText = true;
        node.textField = field;
      }
      if (facts.otherAttributes()) {
        node.otherAttributesField = field;
      }
    }
    return node;
  }

  /**
   * The namespace of a class's elements when an annotation says {@code ##default}: its type's, else
   * its package's. Shared with {@link ModelWriter}: JAXB's rule, in one place.
   */
  static String defaultNamespace(Class<?> type) {
    return ModelFacts.type(type).defaultNamespace();
  }

  /** The namespace of a class's package ({@code @XmlSchema}), or "" without one. */
  static String schemaNamespace(Class<?> type) {
    Package p = type.getPackage(); // none for a primitive or an array
    XmlSchema schema = p == null ? null : p.getAnnotation(XmlSchema.class);
    return schema == null ? "" : schema.namespace();
  }

  /**
   * The element name of a root class ({@code @XmlRootElement}, {@code ##default} resolved as JAXB
   * resolves it), or null for a class that is no root element.
   */
  static @Nullable QName rootName(Class<?> type) {
    ModelFacts.TypeFacts facts = ModelFacts.type(type);
    String name = facts.rootName();
    String namespace = facts.rootNamespace();
    return name == null || namespace == null ? null : new QName(namespace, name);
  }

  /** A new instance of a field's {@code @XmlJavaTypeAdapter} (each has a public constructor). */
  static XmlAdapter<?, ?> newAdapter(XmlJavaTypeAdapter annotation) {
    return newAdapter(annotation.value());
  }

  /** A new instance of an adapter class (each has a public constructor). */
  static XmlAdapter<?, ?> newAdapter(Class<?> type) {
    try {
      return (XmlAdapter<?, ?>) type.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + type, e);
    }
  }

  private static void add(Node node, Child child) {
    List<Child> sameName =
        node.children.computeIfAbsent(
            child.localName.toLowerCase(Locale.ROOT), k -> new ArrayList<>(1));
    sameName.add(child);
    node.byExactName.put(child.localName, sameName);
  }

  /** The item type of a list field, else the field's type. */
  static Class<?> elementType(Field field) {
    Type generic = field.getGenericType();
    if (generic instanceof ParameterizedType parameterizedType) {
      Type arg = parameterizedType.getActualTypeArguments()[0];
      if (arg instanceof Class) {
        return (Class<?>) arg;
      }
    }
    return field.getType();
  }

  /** The typed-value adapter of a field, which also checks its text; null for plain text. */
  private static @Nullable ValueAdapter<?> check(ModelFacts.FieldFacts facts) {
    Class<?> adapter = facts.adapter();
    if (adapter == null || !ValueAdapter.class.isAssignableFrom(adapter)) {
      return null;
    }
    return (ValueAdapter<?>) newAdapter(adapter);
  }

  /**
   * Maps any spelling of one of the five Autodiscover namespaces (http or https, any case, trailing
   * slash, the Outlook response schema without its final "a") to its canonical URI; null for any
   * other namespace.
   */
  public static @Nullable String canonicalNamespace(@Nullable String uri) {
    if (uri == null || uri.isEmpty()) {
      return null;
    }
    switch (uri) {
      case Namespaces.RESPONSE -> {
        // the canonical spellings, which nearly every document uses, need no normalising
        return Namespaces.RESPONSE;
      }
      case Namespaces.OUTLOOK_RESPONSE -> {
        return Namespaces.OUTLOOK_RESPONSE;
      }
      case Namespaces.OUTLOOK_REQUEST -> {
        return Namespaces.OUTLOOK_REQUEST;
      }
      case Namespaces.MOBILE_SYNC_REQUEST -> {
        return Namespaces.MOBILE_SYNC_REQUEST;
      }
      case Namespaces.MOBILE_SYNC_RESPONSE -> {
        return Namespaces.MOBILE_SYNC_RESPONSE;
      }
      default -> {}
    }
    String s = uri.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("http://")) {
      s = s.substring(7);
    } else if (s.startsWith("https://")) {
      s = s.substring(8);
    } else {
      return null;
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return switch (s) {
      case "schemas.microsoft.com/exchange/autodiscover/responseschema/2006" -> Namespaces.RESPONSE;
      case "schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a",
          "schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006" ->
          Namespaces.OUTLOOK_RESPONSE;
      case "schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006" ->
          Namespaces.OUTLOOK_REQUEST;
      case "schemas.microsoft.com/exchange/autodiscover/mobilesync/requestschema/2006" ->
          Namespaces.MOBILE_SYNC_REQUEST;
      case "schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006" ->
          Namespaces.MOBILE_SYNC_RESPONSE;
      default -> null;
    };
  }
}
