package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.AutodiscoverException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Names what a body is when it is plainly not XML for us (empty, JSON, an HTML page), or starts
 * with a DOCTYPE, before any XML rule fires: a login page with {@code <!DOCTYPE html>} would
 * otherwise be reported as "a DOCTYPE is not allowed". Looks only at the start of the text,
 * skipping white space, an XML declaration and comments, so it costs nothing on real documents.
 */
final class BodyKind {
  private BodyKind() {}

  /**
   * Returns the exception for a body that is empty, JSON or HTML, or null when it may be XML.
   *
   * @param text the decoded body, byte order mark removed
   * @param lineOffset lines removed before {@code text}, for positions
   * @return the exception to throw, or null
   */
  static @Nullable AutodiscoverException check(CharSequence text, int lineOffset) {
    return check(text, lineOffset, "an Autodiscover document");
  }

  /**
   * Returns the exception for a body that is empty, JSON or HTML, or null when it may be XML.
   *
   * @param text the decoded body, byte order mark removed
   * @param lineOffset lines removed before {@code text}, for positions
   * @param expected what the body should have been, for the message: {@code an autoconfig document}
   * @return the exception to throw, or null
   */
  static @Nullable AutodiscoverException check(CharSequence text, int lineOffset, String expected) {
    int i = skipSpace(text, 0, text.length());
    if (i == text.length()) {
      return new AutodiscoverException(
          AutodiscoverException.Kind.EMPTY, "an empty body, not " + expected, -1, -1, null);
    }
    char first = text.charAt(i);
    if (first == '{' || first == '[') {
      return at(
          AutodiscoverException.Kind.JSON, "a JSON body, not " + expected, text, i, lineOffset);
    }
    // past an XML declaration and comments to the first markup that says something
    for (boolean skipped = true; skipped && i < text.length(); ) {
      skipped = false;
      if (startsWith(text, "<?xml", i)) {
        int end = indexOf(text, "?>", i);
        if (end < 0) {
          return null;
        }
        i = skipSpace(text, end + 2, text.length());
        skipped = true;
      } else if (startsWith(text, "<!--", i)) {
        int end = indexOf(text, "-->", i + 4);
        if (end < 0) {
          return null;
        }
        i = skipSpace(text, end + 3, text.length());
        skipped = true;
      }
    }
    // what every document does: an element that is neither <html>, <head>, <body> nor a DOCTYPE
    char after = i + 1 < text.length() ? Character.toLowerCase(text.charAt(i + 1)) : ' ';
    if (i >= text.length()
        || text.charAt(i) != '<'
        || (after != 'h' && after != 'b' && after != '!')) {
      return null;
    }
    String head =
        text.subSequence(i, Math.min(text.length(), i + 16)).toString().toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html")
        || startsTag(head, "html")
        || startsTag(head, "head")
        || startsTag(head, "body")) {
      return at(
          AutodiscoverException.Kind.HTML, "an HTML page, not " + expected, text, i, lineOffset);
    }
    if (head.startsWith("<!doctype")) {
      // refused here, before the parser reads its internal subset: the JDK's scanner fails there on
      // some bad characters with a MissingResourceException of its own (found by the fuzz target)
      return at(
          AutodiscoverException.Kind.FORBIDDEN,
          "a DOCTYPE is not allowed in " + expected,
          text,
          i,
          lineOffset);
    }
    return null;
  }

  /** Whether {@code text} has {@code prefix} at {@code from}, as {@link String#startsWith}. */
  static boolean startsWith(CharSequence text, String prefix, int from) {
    if (from < 0 || from + prefix.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (text.charAt(from + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where {@code part} next occurs in {@code text} from {@code from}, as {@link String#indexOf}.
   */
  static int indexOf(CharSequence text, String part, int from) {
    if (text instanceof String s) {
      return s.indexOf(part, from);
    }
    if (text instanceof AsciiText ascii) {
      return ascii.indexOf(part, from);
    }
    char first = part.charAt(0);
    for (int i = Math.max(0, from); i + part.length() <= text.length(); i++) {
      if (text.charAt(i) == first && startsWith(text, part, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsTag(String head, String name) {
    if (!head.startsWith("<" + name) || head.length() <= name.length() + 1) {
      return false;
    }
    char next = head.charAt(name.length() + 1);
    return next == '>' || next == '/' || Character.isWhitespace(next);
  }

  /**
   * The first index from {@code from} (below {@code to}) that is not white space, else {@code to}.
   */
  static int skipSpace(CharSequence text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static AutodiscoverException at(
      AutodiscoverException.Kind kind,
      String reason,
      CharSequence text,
      int index,
      int lineOffset) {
    int line = 1;
    int lineStart = 0;
    for (int k = 0; k < index; k++) {
      if (text.charAt(k) == '\n') {
        line++;
        lineStart = k + 1;
      }
    }
    return new AutodiscoverException(kind, reason, line + lineOffset, index - lineStart + 1, null);
  }
}
