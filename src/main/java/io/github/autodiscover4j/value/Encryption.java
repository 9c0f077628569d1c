package io.github.autodiscover4j.value;

import org.jspecify.annotations.Nullable;

/**
 * The {@code Encryption} of a protocol (Outlook 2010 and later); when present it overrides {@code
 * SSL}.
 */
public enum Encryption implements Term.Word {
  /** No encryption. */
  NONE("None"),
  /** TLS from the first byte (implicit TLS, as on ports 993, 995, 465). */
  SSL("SSL"),
  /** STARTTLS: a plain connection upgraded to TLS (as on ports 143, 110, 587). */
  TLS("TLS"),
  /** Negotiate the best the server offers. */
  AUTO("Auto"),
  /** Any other text; {@link Term#raw()} has it. */
  UNKNOWN(null);

  private final @Nullable String spelling;

  Encryption(@Nullable String spelling) {
    this.spelling = spelling;
  }

  @Override
  public @Nullable String spelling() {
    return spelling;
  }

  /**
   * Reads a value case-insensitively; unrecognised text reads as {@link #UNKNOWN} and is kept.
   *
   * @param raw the text as sent
   * @return the term
   */
  public static Term<Encryption> read(String raw) {
    return Term.read(values(), UNKNOWN, raw);
  }
}
