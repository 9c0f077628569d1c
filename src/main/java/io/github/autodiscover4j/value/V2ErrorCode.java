package io.github.autodiscover4j.value;

import org.jspecify.annotations.Nullable;

/**
 * The {@code ErrorCode} of an Autodiscover v2 error body. Exchange and mailcow send {@code
 * InvalidProtocol} with HTTP 400 for a protocol they do not serve; gromox sends {@code
 * ProtocolNotSupported}, {@code MissingProtocol} and {@code MandatoryParameterMissing} with HTTP
 * 200; Exchange Online sends {@code InvalidUser} for an address it cannot read. Other codes read as
 * {@link #UNKNOWN} with the text kept.
 */
public enum V2ErrorCode implements Term.Word {
  /** The requested protocol is not one the server knows (Exchange, mailcow). */
  INVALID_PROTOCOL("InvalidProtocol"),
  /** The requested protocol is known but not served (gromox). */
  PROTOCOL_NOT_SUPPORTED("ProtocolNotSupported"),
  /** The request named no protocol (gromox). */
  MISSING_PROTOCOL("MissingProtocol"),
  /** A required query parameter, the protocol or the address, is missing. */
  MANDATORY_PARAMETER_MISSING("MandatoryParameterMissing"),
  /** The address is not a valid user (Exchange Online). */
  INVALID_USER("InvalidUser"),
  /** Any other code; {@link Term#raw()} has it. */
  UNKNOWN(null);

  private final @Nullable String spelling;

  V2ErrorCode(@Nullable String spelling) {
    this.spelling = spelling;
  }

  @Override
  public @Nullable String spelling() {
    return spelling;
  }

  /**
   * Reads an error code case-insensitively; unrecognised text reads as {@link #UNKNOWN} and is
   * kept.
   *
   * @param raw the text as sent
   * @return the term
   */
  public static Term<V2ErrorCode> read(String raw) {
    return Term.read(values(), UNKNOWN, raw);
  }
}
