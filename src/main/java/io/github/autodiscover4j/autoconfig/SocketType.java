package io.github.autodiscover4j.autoconfig;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a client secures the connection to a host-and-port server: autoconfig's {@code socketType}.
 * Read case-insensitively with white space ignored; anything else is {@link #UNKNOWN}.
 */
public enum SocketType {
  /** Implicit TLS: TLS from the first byte, on a port of its own (993, 995, 465). */
  SSL("SSL"),
  /** A plain connection upgraded with STARTTLS before anything else is sent (143, 110, 587). */
  STARTTLS("STARTTLS"),
  /** No transport security at all. */
  PLAIN("plain"),
  /** A value autoconfig does not define (for example {@code TLS}); the raw text is in the model. */
  UNKNOWN("");

  private final String token;

  SocketType(String token) {
    this.token = token;
  }

  /**
   * Returns the token as autoconfig spells it.
   *
   * @return {@code SSL}, {@code STARTTLS} or {@code plain}; empty for {@link #UNKNOWN}
   */
  public String token() {
    return token;
  }

  /**
   * Reads a {@code socketType} value.
   *
   * @param text the element's text, or null when absent
   * @return the socket type; {@link #UNKNOWN} for null or any other text
   */
  public static SocketType parse(@Nullable String text) {
    if (text == null) {
      return UNKNOWN;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "ssl" -> SSL;
      case "starttls" -> STARTTLS;
      case "plain" -> PLAIN;
      default -> UNKNOWN;
    };
  }

  /**
   * Whether a text is this token written exactly as autoconfig spells it: no other case (white
   * space around it is trimmed by every reader).
   *
   * @param text the element's text
   * @return {@code true} when canonical
   */
  public boolean isCanonical(String text) {
    return this != UNKNOWN && token.equals(text.strip());
  }
}
