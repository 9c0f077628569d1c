package io.github.autodiscover4j.convert;

import java.util.Objects;

/**
 * One thing a conversion did not carry over, or had to assume.
 *
 * @param path the element path in the source document, for example {@code
 *     Autodiscover/Response/Account/Protocol[1]/TTL} or {@code
 *     clientConfig/emailProvider[1]/incomingServer[2]}; attributes as {@code .../@id}
 * @param kind why it was dropped
 * @param reason one sentence: what the target format lacks, or what was written instead
 */
public record ConversionLoss(String path, Kind kind, String reason) {
  /** Why something did not make it into the other format. */
  public enum Kind {
    /** The target format has no element for it. */
    NO_EQUIVALENT,
    /** One of several choices (a server, an authentication method) beyond what the target holds. */
    ALTERNATIVE,
    /**
     * The source document is not one the conversion can carry (a redirect, an error, a request).
     */
    NOT_CONVERTIBLE,
    /** An element the source's schema does not know. */
    UNKNOWN_ELEMENT,
    /** Nothing was dropped, but the target needed a value the source left out; it was assumed. */
    ASSUMED
  }

  /**
   * Creates an entry.
   *
   * @param path the element path in the source
   * @param kind why
   * @param reason one sentence
   */
  public ConversionLoss {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }

  /** Returns for example {@code NO_EQUIVALENT Autodiscover/.../TTL: ...}. */
  @Override
  public String toString() {
    return kind + " " + path + ": " + reason;
  }
}
