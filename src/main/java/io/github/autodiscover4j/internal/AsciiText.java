package io.github.autodiscover4j.internal;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * The text of an ASCII document, read in place from the bytes it came in: what nearly every server
 * sends. The parser reads it through {@link #reader()}, so the document is never copied into a
 * {@code String} (a parse's largest allocation after the values themselves). The caller keeps the
 * bytes unchanged while the read lasts, as it does for any input it hands over. Any other byte
 * reads as its Latin-1 character (the encoding sniffing looks at a document's first bytes so).
 */
final class AsciiText implements CharSequence {
  private final byte[] bytes;
  private final int from;
  private final int to;
  private final boolean readAsDeclared;

  /**
   * Bytes {@code from} (inclusive) to {@code to} (exclusive).
   *
   * @param readAsDeclared whether a parser handed these bytes reads them as these characters: they
   *     start where the document does, and its XML declaration names no encoding, UTF-8, US-ASCII
   *     or ISO-8859-1 (the text of a document declared UTF-16 over ASCII bytes, as Exchange writes
   *     it, is its bytes read as ASCII all the same, but a parser would take the declaration at its
   *     word)
   */
  AsciiText(byte[] bytes, int from, int to, boolean readAsDeclared) {
    this.bytes = bytes;
    this.from = from;
    this.to = to;
    this.readAsDeclared = readAsDeclared;
  }

  @Override
  public int length() {
    return to - from;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= to - from) {
      throw new IndexOutOfBoundsException(index);
    }
    return (char) (bytes[from + index] & 0xFF); // Latin-1, as toString() decodes
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    if (start < 0 || end > to - from || start > end) {
      throw new IndexOutOfBoundsException(start + ".." + end + " of " + (to - from));
    }
    // a parser may read the rest of a document from its declaration on as it read the whole
    return new AsciiText(
        bytes,
        from + start,
        from + end,
        readAsDeclared && end == to - from && (start == 0 || isDeclaration(start)));
  }

  private boolean isDeclaration(int start) {
    return indexOf(bytes, from + start, to, "<?xml", from + start) == from + start;
  }

  /**
   * Whether a parser handed {@link #bytes()} from {@link #start()} reads them as this text's
   * characters (see the constructor).
   */
  boolean readAsDeclared() {
    return readAsDeclared;
  }

  /** The bytes this text reads in place (not a copy: the caller's). */
  byte[] bytes() {
    return bytes;
  }

  /** Where in {@link #bytes()} this text starts. */
  int start() {
    return from;
  }

  /**
   * Where {@code part} next occurs from {@code from}, as {@link String#indexOf(String, int)}: on
   * the bytes, without a call per character.
   */
  int indexOf(String part, int from) {
    int at = indexOf(bytes, this.from, to, part, this.from + Math.max(0, from));
    return at < 0 ? -1 : at - this.from;
  }

  /**
   * Where {@code part} next occurs in {@code bytes} (read as Latin-1 characters) between {@code
   * start} (inclusive) and {@code end} (exclusive), from {@code from} on; -1 if nowhere.
   */
  static int indexOf(byte[] bytes, int start, int end, String part, int from) {
    int n = part.length();
    if (n == 0) {
      return Math.min(Math.max(start, from), end);
    }
    byte first = (byte) part.charAt(0);
    for (int i = Math.max(start, from); i <= end - n; i++) {
      if (bytes[i] == first && matches(bytes, i, part)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean matches(byte[] bytes, int at, String part) {
    for (int k = 1; k < part.length(); k++) {
      if ((bytes[at + k] & 0xFF) != part.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /** A reader of a text: in place for this class, a {@link StringReader} for any other. */
  static Reader reader(CharSequence text) {
    return text instanceof AsciiText ascii ? ascii.reader() : new StringReader(text.toString());
  }

  /** The characters, one per byte, without a copy of the whole. */
  Reader reader() {
    return new Reader() {
      private int next = from;

      @Override
      public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
          return 0;
        }
        if (next >= to) {
          return -1;
        }
        int n = Math.min(length, to - next);
        for (int i = 0; i < n; i++) {
          buffer[offset + i] = (char) (bytes[next + i] & 0xFF);
        }
        next += n;
        return n;
      }

      @Override
      public int read() {
        return next < to ? bytes[next++] & 0xFF : -1;
      }

      @Override
      public void close() {
        // nothing to release: the bytes belong to the caller
      }
    };
  }
}
