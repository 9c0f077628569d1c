package io.github.autodiscover4j.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes what JAXB marshals the way Exchange writes it: UTF-8 declaration, two-space indentation,
 * and a default namespace declaration wherever the namespace changes ({@code <Autodiscover
 * xmlns="…responseschema/2006"> <Response xmlns="…2006a">}), never generated {@code ns2:} prefixes
 * on elements. Attributes in a namespace get a prefix declared where they are used. Characters XML
 * 1.0 cannot carry are refused, not written.
 */
final class CanonicalXmlWriter implements XMLStreamWriter {
  private static final class Open {
    final String namespace; // the default namespace in scope inside this element
    final String localName; // the name as written, which is prefixed only in the XML namespace
    // attribute namespace -> prefix declared on this element (or inherited): the parent's map,
    // shared until this element declares a prefix of its own
    Map<String, String> prefixes;
    boolean ownsPrefixes;
    boolean hasChildren;
    boolean hasText;

    Open(String namespace, String localName, Map<String, String> prefixes) {
      this.namespace = namespace;
      this.localName = localName;
      this.prefixes = prefixes;
    }
  }

  // Below '?': whether a character is written as it is in both text and attributes.
  private static final boolean[] PLAIN = new boolean[0x3F];

  static {
    for (char c = 0x20; c < 0x3F; c++) {
      PLAIN[c] = c != '&' && c != '<' && c != '>' && c != '"';
    }
  }

  // Indentation for the first depths in one piece: a line feed and two spaces per level.
  private static final String INDENTS = "\n" + "  ".repeat(32);

  // the whole document: Codec hands it on in one piece when it is done
  private final StringBuilder buffer = new StringBuilder(4096); // most documents fit
  private final ArrayDeque<Open> open = new ArrayDeque<>();
  private boolean startTagOpen;
  private int generatedPrefixes;

  /** The document written so far. */
  String text() {
    return buffer.toString();
  }

  private void write(String s) {
    buffer.append(s);
  }

  private void closeStartTag() {
    if (startTagOpen) {
      write(">");
      startTagOpen = false;
    }
  }

  private void indent(int depth) {
    if (2 * depth < INDENTS.length()) {
      buffer.append(INDENTS, 0, 1 + 2 * depth);
      return;
    }
    buffer.append('\n');
    for (int i = 0; i < depth; i++) {
      buffer.append("  ");
    }
  }

