package io.github.autodiscover4j.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes what JAXB marshals the way Exchange writes it: UTF-8 declaration, two-space indentation, and a default
 * namespace declaration wherever the namespace changes ({@code <Autodiscover xmlns="…responseschema/2006">
 * <Response xmlns="…2006a">}), never generated {@code ns2:} prefixes on elements. Attributes in a namespace get
 * a prefix declared where they are used. Characters XML 1.0 cannot carry are refused, not written.
 */
final class CanonicalXmlWriter implements XMLStreamWriter {
  private static final class Open {
    final String namespace; // the default namespace in scope inside this element
    final String localName; // the name as written, which is prefixed only in the XML namespace
    final Map<String, String> prefixes; // attribute namespace -> prefix declared on this element (or inherited)
    boolean hasChildren;
    boolean hasText;

    Open(String namespace, String localName, Map<String, String> prefixes) {
      this.namespace = namespace;
      this.localName = localName;
      this.prefixes = prefixes;
    }
  }

  private final Writer out;
  private final ArrayDeque<Open> open = new ArrayDeque<>();
  private boolean startTagOpen;
  private int generatedPrefixes;

  CanonicalXmlWriter(Writer out) {
    this.out = out;
  }

  private void write(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void closeStartTag() {
    if (startTagOpen) {
      write(">");
      startTagOpen = false;
    }
  }

  private void indent(int depth) {
    StringBuilder sb = new StringBuilder(1 + 2 * depth).append('\n');
    for (int i = 0; i < depth; i++) {
      sb.append("  ");
    }
    write(sb.toString());
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
      // The XML namespace may not be declared as the default one: its elements keep their predeclared prefix.
      name = "xml:" + localName;
      ns = inheritedNs;
    }
    write("<" + name);
    if (!ns.equals(inheritedNs)) {
      write(" xmlns=\"" + escape(ns, true) + "\"");
    }
    open.push(new Open(ns, name, parent == null ? new HashMap<>() : new HashMap<>(parent.prefixes)));
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
    write("</" + element.localName + ">");
  }

  @Override
  public void writeAttribute(String prefix, String namespaceUri, String localName, String value) {
    String ns = namespaceUri == null ? "" : namespaceUri;
    if (ns.isEmpty()) {
      write(" " + localName + "=\"" + escape(value, true) + "\"");
      return;
    }
    Open element = open.peek();
    String p = element.prefixes.get(ns);
    if (p == null) {
      if (ns.equals(javax.xml.XMLConstants.XML_NS_URI)) {
        p = "xml"; // predeclared, never declared again
      } else {
        // The suggestion is kept unless it is reserved or already means another namespace here; a generated
        // prefix is checked the same way, so that no prefix in scope is ever rebound under an attribute's feet.
        p = prefix;
        while (p == null || p.isEmpty() || p.regionMatches(true, 0, "xml", 0, 3) || element.prefixes.containsValue(p)) {
          p = "ns" + ++generatedPrefixes;
        }
        write(" xmlns:" + p + "=\"" + escape(ns, true) + "\"");
      }
      element.prefixes.put(ns, p);
    }
    write(" " + p + ":" + localName + "=\"" + escape(value, true) + "\"");
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
    // Declarations are derived from what is written (see the class comment); JAXB's own are not needed.
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
    write(escape(text, false));
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
    // the caller owns the underlying writer
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String getPrefix(String uri) {
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
  public NamespaceContext getNamespaceContext() {
    return null;
  }

  @Override
  public Object getProperty(String name) {
    throw new IllegalArgumentException("no property " + name);
  }

  /**
   * Escapes markup characters and refuses characters XML 1.0 cannot represent (control characters other than
   * tab, line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates). Carriage returns and, in
   * attributes, tabs and line feeds are written as character references so that they survive reading.
   */
  static String escape(String s, boolean attribute) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement = null;
      switch (c) {
        case '&':
          replacement = "&amp;";
          break;
        case '<':
          replacement = "&lt;";
          break;
        case '>':
          replacement = "&gt;";
          break;
        case '"':
          replacement = attribute ? "&quot;" : null;
          break;
        case '\r':
          replacement = "&#13;";
          break;
        case '\n':
          replacement = attribute ? "&#10;" : null;
          break;
        case '\t':
          replacement = attribute ? "&#9;" : null;
          break;
        default:
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            throw new IllegalArgumentException(
                String.format("character U+%04X cannot be written in XML 1.0", (int) c));
          }
          if (Character.isHighSurrogate(c)) {
            if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
              throw new IllegalArgumentException(
                  String.format("unpaired surrogate U+%04X cannot be written in XML", (int) c));
            }
            if (sb != null) {
              sb.append(c).append(s.charAt(i + 1));
            }
            i++;
            continue;
          }
          if (Character.isLowSurrogate(c)) {
            throw new IllegalArgumentException(
                String.format("unpaired surrogate U+%04X cannot be written in XML", (int) c));
          }
      }
      if (replacement != null) {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        sb.append(replacement);
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
