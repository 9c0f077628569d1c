package io.github.autodiscover4j.value;

import org.jspecify.annotations.Nullable;

/** The {@code AuthPackage} of an Exchange protocol (EXCH, EXPR). */
public enum AuthPackage implements Term.Word {
  /** HTTP Basic. */
  BASIC("basic"),
  /** Kerberos. */
  KERB("kerb"),
  /** Kerberos, falling back to NTLM. */
  KERBNTLM("kerbntlm"),
  /** NTLM. */
  NTLM("ntlm"),
  /** Client certificate. */
  CERTIFICATE("certificate"),
  /** Negotiate (when the request sent X-ClientCanHandle: Negotiate). */
  NEGOTIATE("negotiate"),
  /** Negotiate version 2. */
  NEGO2("nego2"),
  /** No authentication (Exchange Online writes it for EXHTTP). */
  ANONYMOUS("anonymous"),
  /** Any other text; {@link Term#raw()} has it. */
  UNKNOWN(null);

  private final @Nullable String spelling;

  AuthPackage(@Nullable String spelling) {
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
  public static Term<AuthPackage> read(String raw) {
    return Term.read(values(), UNKNOWN, raw);
  }
}