  @Override
  public void writeStartDocument() {
    write("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
  }

  @Override
  public void writeStartDocument(String version) {
    writeStartDocument();
  }

  @Override
  public void writeStartDocument(String encoding, String version) {
    writeStartDocument();
  }

  @Override
  public void writeStartElement(String prefix, String localName, String namespaceUri) {
    String ns = namespaceUri == null ? "" : namespaceUri;
    closeStartTag();
    Open parent = open.peek();
    String inheritedNs = parent == null ? "" : parent.namespace;
    if (parent == null) {
      write("\n"); // after the XML declaration
    } else {
      parent.hasChildren = true;
      if (!parent.hasText) {
        indent(open.size());
      }
    }
    String name = localName;
    if (ns.equals(javax.xml.XMLConstants.XML_NS_URI)) {
      // The XML namespace may not be declared as the default one: its elements keep their
      // predeclared prefix.
      name = "xml:" + localName;
      ns = inheritedNs;
    }
    buffer.append('<').append(name);
    if (!ns.equals(inheritedNs)) {
      buffer.append(" xmlns=\"");
      escape(ns, true);
      buffer.append('"');
    }
    Open element = new Open(ns, name, parent == null ? new HashMap<>() : parent.prefixes);
    element.ownsPrefixes = parent == null;
    open.push(element);
    startTagOpen = true;
  }

  @Override
  public void writeStartElement(String namespaceUri, String localName) {
    writeStartElement("", localName, namespaceUri);
  }

  @Override
  public void writeStartElement(String localName) {
    writeStartElement("", localName, open.isEmpty() ? "" : open.peek().namespace);
  }

  @Override
  public void writeEmptyElement(String namespaceUri, String localName) {
    writeStartElement(namespaceUri, localName);
    writeEndElement();
  }

  @Override
  public void writeEmptyElement(String prefix, String localName, String namespaceUri) {
    writeStartElement(prefix, localName, namespaceUri);
    writeEndElement();
  }

  @Override
  public void writeEmptyElement(String localName) {
    writeStartElement(localName);
    writeEndElement();
  }

  @Override
  public void writeEndElement() {
    Open element = open.pop();
    if (startTagOpen) {
      write(" />");
      startTagOpen = false;
      return;
    }
    if (element.hasChildren && !element.hasText) {
      indent(open.size());
    }
    buffer.append("</").append(element.localName).append('>');
  }

  @Override
  public void writeAttribute(String prefix, String namespaceUri, String localName, String value) {
    String ns = namespaceUri == null ? "" : namespaceUri;
    if (ns.isEmpty()) {
      attribute(null, localName, value);
      return;
    }
    Open element = open.peek();
    String p = element.prefixes.get(ns);
    if (p == null) {
      if (ns.equals(javax.xml.XMLConstants.XML_NS_URI)) {
        p = "xml"; // predeclared, never declared again
      } else {
        // The suggestion is kept unless it is reserved or already means another namespace here; a
        // generated prefix is checked the same way, so that no prefix in scope is ever rebound
        // under an attribute's feet.
        p = prefix;
        while (p == null
            || p.isEmpty()
            || p.regionMatches(true, 0, "xml", 0, 3)
            || element.prefixes.containsValue(p)) {
          p = "ns" + ++generatedPrefixes;
        }
        attribute("xmlns", p, ns);
      }
      if (!element.ownsPrefixes) {
        element.prefixes = new HashMap<>(element.prefixes);
        element.ownsPrefixes = true;
      }
      element.prefixes.put(ns, p);
    }
    attribute(p, localName, value);
  }

  private void attribute(@Nullable String prefix, String localName, String value) {
    buffer.append(' ');
    if (prefix != null) {
      buffer.append(prefix).append(':');
    }
    buffer.append(localName).append("=\"");
    escape(value, true);
    buffer.append('"');
  }

  @Override
  public void writeAttribute(String namespaceUri, String localName, String value) {
    writeAttribute("", namespaceUri, localName, value);
  }

  @Override
  public void writeAttribute(String localName, String value) {
    writeAttribute("", "", localName, value);
  }

  @Override
  public void writeNamespace(String prefix, String namespaceUri) {
    // Declarations are derived from what is written (see the class comment); JAXB's own are not
    // needed.
  }

  @Override
  public void writeDefaultNamespace(String namespaceUri) {
    // see writeNamespace
  }

  @Override
  public void writeCharacters(String text) {
    if (text.isEmpty()) {
      return;
    }
    closeStartTag();
    Open element = open.peek();
    if (element != null) {
      element.hasText = true;
    }
    escape(text, false);
  }

  @Override
  public void writeCharacters(char[] text, int start, int len) {
    writeCharacters(new String(text, start, len));
  }

  @Override
  public void writeCData(String data) {
    writeCharacters(data);
  }

  @Override
  public void writeComment(String data) {
    // comments are not part of the model
  }

  @Override
  public void writeProcessingInstruction(String target) {
    // not part of the model
  }

  @Override
  public void writeProcessingInstruction(String target, String data) {
    // not part of the model
  }

  @Override
  public void writeDTD(String dtd) {
    throw new UnsupportedOperationException("a DOCTYPE is never written");
  }

  @Override
  public void writeEntityRef(String name) {
    throw new UnsupportedOperationException("entity references are never written");
  }

  @Override
  public void writeEndDocument() {
    while (!open.isEmpty()) {
      writeEndElement();
    }
    write("\n");
  }

  @Override
  public void close() {
    // nothing to release: the document is in memory
  }

  @Override
  public void flush() {
    // nothing to flush: the document is in memory until text()
  }

  @Override
  public @Nullable String getPrefix(String uri) {
    return open.isEmpty() ? null : open.peek().prefixes.get(uri);
  }

  @Override
  public void setPrefix(String prefix, String uri) {
    // prefixes are chosen by this writer
  }

  @Override
  public void setDefaultNamespace(String uri) {
    // chosen by this writer
  }

  @Override
  public void setNamespaceContext(NamespaceContext context) {
    // chosen by this writer
  }

  @Override
  public @Nullable NamespaceContext getNamespaceContext() {
    return null;
  }

  @Override
  public Object getProperty(String name) {
    throw new IllegalArgumentException("no property " + name);
  }

  /**
   * Escapes markup characters and refuses characters XML 1.0 cannot represent (control characters
   * other than tab, line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates). Carriage
   * returns and, in attributes, tabs and line feeds are written as character references so that
   * they survive reading.
   */
  /** Appends {@code s} to the buffer, escaped; fails on what XML 1.0 cannot carry. */
  private void escape(String s, boolean attribute) {
    StringBuilder sb = buffer;
    int length = s.length();
    int first = 0;
    // the fast path: most text needs no escaping and is appended in one call
    while (first < length) {
      char c = s.charAt(first);
      if (c < 0x3F ? PLAIN[c] : c < 0xD800) {
        first++;
      } else {
        break;
      }
    }
    if (first == length) {
      sb.append(s);
      return;
    }
    int unescapedFrom = 0;
    for (int i = first; i < length; i++) {
      char c = s.charAt(i);
      String replacement = null;
      switch (c) {
        case '&' -> replacement = "&amp;";
        case '<' -> replacement = "&lt;";
        case '>' -> replacement = "&gt;";
        case '"' -> replacement = attribute ? "&quot;" : null;
        case '\r' -> replacement = "&#13;";
        case '\n' -> replacement = attribute ? "&#10;" : null;
        case '\t' -> replacement = attribute ? "&#9;" : null;
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            throw new IllegalArgumentException(
                String.format("character U+%04X cannot be written in XML 1.0", (int) c));
          }
          if (Character.isHighSurrogate(c)) {
            if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
              throw new IllegalArgumentException(
                  String.format("unpaired surrogate U+%04X cannot be written in XML", (int) c));
            }
            i++;
            continue;
          }
          if (Character.isLowSurrogate(c)) {
            throw new IllegalArgumentException(
                String.format("unpaired surrogate U+%04X cannot be written in XML", (int) c));
          }
        }
      }
      if (replacement != null) {
        sb.append(s, unescapedFrom, i).append(replacement);
        unescapedFrom = i + 1;
      }
    }
    sb.append(s, unescapedFrom, s.length());
  }
}
