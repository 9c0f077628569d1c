package io.github.autodiscover4j.value;

import org.jspecify.annotations.Nullable;

/**
 * One of the comma-separated methods of an {@code OWAUrl}'s {@code AuthenticationMethod} attribute.
 */
public enum AuthenticationMethod implements Term.Word {
  /** Integrated Windows authentication. */
  WINDOWS_INTEGRATED("WindowsIntegrated"),
  /** Forms-based authentication. */
  FBA("FBA"),
  /** NTLM. */
  NTLM("NTLM"),
  /** HTTP Digest. */
  DIGEST("Digest"),
  /** HTTP Basic. */
  BASIC("Basic"),
  /** Microsoft account forms-based authentication (Exchange Online). */
  LIVE_ID_FBA("LiveIdFba"),
  /** OAuth (Exchange Online). */
  OAUTH("OAuth"),
  /** Any other text; {@link Term#raw()} has it. */
  UNKNOWN(null);

  private final @Nullable String spelling;

  AuthenticationMethod(@Nullable String spelling) {
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
  public static Term<AuthenticationMethod> read(String raw) {
    return Term.read(values(), UNKNOWN, raw);
  }

  /**
   * Reads the attribute's comma-separated list ({@code "Ntlm, WindowsIntegrated"}, {@code
   * "LiveIdFba, OAuth"}).
   *
   * @param attribute the attribute's text, or {@code null}
   * @return the methods in order; empty when the attribute is absent or blank
   */
  public static java.util.List<Term<AuthenticationMethod>> readList(String attribute) {
    java.util.List<Term<AuthenticationMethod>> methods = new java.util.ArrayList<>();
    if (attribute != null) {
      for (String part : attribute.split(",", -1)) {
        if (!part.isBlank()) {
          methods.add(read(part.strip()));
        }
      }
    }
    return java.util.Collections.unmodifiableList(methods);
  }
}
