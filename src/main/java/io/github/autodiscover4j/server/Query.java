package io.github.autodiscover4j.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reading what a client put in the URL: query parameters (names in any case, percent-encoding and
 * {@code +} decoded strictly as UTF-8) and e-mail addresses. Everything here is untrusted; what
 * fails to decode is treated as absent or invalid, never passed on.
 */
final class Query {
  /** The longest address SMTP can carry (RFC 5321: 64 for the local part, 254 in all). */
  static final int MAX_ADDRESS = 254;

  private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");
  private static final Pattern LABEL =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  private Query() {}

  /**
   * The first value of a parameter, decoded.
   *
   * @param rawQuery the query as sent, or null
   * @param name the parameter's name, compared case-insensitively
   * @return the value; empty when absent; {@code null} inside the optional is never returned
   * @throws IllegalArgumentException when the parameter is present but does not decode
   */
  static Optional<String> parameter(@Nullable String rawQuery, String name) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return Optional.empty();
    }
    for (String pair : rawQuery.split("&", -1)) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (decode(key).equalsIgnoreCase(name)) {
        return Optional.of(eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
    return Optional.empty();
  }

  /**
   * Decodes percent-encoding and {@code +} as UTF-8.
   *
   * @throws IllegalArgumentException for a bad escape or bytes that are not UTF-8
   */
  static String decode(String raw) {
    if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        if (i + 2 >= raw.length()) {
          throw new IllegalArgumentException("a truncated percent escape");
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw new IllegalArgumentException("a bad percent escape");
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("bytes that are not UTF-8", e);
    }
  }

  /**
   * Whether a string is an address the responder will look up: {@code local@domain} with an RFC
   * 5322 dot-atom local part and a domain of at least two DNS labels, at most 254 characters.
   * Anything else (quoted local parts, address literals, white space, markup) is refused before it
   * reaches a settings source.
   */
  static boolean isAddress(String address) {
    if (address.length() > MAX_ADDRESS) {
      return false;
    }
    int at = address.lastIndexOf('@');
    if (at <= 0 || !LOCAL.matcher(address.substring(0, at)).matches()) {
      return false;
    }
    String local = address.substring(0, at);
    if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
      return false;
    }
    String domain = address.substring(at + 1);
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2 || domain.length() > 253) {
      return false;
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }

  /** The domain of a valid address, lower case. */
  static String domain(String address) {
    return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
  }
}
