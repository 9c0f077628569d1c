package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.Namespaces;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Decides which schema an element whose namespace is missing (or ambiguous) belongs to, by a
 * bounded look at its children. Only documents that leave the namespace out pay for this second,
 * partial read.
 */
final class Sniffer {
  private static final int MAX_EVENTS = 10_000;

  private Sniffer() {}

  /**
   * Namespace of a root {@code Autodiscover} without a usable namespace: a request's or the
   * response envelope's.
   */
  static String rootNamespace(XMLInputFactory factory, CharSequence xml) {
    Summary s = summarize(factory, xml);
    if ("request".equals(s.firstChild)) {
      return s.acceptableSchema.contains("mobilesync")
          ? Namespaces.MOBILE_SYNC_REQUEST
          : Namespaces.OUTLOOK_REQUEST;
    }
    return Namespaces.RESPONSE;
  }

  /**
   * Namespace of the root's {@code Response} when it is not written in the Outlook or MobileSync
   * namespace.
   */
  static String responseNamespace(XMLInputFactory factory, CharSequence xml) {
    Summary s = summarize(factory, xml);
    Set<String> names = s.grandchildren;
    if (names.contains("culture") || names.contains("action")) {
      return Namespaces.MOBILE_SYNC_RESPONSE;
    }
    if (names.contains("account")) {
      return Namespaces.OUTLOOK_RESPONSE;
    }
    if (names.contains("user")) {
      return s.userHasEmailAddress ? Namespaces.MOBILE_SYNC_RESPONSE : Namespaces.OUTLOOK_RESPONSE;
    }
    return Namespaces.RESPONSE;
  }

  private static final class Summary {
    String firstChild = "";
    final Set<String> grandchildren = new HashSet<>();
    boolean userHasEmailAddress;
    String acceptableSchema = "";
  }

  private static Summary summarize(XMLInputFactory factory, CharSequence xml) {
    Summary s = new Summary();
    XMLStreamReader r = null;
    try {
      r = Xml.reader(factory, xml);
      int depth = 0;
      String depth3Parent = null;
      for (int events = 0; r.hasNext() && events < MAX_EVENTS; events++) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String name = r.getLocalName().toLowerCase(Locale.ROOT);
          if (depth == 2) {
            s.firstChild = name;
          } else if (depth == 3) {
            s.grandchildren.add(name);
            depth3Parent = name;
            if ("acceptableresponseschema".equals(name)) {
              s.acceptableSchema = r.getElementText().toLowerCase(Locale.ROOT);
              depth--;
            }
          } else if (depth == 4 && "user".equals(depth3Parent) && "emailaddress".equals(name)) {
            s.userHasEmailAddress = true;
          }
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          depth--;
          if (depth == 1) {
            break;
          }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      // The main read reports malformed input with its position; a guess from what was seen is
      // enough here.
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to release for an in-memory source
        }
      }
    }
    return s;
  }
}
