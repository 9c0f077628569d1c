package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.value.UnknownElement;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Replaces the DOM nodes JAXB captures for unknown elements with {@link UnknownElement} values,
 * right after each model object is read, so that the model compares by value and keeps no DOM.
 */
final class UnknownElements {
  private static final MethodHandle NONE =
      MethodHandles.dropArguments(MethodHandles.constant(List.class, null), 0, Object.class);
  private static final Map<Class<?>, MethodHandle> LISTS = new ConcurrentHashMap<>();

  private UnknownElements() {}

  /** Whether objects of a model type keep a list of unknown elements. */
  static boolean hasList(Class<?> type) {
    return LISTS.computeIfAbsent(type, UnknownElements::listGetter) != NONE;
  }

  /** The unknown-element list of a model object (created by its getter), or null without one. */
  @SuppressWarnings("unchecked")
  static @Nullable List<Object> list(Object target) {
    try {
      return (List<Object>)
          LISTS.computeIfAbsent(target.getClass(), UnknownElements::listGetter).invoke(target);
    } catch (Throwable e) {
      throw new IllegalStateException(
          "cannot read the unknown elements of " + target.getClass(), e);
    }
  }

  /** Converts the DOM items of {@code target}'s unknown-element list, if it has one. */
  static void convert(Object target) {
    List<?> list;
    try {
      list =
          (List<?>)
              LISTS.computeIfAbsent(target.getClass(), UnknownElements::listGetter).invoke(target);
    } catch (Throwable e) {
      throw new IllegalStateException(
          "cannot read the unknown elements of " + target.getClass(), e);
    }
    if (list == null || list.isEmpty()) {
      return;
    }
    @SuppressWarnings("unchecked")
    ListIterator<Object> items = ((List<Object>) list).listIterator();
    while (items.hasNext()) {
      Object item = items.next();
      if (item instanceof Element element) {
        items.set(toValue(element));
      }
    }
  }

  private static MethodHandle listGetter(Class<?> type) {
    for (String name : new String[] {"getUnknownElements", "getContent"}) {
      try {
        return MethodHandles.publicLookup()
            .findVirtual(type, name, MethodType.methodType(List.class))
            .asType(MethodType.methodType(List.class, Object.class));
      } catch (NoSuchMethodException | IllegalAccessException e) {
        // try the next name
      }
    }
    return NONE;
  }

  static UnknownElement toValue(Element element) {
    Map<QName, String> attributes = new LinkedHashMap<>();
    NamedNodeMap attrs = element.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr attr = (Attr) attrs.item(i);
      if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attr.getNamespaceURI())) {
        attributes.put(qname(attr), attr.getValue());
      }
    }
    boolean hasChildElements = false;
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      hasChildElements |= child.getNodeType() == Node.ELEMENT_NODE;
    }
    List<Object> content = new ArrayList<>();
    StringBuilder text = null;
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      short type = child.getNodeType();
      if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
        text = text == null ? new StringBuilder() : text;
        text.append(child.getNodeValue());
      } else if (type == Node.ELEMENT_NODE) {
        addText(content, text, hasChildElements);
        text = null;
        content.add(toValue((Element) child));
      }
    }
    addText(content, text, hasChildElements);
    return new UnknownElement(qname(element), attributes, content);
  }

  /** White space between child elements is formatting, not content. */
  private static void addText(
      List<Object> content, @Nullable StringBuilder text, boolean hasChildElements) {
    if (text != null && !(hasChildElements && text.toString().isBlank())) {
      content.add(text.toString());
    }
  }

  private static QName qname(Node node) {
    String ns = node.getNamespaceURI() == null ? "" : node.getNamespaceURI();
    String local = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    String prefix = node.getPrefix() == null ? "" : node.getPrefix();
    return new QName(ns, local, prefix);
  }
}
