package io.github.autodiscover4j.value;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlMixed;
import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.namespace.QName;
import org.jspecify.annotations.Nullable;

/**
 * An element the model does not know, kept whole so that it survives a parse/write round trip:
 * vendor extensions ({@code ConsumerMailbox}), elements of other namespaces, future additions.
 *
 * <p>It appears in the {@code getUnknownElements()} list of the model class it was found in. Its
 * content is a list of {@code String} (text) and {@code UnknownElement} (child) items in document
 * order; comments and processing instructions are not kept, nor is white space between the children
 * of an element that has child elements (it is formatting). Instances are immutable and compare by
 * value.
 *
 * <p>It is a {@link JAXBElement} so that JAXB writes it back under its own name; {@link #setValue}
 * and {@link #setNil} are not supported.
 */
public final class UnknownElement extends JAXBElement<UnknownElement.Content> {
  private static final long serialVersionUID = 1L;

  /** The attributes in document order, unmodifiable. */
  private final Map<QName, String> attributes;

  /** Text and child elements in document order, unmodifiable. */
  private final List<Object> content;

  /**
   * Creates an element.
   *
   * @param name the element's qualified name
   * @param attributes its attributes in document order (namespace declarations excluded)
   * @param content {@code String} and {@code UnknownElement} items in document order
   * @throws IllegalArgumentException when {@code content} holds anything else
   */
  public UnknownElement(QName name, Map<QName, String> attributes, List<?> content) {
    super(Objects.requireNonNull(name, "name"), Content.class, null, new Content());
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    List<Object> items = new ArrayList<>(content.size());
    for (Object item : content) {
      if (!(item instanceof String) && !(item instanceof UnknownElement)) {
        throw new IllegalArgumentException(
            "content items must be String or UnknownElement, not "
                + (item == null ? "null" : item.getClass()));
      }
      items.add(item);
    }
    this.content = Collections.unmodifiableList(items);
    getValue().attributes = this.attributes;
    getValue().items = this.content;
  }

  /**
   * Returns the element's qualified name.
   *
   * @return the name
   */
  public QName name() {
    return getName();
  }

  /**
   * Returns the element's attributes.
   *
   * @return an unmodifiable map in document order
   */
  public Map<QName, String> attributes() {
    return attributes;
  }

  /**
   * Returns the element's content: text and child elements in document order.
   *
   * @return an unmodifiable list of {@code String} and {@code UnknownElement}
   */
  public List<Object> content() {
    return content;
  }

  /**
   * Returns the child elements.
   *
   * @return an unmodifiable list in document order
   */
  public List<UnknownElement> children() {
    List<UnknownElement> children = new ArrayList<>();
    for (Object item : content) {
      if (item instanceof UnknownElement unknownElement) {
        children.add(unknownElement);
      }
    }
    return Collections.unmodifiableList(children);
  }

  /**
   * Returns the element's own text (its text items joined, children excluded).
   *
   * @return the text, empty when there is none
   */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (Object item : content) {
      if (item instanceof String string) {
        text.append(string);
      }
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof UnknownElement other)) {
      return false;
    }

    return getName().equals(other.getName())
        && attributes.equals(other.attributes)
        && content.equals(other.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(getName(), attributes, content);
  }

  /** Returns a short description such as {@code {urn:x}Hint{level=2}[text]}. */
  @Override
  public String toString() {
    return getName() + (attributes.isEmpty() ? "" : attributes.toString()) + content;
  }

  /**
   * Not supported once constructed: the element is immutable.
   *
   * @throws UnsupportedOperationException always, after construction
   */
  @Override
  public void setValue(Content value) {
    if (getValue() != null) {
      throw new UnsupportedOperationException("UnknownElement is immutable");
    }
    super.setValue(value); // JAXBElement's constructor sets the value through here
  }

  /**
   * Not supported: the element is immutable.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public void setNil(boolean value) {
    throw new UnsupportedOperationException("UnknownElement is immutable");
  }

  /**
   * How JAXB sees an unknown element's attributes and content when it writes it. Read them through
   * {@link UnknownElement#attributes()} and {@link UnknownElement#content()} instead.
   */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "")
  public static final class Content implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The element's attributes, as JAXB writes them. */
    @SuppressWarnings("UnusedVariable") // read by JAXB, by reflection
    @XmlAnyAttribute
    private @Nullable Map<QName, String> attributes;

    /** The element's text and children, as JAXB writes them. */
    @SuppressWarnings("UnusedVariable") // read by JAXB, by reflection
    @XmlMixed
    @XmlAnyElement(lax = true)
    private @Nullable List<Object> items;

    private Content() {}
  }
}
