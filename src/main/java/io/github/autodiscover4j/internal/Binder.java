package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.Problem;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Binds the events of a {@link LenientReader} into the generated model, in place of JAXB's
 * unmarshaller and with the same result: a table per model class (its constructor, and per child
 * element, attribute and text the field, made accessible, and the value's adapter), built once per
 * model from {@link Vocabulary}, which derives it from the JAXB annotations. Reading then looks
 * nothing up: the element the {@link LenientReader} matched names its table entry.
 *
 * <p>What JAXB does, this does: a single-valued element seen twice keeps the last; a list gets its
 * items in document order; the text of a leaf is handed on raw (several text events joined, {@code
 * ""} for an empty element), through the field's adapter if it has one; an attribute the model does
 * not have goes into the class's other-attributes map; the envelope's {@code Response} is the bean
 * itself in its content list. The model objects are announced to the {@link UnknownCapture} as
 * JAXB's listener announced them, so that the unknown elements the reader reads itself land where
 * they did. An element the model has no place for (which the reader does not pass on in practice)
 * is skipped and reported as JAXB reported it.
 */
final class Binder {
  /** A child element of a model class and how to store its value. */
  private static final class Element {
    final Type owner;
    final String namespace;
    final @Nullable Type bean; // null for a text leaf
    final @Nullable XmlAdapter<String, Object> adapter;
    final boolean list;
    final Field field; // accessible

    Element(
        Type owner,
        String namespace,
        @Nullable Type bean,
        @Nullable XmlAdapter<String, Object> adapter,
        boolean list,
        Field field) {
      this.owner = owner;
      this.namespace = namespace;
      this.bean = bean;
      this.adapter = adapter;
      this.list = list;
      this.field = field;
    }
  }

  /** An attribute or the text of a model class: its field and the value's adapter. */
  private static final class Value {
    final @Nullable XmlAdapter<String, Object> adapter;
    final Field field; // accessible

    Value(@Nullable XmlAdapter<String, Object> adapter, Field field) {
      this.adapter = adapter;
      this.field = field;
    }

    void store(Object target, String text) throws Exception {
      field.set(target, adapter == null ? (Object) text : adapter.unmarshal(text));
    }
  }

  /** A model class. */
  private static final class Type {
    final Constructor<?> create; // accessible, no arguments
    // by local name; several entries of one name (the envelope's three Responses) differ by
    // namespace
    final Map<String, Element[]> elements = new HashMap<>();
    final Map<String, Value> attributes = new HashMap<>();
    @Nullable Field otherAttributes; // accessible: the Map<QName, String>
    @Nullable Value text;
    boolean root; // one of its binder's roots

    Type(Constructor<?> create) {
      this.create = create;
    }

    @Nullable Element element(String namespace, String localName) {
      Element[] candidates = elements.get(localName);
      if (candidates != null) {
        for (Element e : candidates) {
          if (e.namespace.equals(namespace)) {
            return e;
          }
        }
      }
      return null;
    }
  }

  private static final Object[] NO_ARGUMENTS = {};

  /** The roots by namespace and local name. */
  private final Map<QName, Type> roots = new HashMap<>();

  private Binder(List<Vocabulary.Node> rootNodes, List<QName> rootNames) {
    IdentityHashMap<Vocabulary.Node, Type> types = new IdentityHashMap<>();
    Map<Class<?>, XmlAdapter<String, Object>> adapters = new HashMap<>();
    for (int i = 0; i < rootNodes.size(); i++) {
      Type root = type(rootNodes.get(i), types, adapters);
      root.root = true;
      roots.put(rootNames.get(i), root);
    }
  }

  /** The binder of the POX model: the response and the two request roots. */
  static Binder pox() {
    return Pox.INSTANCE;
  }

  /** The binder of the autoconfig model, built on first use. */
  static Binder autoconfig() {
    return AutoconfigModel.INSTANCE;
  }

  private static final class Pox {
    static final Binder INSTANCE =
        new Binder(
            List.of(
                Vocabulary.RESPONSE_ROOT,
                Vocabulary.OUTLOOK_REQUEST_ROOT,
                Vocabulary.MOBILE_SYNC_REQUEST_ROOT),
            List.of(
                rootName(Vocabulary.RESPONSE_ROOT.type),
                rootName(Vocabulary.OUTLOOK_REQUEST_ROOT.type),
                rootName(Vocabulary.MOBILE_SYNC_REQUEST_ROOT.type)));
  }

  private static final class AutoconfigModel {
    static final Binder INSTANCE =
        new Binder(
            List.of(Vocabulary.autoconfigRoot()),
            List.of(rootName(Vocabulary.autoconfigRoot().type)));
  }

  private static QName rootName(Class<?> type) {
    QName name = Vocabulary.rootName(type);
    if (name == null) {
      throw new IllegalStateException(type + " is not a root element");
    }
    return name;
  }

  // ---- building the tables, once per model ----

  private static Type type(
      Vocabulary.Node node,
      IdentityHashMap<Vocabulary.Node, Type> types,
      Map<Class<?>, XmlAdapter<String, Object>> adapters) {
    Type known = types.get(node);
    if (known != null) {
      return known;
    }
    try {
      Constructor<?> create = node.type.getDeclaredConstructor();
      create.setAccessible(true);
      Type type = new Type(create);
      types.put(node, type);
      node.binding = type; // the root found from the reader's root frame, without a QName
      Map<String, List<Element>> elements = new HashMap<>();
      for (List<Vocabulary.Child> sameName : node.children.values()) {
        for (Vocabulary.Child child : sameName) {
          Field field = child.field;
          Element element =
              new Element(
                  type,
                  child.namespace,
                  child.node == null ? null : type(child.node, types, adapters),
                  adapter(field, adapters),
                  List.class.isAssignableFrom(field.getType()),
                  accessible(field));
          elements.computeIfAbsent(child.localName, k -> new ArrayList<>(1)).add(element);
          // what the lenient reader matched is stored without a second look-up of its name
          child.binding = element;
        }
      }
      elements.forEach((name, list) -> type.elements.put(name, list.toArray(new Element[0])));
      for (Map.Entry<String, Field> attribute : node.attributeFields.entrySet()) {
        Field field = attribute.getValue();
        type.attributes.put(
            attribute.getKey(), new Value(adapter(field, adapters), accessible(field)));
      }
      if (node.textField != null) {
        type.text = new Value(adapter(node.textField, adapters), accessible(node.textField));
      }
      if (node.otherAttributesField != null) {
        type.otherAttributes = accessible(node.otherAttributesField);
      }
      return type;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot bind " + node.type, e);
    }
  }

  /**
   * A model field made accessible: reflection's field access reads and writes it directly, with a
   * type check, where a method handle held in a table (not a constant the compiler can fold) costs
   * a chain of adaptations per call.
   */
  private static Field accessible(Field field) {
    field.setAccessible(true);
    return field;
  }

  @SuppressWarnings("unchecked")
  private static @Nullable XmlAdapter<String, Object> adapter(
      Field field, Map<Class<?>, XmlAdapter<String, Object>> adapters) {
    Class<?> adapterClass = ModelFacts.field(field).adapter();
    if (adapterClass == null) {
      return null;
    }
    XmlAdapter<String, Object> adapter = adapters.get(adapterClass);
    if (adapter == null) {
      adapter = (XmlAdapter<String, Object>) Vocabulary.newAdapter(adapterClass);
      adapters.put(adapterClass, adapter);
    }
    return adapter;
  }

  // ---- reading ----

  /**
   * Reads the document the reader is at (its start, or its root element's start) into a model
   * object, up to the event after the root element's end, as JAXB's StAX connector did.
   *
   * @param reader the lenient reader
   * @param capture told of each model object as it starts and ends
   * @param problems where an element the model has no place for is reported
   * @param lineOffset lines removed before the document, added to every line reported
   * @return the root model object
   * @throws XMLStreamException as the reader throws it
   */
  Object read(
      XMLStreamReader reader, UnknownCapture capture, List<Problem> problems, int lineOffset)
      throws XMLStreamException {
    Run run = new Run(reader, capture, problems, lineOffset);
    int event = reader.getEventType();
    while (event != XMLStreamConstants.START_ELEMENT) {
      event = reader.next();
    }
    Type root = startedRoot(reader);
    if (root == null) {
      root = roots.get(new QName(reader.getNamespaceURI(), reader.getLocalName()));
    }
    if (root == null) {
      // the reader only hands on a root it has put into the model's namespace
      throw new IllegalStateException(
          "no root element {" + reader.getNamespaceURI() + "}" + reader.getLocalName());
    }
    Object bean;
    try {
      bean = run.bean(root, null);
    } catch (XMLStreamException | RuntimeException e) {
      throw e;
    } catch (java.lang.reflect.InvocationTargetException e) {
      // a model constructor that threw (reflection wraps it): rethrown as it threw, where it can be
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("the binder failed", e);
    } catch (Exception e) {
      throw new IllegalStateException("the binder failed", e);
    }
    reader.next();
    return bean;
  }

  /**
   * The root the lenient reader matched the root element to (the model class of its root frame), or
   * null (then it is looked up by name): no {@code QName} made per document.
   */
  private static @Nullable Type startedRoot(XMLStreamReader reader) {
    if (reader instanceof LenientReader lenient) {
      Vocabulary.Node node = lenient.startedNode();
      if (node != null && node.binding instanceof Type type && type.root) {
        return type;
      }
    }
    return null;
  }

  /** One read: the reader, where problems go, a buffer for text. */
  private static final class Run {
    final XMLStreamReader reader;
    final UnknownCapture capture;
    final List<Problem> problems;
    final int lineOffset;
    @Nullable StringBuilder text;

    Run(XMLStreamReader reader, UnknownCapture capture, List<Problem> problems, int lineOffset) {
      this.reader = reader;
      this.capture = capture;
      this.problems = problems;
      this.lineOffset = lineOffset;
    }

    /** Reads the model object whose start element the reader is at, up to its end element. */
    Object bean(Type type, @Nullable Object parent) throws Exception {
      Object bean = type.create.newInstance(NO_ARGUMENTS); // no varargs array per object
      capture.beforeUnmarshal(bean, parent);
      attributes(type, bean);
      Value textValue = type.text;
      StringBuilder own = null;
      while (true) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> child(type, bean);
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (textValue != null) {
              if (own == null) {
                own = new StringBuilder();
              }
              own.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            if (textValue != null) {
              textValue.store(bean, own == null ? "" : own.toString());
            }
            capture.afterUnmarshal(bean, parent);
            return bean;
          }
          case XMLStreamConstants.END_DOCUMENT ->
              throw new XMLStreamException("the document ends inside an element");
          default -> {}
        }
      }
    }

    private void attributes(Type type, Object bean) throws Exception {
      int n = reader.getAttributeCount();
      for (int i = 0; i < n; i++) {
        String namespace = reader.getAttributeNamespace(i);
        String localName = reader.getAttributeLocalName(i);
        Value value =
            namespace == null || namespace.isEmpty() ? type.attributes.get(localName) : null;
        if (value != null) {
          value.store(bean, reader.getAttributeValue(i));
        } else if (type.otherAttributes != null) {
          Object field = type.otherAttributes.get(bean);
          @SuppressWarnings("unchecked")
          Map<QName, String> other = (Map<QName, String>) field;
          String prefix = reader.getAttributePrefix(i);
          other.put(
              new QName(
                  namespace == null ? "" : namespace, localName, prefix == null ? "" : prefix),
              reader.getAttributeValue(i));
        }
      }
    }

    /** Reads a child element of {@code bean} and stores its value. */
    private void child(Type type, Object bean) throws Exception {
      Element element = started(type);
      if (element == null) {
        String namespace = reader.getNamespaceURI();
        element = type.element(namespace == null ? "" : namespace, reader.getLocalName());
      }
      if (element == null) {
        unexpected(type);
        return;
      }
      Object value;
      Type childType = element.bean;
      if (childType != null) {
        value = bean(childType, bean);
      } else {
        String text = leafText();
        value = element.adapter == null ? text : typed(element.adapter, text);
      }
      if (element.list) {
        Object field = element.field.get(bean);
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) field;
        if (list == null) {
          // room for four: most lists of a response hold one to four (an account, its protocols,
          // a server or two), and the default first array has room for ten
          list = new ArrayList<>(4);
          element.field.set(bean, list);
        }
        list.add(value);
      } else {
        element.field.set(bean, value);
      }
    }

    /**
     * The element of {@code type} the lenient reader matched the current start element to, or null
     * (then its name is looked up): the same element the look-up finds, the reader's canonical name
     * and namespace being the ones it looks up.
     */
    private @Nullable Element started(Type type) {
      if (!(reader instanceof LenientReader lenient)) {
        return null;
      }
      Vocabulary.Child child = lenient.startedChild();
      return child != null && child.binding instanceof Element element && element.owner == type
          ? element
          : null;
    }

    /** The typed value of a leaf's text: the one the reader's check read, else read here. */
    private @Nullable Object typed(XmlAdapter<String, Object> adapter, String text)
        throws Exception {
      // the lenient reader it nearly always is read the leaves' typed values for their checks
      if (reader instanceof LenientReader lenient) {
        Object checked = lenient.checkedValue(adapter.getClass(), text);
        if (checked != null) {
          return checked;
        }
      }
      return adapter.unmarshal(text);
    }

    /** The text of a leaf element whose start the reader is at, up to its end element. */
    private String leafText() throws XMLStreamException {
      int event = reader.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return "";
      }
      String first = null;
      if (isText(event)) {
        // nearly always the one text event (the parser coalesces): its text as it is, no copy
        first = reader.getText();
        event = reader.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
          return first;
        }
      }
      StringBuilder text = this.text;
      if (text == null) {
        text = new StringBuilder();
        this.text = text;
      }
      text.setLength(0);
      if (first != null) {
        text.append(first);
      }
      while (true) {
        switch (event) {
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
              text.append(
                  reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
          case XMLStreamConstants.END_ELEMENT -> {
            return text.toString();
          }
          case XMLStreamConstants.START_ELEMENT -> {
            // the reader drops elements inside text elements itself; were one to come, JAXB
            // would skip it with a problem, as this does
            unexpected(null);
          }
          case XMLStreamConstants.END_DOCUMENT ->
              throw new XMLStreamException("the document ends inside an element");
          default -> {}
        }
        event = reader.next();
      }
    }

    private static boolean isText(int event) {
      return event == XMLStreamConstants.CHARACTERS
          || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE;
    }

    /**
     * Reports the element the reader is at as JAXB did ("unexpected element"), and skips it, up to
     * its end element.
     */
    private void unexpected(@Nullable Type in) throws XMLStreamException {
      Location at = reader.getLocation();
      int line = at == null ? -1 : at.getLineNumber();
      StringBuilder expected = new StringBuilder();
      if (in != null) {
        for (Map.Entry<String, Element[]> e : in.elements.entrySet()) {
          for (Element element : e.getValue()) {
            expected.append(expected.length() == 0 ? "" : ",");
            expected.append("<{").append(element.namespace).append('}').append(e.getKey());
            expected.append('>');
          }
        }
      }
      problems.add(
          new Problem(
              Problem.Kind.BINDING,
              "unexpected element (uri:\""
                  + (reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI())
                  + "\", local:\""
                  + reader.getLocalName()
                  + "\"). Expected elements are "
                  + (expected.length() == 0 ? "(none)" : expected),
              line > 0 ? line + lineOffset : -1,
              at == null ? -1 : at.getColumnNumber(),
              ""));
      for (int depth = 1; depth > 0; ) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (event == XMLStreamConstants.END_DOCUMENT) {
          throw new XMLStreamException("the document ends inside an element");
        }
      }
    }
  }
}
