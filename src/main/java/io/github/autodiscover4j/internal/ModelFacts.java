package io.github.autodiscover4j.internal;

import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the generated model's JAXB annotations say about its classes and fields, as {@link
 * Vocabulary} and {@link Binder} need it: read from the annotations themselves, or, for a fast
 * start, from the index the build writes from them ({@value #INDEX}, by {@link #main}). Reading
 * annotations at run time parses every annotation of every model field and makes a proxy class per
 * annotation type, which was most of a first parse's table building; the index is a few kilobytes
 * of text. A class the index does not hold is read from its annotations, so the index can only make
 * things faster, never different ({@code ModelFactsTest} holds the two to each other).
 */
public final class ModelFacts {
  /** The index's resource name, next to this class. */
  static final String INDEX = "model-facts.idx";

  /** The model roots the index starts from: every class reachable from them is in it. */
  private static final List<Class<?>> ROOTS =
      List.of(
          io.github.autodiscover4j.model.envelope.ResponseEnvelope.class,
          io.github.autodiscover4j.model.request.OutlookRequestEnvelope.class,
          io.github.autodiscover4j.model.mobilesync.request.MobileSyncRequestEnvelope.class,
          io.github.autodiscover4j.model.autoconfig.ClientConfig.class);

  /** What a class's annotations say. */
  record TypeFacts(
      boolean model,
      String defaultNamespace,
      @Nullable String rootNamespace,
      @Nullable String rootName) {}

  /** An {@code @XmlElementRef} of a field. */
  record Ref(String namespace, String name, Class<?> type) {}

  /**
   * What a field's annotations say: its {@code @XmlElement} namespace and name as written ({@code
   * ##default} unresolved), whether it is an element by its name alone (no annotation at all), its
   * element references, attribute name, whether it holds the text or the other attributes, and its
   * adapter class.
   */
  record FieldFacts(
      boolean element,
      String elementNamespace,
      String elementName,
      boolean plainElement,
      List<Ref> refs,
      @Nullable String attribute,
      boolean value,
      boolean otherAttributes,
      @Nullable Class<?> adapter) {}

  /**
   * Set (to {@code true}), the index is not read and every fact comes from the annotations: the
   * test suite's second run sets it, so that both paths are tested whole.
   */
  static final String ANNOTATIONS_ONLY = "autodiscover4j.internal.annotationsOnly";

  private static final class Index {
    static final @Nullable ModelFacts INSTANCE =
        Boolean.getBoolean(ANNOTATIONS_ONLY) ? null : load();
  }

  private final Map<Class<?>, TypeFacts> types;
  private final Map<Field, FieldFacts> fields;

  private ModelFacts(Map<Class<?>, TypeFacts> types, Map<Field, FieldFacts> fields) {
    this.types = types;
    this.fields = fields;
  }

  /** The facts of a class: from the index when it holds the class, else from its annotations. */
  static TypeFacts type(Class<?> type) {
    ModelFacts index = Index.INSTANCE;
    TypeFacts known = index == null ? null : index.types.get(type);
    return known != null ? known : fromAnnotations(type);
  }

  /** The facts of a field: from the index when it holds the field, else from its annotations. */
  static FieldFacts field(Field field) {
    ModelFacts index = Index.INSTANCE;
    FieldFacts known = index == null ? null : index.fields.get(field);
    return known != null ? known : fromAnnotations(field);
  }

  /** Whether the index was found and read (for tests). */
  static boolean indexed() {
    return Index.INSTANCE != null;
  }

  /** The classes an index holds (for tests). */
  Map<Class<?>, TypeFacts> types() {
    return types;
  }

  /** The fields an index holds (for tests). */
  Map<Field, FieldFacts> fields() {
    return fields;
  }

  // ---- from the annotations ----

  static TypeFacts fromAnnotations(Class<?> type) {
    XmlType xmlType = type.getAnnotation(XmlType.class);
    String schema = Vocabulary.schemaNamespace(type);
    String defaultNamespace =
        xmlType != null && !"##default".equals(xmlType.namespace()) ? xmlType.namespace() : schema;
    XmlRootElement root = type.getAnnotation(XmlRootElement.class);
    String rootNamespace = null;
    String rootName = null;
    if (root != null) {
      rootName = root.name();
      if ("##default".equals(rootName)) {
        // java.beans.Introspector.decapitalize, as JAXB names it
        String simple = type.getSimpleName();
        rootName =
            simple.length() > 1
                    && Character.isUpperCase(simple.charAt(0))
                    && Character.isUpperCase(simple.charAt(1))
                ? simple
                : Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
      }
      rootNamespace = "##default".equals(root.namespace()) ? schema : root.namespace();
      // interned, as the index's are: the reader hands JAXB a root name, and JAXB compares names by
      // identity (a string read from an annotation is a new one)
      rootName = rootName.intern();
      rootNamespace = rootNamespace.intern();
    }
    return new TypeFacts(xmlType != null, defaultNamespace, rootNamespace, rootName);
  }

  static FieldFacts fromAnnotations(Field field) {
    XmlElement element = field.getAnnotation(XmlElement.class);
    boolean plain =
        element == null
            && !Modifier.isStatic(field.getModifiers())
            && !field.isSynthetic()
            && field.getAnnotations().length == 0
            && field.getDeclaringClass().isAnnotationPresent(XmlType.class);
    List<Ref> refs = new ArrayList<>();
    XmlElementRefs elementRefs = field.getAnnotation(XmlElementRefs.class);
    if (elementRefs != null) {
      for (XmlElementRef ref : elementRefs.value()) {
        refs.add(new Ref(ref.namespace(), ref.name(), ref.type()));
      }
    }
    XmlAttribute attribute = field.getAnnotation(XmlAttribute.class);
    XmlJavaTypeAdapter adapter = field.getAnnotation(XmlJavaTypeAdapter.class);
    return new FieldFacts(
        element != null,
        element == null ? "" : element.namespace(),
        element == null ? "" : element.name(),
        plain,
        List.copyOf(refs),
        attribute == null ? null : attribute.name(),
        field.isAnnotationPresent(XmlValue.class),
        field.isAnnotationPresent(XmlAnyAttribute.class),
        adapter == null ? null : adapter.value());
  }

  // ---- the index: written by the build, read at run time ----

  /**
   * Writes the index of every model class reachable from the roots (the build runs this after
   * compiling, into the classes directory): {@code args[0]} is the file.
   *
   * @param args the index file to write
   * @throws IOException when it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Files.createDirectories(out.getParent());
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      write(w);
    }
  }

  /** Writes the index, one record per line, tab-separated, in the order the walk finds classes. */
  static void write(Writer w) throws IOException {
    Set<Class<?>> seen = new HashSet<>();
    List<Class<?>> todo = new ArrayList<>(ROOTS);
    while (!todo.isEmpty()) {
      Class<?> type = todo.remove(0);
      if (!seen.add(type)) {
        continue;
      }
      TypeFacts t = fromAnnotations(type);
      w.write(
          String.join(
              "\t",
              "T",
              type.getName(),
              t.model() ? "1" : "0",
              t.defaultNamespace(),
              t.rootName() == null ? "0" : "1",
              nullToEmpty(t.rootNamespace()),
              nullToEmpty(t.rootName())));
      w.write('\n');
      for (Field field : type.getDeclaredFields()) {
        FieldFacts f = fromAnnotations(field);
        w.write(
            String.join(
                "\t",
                "F",
                field.getName(),
                f.element() ? "1" : "0",
                f.elementNamespace(),
                f.elementName(),
                f.plainElement() ? "1" : "0",
                f.attribute() == null ? "0" : "1",
                nullToEmpty(f.attribute()),
                f.value() ? "1" : "0",
                f.otherAttributes() ? "1" : "0",
                f.adapter() == null ? "" : f.adapter().getName()));
        w.write('\n');
        for (Ref ref : f.refs()) {
          w.write(String.join("\t", "R", ref.namespace(), ref.name(), ref.type().getName()));
          w.write('\n');
          todo.add(ref.type());
        }
        Class<?> valueType = Vocabulary.elementType(field);
        if (valueType.isAnnotationPresent(XmlType.class)) {
          todo.add(valueType);
        }
      }
    }
  }

  private static String nullToEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  /** Reads the index, or null when it is missing or cannot be read (then annotations serve). */
  private static @Nullable ModelFacts load() {
    try (InputStream in = ModelFacts.class.getResourceAsStream(INDEX)) {
      if (in == null) {
        return null;
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException | ReflectiveOperationException | RuntimeException unreadable) {
      // a build without the index step, or an index of another build: the annotations say it all
      return null;
    }
  }

  static ModelFacts read(BufferedReader in) throws IOException, ReflectiveOperationException {
    ClassLoader loader = ModelFacts.class.getClassLoader();
    Map<Class<?>, TypeFacts> types = new HashMap<>();
    Map<Field, FieldFacts> fields = new HashMap<>();
    Class<?> type = null;
    Field field = null;
    String[] pending = null; // the F record whose R records may follow
    List<Ref> refs = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] r = line.split("\t", -1);
      for (int i = 0; i < r.length; i++) {
        // interned: the reader hands JAXB some of these names, and JAXB compares names by identity
        r[i] = r[i].intern();
      }
      if (!r[0].equals("R") && pending != null) {
        fields.put(field, fieldFacts(pending, refs, loader));
        pending = null;
        refs = new ArrayList<>();
      }
      switch (r[0]) {
        case "T" -> {
          type = Class.forName(r[1], false, loader);
          types.put(
              type,
              new TypeFacts(
                  r[2].equals("1"),
                  r[3],
                  r[4].equals("1") ? r[5] : null,
                  r[4].equals("1") ? r[6] : null));
        }
        case "F" -> {
          if (type == null) {
            throw new IOException("a field before its class");
          }
          field = type.getDeclaredField(r[1]);
          pending = r;
        }
        case "R" -> refs.add(new Ref(r[1], r[2], Class.forName(r[3], false, loader)));
        default -> throw new IOException("unknown record " + r[0]);
      }
    }
    if (pending != null) {
      fields.put(field, fieldFacts(pending, refs, loader));
    }
    return new ModelFacts(types, fields);
  }

  private static FieldFacts fieldFacts(String[] r, List<Ref> refs, ClassLoader loader)
      throws ClassNotFoundException {
    return new FieldFacts(
        r[2].equals("1"),
        r[3],
        r[4],
        r[5].equals("1"),
        List.copyOf(refs),
        r[6].equals("1") ? r[7] : null,
        r[8].equals("1"),
        r[9].equals("1"),
        r[10].isEmpty() ? null : Class.forName(r[10], false, loader));
  }
}
