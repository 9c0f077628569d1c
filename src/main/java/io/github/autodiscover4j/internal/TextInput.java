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
      charset = declaredAsciiCompatible(bytes, length);
    }
    if ((charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.ISO_8859_1))
        && isAscii(bytes, skip, length)) {
      // What nearly every server sends. ASCII decodes the same in all three and cannot fail: the
      // bytes are the characters, read in place.
      return new AsciiText(bytes, skip, length);
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

  /** The declared encoding when it is one whose ASCII bytes mean ASCII; UTF-8 for anything else. */
  private static Charset declaredAsciiCompatible(byte[] bytes, int length) {
    // the first bytes as Latin-1 characters, in place
    int end = Math.min(length, 200);
    int decl = AsciiText.indexOf(bytes, 0, end, "<?xml", 0);
    int close = decl < 0 ? -1 : AsciiText.indexOf(bytes, 0, end, "?>", decl);
    if (close < 0) {
      return StandardCharsets.UTF_8;
    }
    int at = AsciiText.indexOf(bytes, 0, close, "encoding", decl);
    if (at < 0) {
      return StandardCharsets.UTF_8;
    }
    int k = skipSpace(bytes, at + "encoding".length(), close);
    if (k >= close || bytes[k] != '=') {
      return StandardCharsets.UTF_8;
    }
    k = skipSpace(bytes, k + 1, close);
    if (k >= close || (bytes[k] != '"' && bytes[k] != '\'')) {
      return StandardCharsets.UTF_8;
    }
    byte quote = bytes[k];
    int endQuote = k + 1;
    while (endQuote < close && bytes[endQuote] != quote) {
      endQuote++;
    }
    if (endQuote >= close) {
      return StandardCharsets.UTF_8;
    }
    // the name compared in place: no String made for the one every parse reads
    int from = skipSpace(bytes, k + 1, endQuote);
    int to = endQuote;
    while (to > from && isSpace(bytes[to - 1])) {
      to--;
    }
    if (named(bytes, from, to, "iso-8859-1", "latin1", "us-ascii", "ascii")) {
      return StandardCharsets.ISO_8859_1;
    }
    if (named(bytes, from, to, "windows-1252", "cp1252", null, null)) {
      return Charset.isSupported("windows-1252")
          ? Charset.forName("windows-1252")
          : StandardCharsets.ISO_8859_1;
    }
    return StandardCharsets.UTF_8;
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
