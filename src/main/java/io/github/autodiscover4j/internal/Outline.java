package io.github.autodiscover4j.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where every element of a document stood and how it was written, recorded by the reader on request
 * (for lint): the model keeps canonical names and no positions, so spelling variants, namespace
 * choices, duplicates and line numbers are only known here. Internal.
 */
public final class Outline {
  /** One element as the document wrote it. */
  public static final class Element {
    /**
     * The canonical path, with an index on repeatable or repeated elements: {@code
     * .../Protocol[2]/Port}.
     */
    public final String path;

    /** The 1-based line of the element's start tag. */
    public final int line;

    /** The column just after the element's start tag. */
    public final int column;

    /** The local name as written. */
    public final String rawName;

    /** The namespace as written (empty for none). */
    public final String rawNamespace;

    /** The canonical local name. */
    public final String name;

    /** The namespace the element was read into. */
    public final String namespace;

    /** Whether the schema knows the element at this place. */
    public final boolean known;

    /**
     * Whether the element repeated a sibling the schema allows only once (only the last one is
     * kept).
     */
    public final boolean duplicate;

    Element(
        String path,
        int line,
        int column,
        String rawName,
        String rawNamespace,
        String name,
        String namespace,
        boolean known,
        boolean duplicate) {
      this.path = path;
      this.line = line;
      this.column = column;
      this.rawName = rawName;
      this.rawNamespace = rawNamespace;
      this.name = name;
      this.namespace = namespace;
      this.known = known;
      this.duplicate = duplicate;
    }
  }

  private final List<Element> elements = new ArrayList<>();

  void add(Element element) {
    elements.add(element);
  }

  /**
   * Returns the elements in document order.
   *
   * @return an unmodifiable list
   */
  public List<Element> elements() {
    return Collections.unmodifiableList(elements);
  }

  /**
   * Finds an element by its canonical path.
   *
   * @param path for example {@code Autodiscover/Response/Account/Protocol[1]/Port}
   * @return the first element with that path, or null
   */
  public @Nullable Element find(String path) {
    for (Element e : elements) {
      if (e.path.equals(path)) {
        return e;
      }
    }
    return null;
  }
}
