package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.AutodiscoverException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes a server sent into the text the parser reads. The encoding comes from the bytes
 * (a byte order mark, or the zero-byte pattern of UTF-16/UTF-32), then from the XML declaration
 * only when it names an ASCII-compatible charset; otherwise UTF-8. This is how a declaration of
 * {@code utf-16} over UTF-8 bytes, as Exchange writes it, still reads correctly. Undecodable bytes
 * fail with their position.
 */
final class TextInput {
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
          long[].class, java.nio.ByteOrder.nativeOrder());
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private TextInput() {}

  /** The document's text as a {@code String}. */
  static String decode(byte[] bytes, int length) throws AutodiscoverException {
    return text(bytes, length).toString();
  }

  /**
   * The document's text: for an ASCII document in an ASCII-compatible encoding the bytes read in
   * place ({@link AsciiText}), else the decoded {@code String}.
   */
  static CharSequence text(byte[] bytes, int length) throws AutodiscoverException {
    Charset charset;
    int skip = 0;
    if (startsWith(bytes, length, 0x00, 0x00, 0xFE, 0xFF)) {
      charset = UTF_32BE;
      skip = 4;
    } else if (startsWith(bytes, length, 0xFF, 0xFE, 0x00, 0x00)) {
      charset = UTF_32LE;
      skip = 4;
    } else if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF, -1)) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
    } else if (startsWith(bytes, length, 0xFE, 0xFF, -1, -1)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (startsWith(bytes, length, 0xFF, 0xFE, -1, -1)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (startsWith(bytes, length, 0x00, 0x00, 0x00, '<')) {
      charset = UTF_32BE;
    } else if (startsWith(bytes, length, '<', 0x00, 0x00, 0x00)) {
      charset = UTF_32LE;
    } else if (startsWith(bytes, length, 0x00, '<', -1, -1)) {
      charset = StandardCharsets.UTF_16BE;
    } else if (startsWith(bytes, length, '<', 0x00, -1, -1)) {
      charset = StandardCharsets.UTF_16LE;
    } else {
      int declared = declared(bytes, length);
      if (isAscii(bytes, 0, length)) {
        // What nearly every server sends. ASCII decodes the same in every ASCII-compatible charset
        // and cannot fail: the bytes are the characters, read in place. A parser handed the bytes
        // themselves reads them so when the declaration names UTF-8, US-ASCII, ISO-8859-1 or none.
        return new AsciiText(bytes, 0, length, declared <= DECLARED_LATIN1);
      }
      charset = charset(declared);
    }
    if (skip == 3 && isAscii(bytes, skip, length)) {
      // UTF-8 after its byte order mark: the same characters in place (a parser handed the bytes
      // would meet the mark, so not those)
      return new AsciiText(bytes, skip, length, false);
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, length - skip);
    // None of these charsets makes more characters than bytes (UTF-8's four-byte sequences give two
    // chars, the wide encodings fewer), so the buffer is the input's size and never overflows.
    CharBuffer out = CharBuffer.allocate(length - skip);
    var result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isOverflow()) {
      throw new IllegalStateException(charset + " made more characters than bytes");
    }
    if (result.isError()) {
      out.flip();
      int[] lineColumn = lineColumn(out);
      throw new AutodiscoverException(
          AutodiscoverException.Kind.NOT_WELL_FORMED,
          "bytes that are not valid " + charset.name() + " at byte offset " + in.position(),
          lineColumn[0],
          lineColumn[1],
          codingException(result));
    }
    out.flip();
    return out.toString();
  }

  private static @Nullable CharacterCodingException codingException(
      java.nio.charset.CoderResult result) {
    try {
      result.throwException();
    } catch (CharacterCodingException e) {
      return e;
    }
    return null;
  }

  private static int[] lineColumn(CharSequence text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** No encoding declared, or UTF-8 by its name: read as UTF-8. */
  private static final int DECLARED_UTF8 = 0;

  /** ISO-8859-1 or US-ASCII by its standard name: read as Latin-1. */
  private static final int DECLARED_LATIN1 = 1;

  /** Another name of Latin-1 or ASCII ({@code latin1}, {@code ascii}): read as Latin-1. */
  private static final int LATIN1_ALIAS = 2;

  /** windows-1252 (or cp1252). */
  private static final int WINDOWS_1252 = 3;

  /**
   * Any other name: read as UTF-8, as is a declaration of UTF-16 over UTF-8 bytes, which Exchange
   * writes.
   */
  private static final int OTHER = 4;

  /** The charset a declaration's class is read in (when the bytes themselves tell none). */
  private static Charset charset(int declared) {
    return switch (declared) {
      case DECLARED_LATIN1, LATIN1_ALIAS -> StandardCharsets.ISO_8859_1;
      case WINDOWS_1252 ->
          Charset.isSupported("windows-1252")
              ? Charset.forName("windows-1252")
              : StandardCharsets.ISO_8859_1;
      default -> StandardCharsets.UTF_8;
    };
  }

  /** What the XML declaration names: {@link #DECLARED_UTF8} to {@link #OTHER}. */
  private static int declared(byte[] bytes, int length) {
    // the first bytes as Latin-1 characters, in place
    int end = Math.min(length, 200);
    int decl = AsciiText.indexOf(bytes, 0, end, "<?xml", 0);
    int close = decl < 0 ? -1 : AsciiText.indexOf(bytes, 0, end, "?>", decl);
    if (decl < 0) {
      // no declaration: UTF-8; only from the first byte on can no declaration follow unseen
      return length > 0 && bytes[0] == '<' ? DECLARED_UTF8 : OTHER;
    }
    if (close < 0) {
      return OTHER; // a declaration longer than the look: UTF-8, whatever it names
    }
    int at = AsciiText.indexOf(bytes, 0, close, "encoding", decl);
    if (at < 0) {
      return DECLARED_UTF8; // no encoding declared: UTF-8
    }
    int k = skipSpace(bytes, at + "encoding".length(), close);
    if (k >= close || bytes[k] != '=') {
      return OTHER;
    }
    k = skipSpace(bytes, k + 1, close);
    if (k >= close || (bytes[k] != '"' && bytes[k] != '\'')) {
      return OTHER;
    }
    byte quote = bytes[k];
    int endQuote = k + 1;
    while (endQuote < close && bytes[endQuote] != quote) {
      endQuote++;
    }
    if (endQuote >= close) {
      return OTHER;
    }
    // the name compared in place: no String made for the one every parse reads
    int from = skipSpace(bytes, k + 1, endQuote);
    int to = endQuote;
    while (to > from && isSpace(bytes[to - 1])) {
      to--;
    }
    boolean exact = from == k + 1 && to == endQuote; // a parser reads no space around the name
    if (is(bytes, from, to, "utf-8")) {
      return exact ? DECLARED_UTF8 : OTHER;
    }
    if (named(bytes, from, to, "iso-8859-1", "us-ascii", null, null)) {
      return exact ? DECLARED_LATIN1 : LATIN1_ALIAS;
    }
    if (named(bytes, from, to, "latin1", "ascii", null, null)) {
      return LATIN1_ALIAS;
    }
    if (named(bytes, from, to, "windows-1252", "cp1252", null, null)) {
      return WINDOWS_1252;
    }
    return OTHER;
  }

  /**
   * The first index from {@code from} (below {@code to}) that is not white space, else {@code to}.
   */
  private static int skipSpace(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to && isSpace(bytes[i])) {
      i++;
    }
    return i;
  }

  /** White space as {@link Character#isWhitespace} has it, for a byte read as Latin-1. */
  private static boolean isSpace(byte b) {
    return Character.isWhitespace((char) (b & 0xFF));
  }

  /**
   * Whether the bytes from {@code from} to {@code to} are one of up to four names, ignoring ASCII
   * case (fixed arity: no array per parse).
   */
  private static boolean named(
      byte[] bytes, int from, int to, String a, String b, @Nullable String c, @Nullable String d) {
    return is(bytes, from, to, a)
        || is(bytes, from, to, b)
        || is(bytes, from, to, c)
        || is(bytes, from, to, d);
  }

  private static boolean is(byte[] bytes, int from, int to, @Nullable String name) {
    if (name == null || to - from != name.length()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      int ch = bytes[from + i] & 0xFF;
      if (ch >= 'A' && ch <= 'Z') {
        ch += 'a' - 'A';
      }
      if (ch != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(byte[] bytes, int from, int to) {
    int i = from;
    // eight bytes at a time: the look runs over every byte of every document
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      if (((long) LONGS.get(bytes, i) & 0x8080_8080_8080_8080L) != 0) {
        return false;
      }
    }
    for (; i < to; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the input starts with the given bytes (up to four; -1 ends the prefix early). Fixed
   * arity: a varargs array would be allocated for each of the ten looks of every parse.
   */
  private static boolean startsWith(byte[] bytes, int length, int b0, int b1, int b2, int b3) {
    return at(bytes, length, 0, b0)
        && at(bytes, length, 1, b1)
        && at(bytes, length, 2, b2)
        && at(bytes, length, 3, b3);
  }

  private static boolean at(byte[] bytes, int length, int index, int expected) {
    return expected < 0 || (index < length && (bytes[index] & 0xFF) == expected);
  }
}
