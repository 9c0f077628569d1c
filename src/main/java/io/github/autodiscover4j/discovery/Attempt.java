package io.github.autodiscover4j.discovery;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One step of a look-up: a URL that was contacted (or deliberately not), how, and what came of it.
 * A look-up's attempts, in order, are its provenance: {@link DiscoveryResult#attempts()} on
 * success, {@link DiscoveryException#attempts()} on failure.
 *
 * @param url the URL, or for the SRV query a {@code dns:} URI naming the record
 * @param method {@code POST}, {@code GET}, {@code SRV}, {@code MX}, or {@code -} when the URL was
 *     not contacted
 * @param source where the URL came from
 * @param emailAddress the address being looked up at that point (changes after a {@code
 *     redirectAddr})
 * @param outcome what came of it
 * @param httpStatus the HTTP status, when a response arrived
 * @param duration how long the step took
 * @param trust whether the URL was trusted, and why
 * @param credentials the {@code Authorization} the request carried ({@link Credentials.Scheme#NONE}
 *     for none), whether or not the connection got far enough to send it
 * @param detail a short human-readable explanation (the redirect target, the error, the reason for
 *     refusing)
 */
public record Attempt(
    URI url,
    String method,
    CandidateSource source,
    String emailAddress,
    Outcome outcome,
    OptionalInt httpStatus,
    Duration duration,
    TrustDecision trust,
    Credentials.Scheme credentials,
    String detail) {

  /** What came of one attempt. */
  public enum Outcome {
    /** Settings for the requested schema: the answer. */
    SETTINGS,
    /** An Autodiscover {@code Error}: the search ends with it. */
    ERROR,
    /** {@code redirectAddr} to a new address: the search restarts for it. */
    REDIRECT_ADDRESS,
    /** {@code redirectUrl}: the request is sent again to that URL (see the next attempt). */
    REDIRECT_URL,
    /** An HTTP 3xx whose {@code Location} is tried next (see the next attempt). */
    HTTP_REDIRECT,
    /** A {@code redirectAddr} to the address just sent: the URL counts as invalid. */
    SAME_ADDRESS,
    /** A {@code redirectAddr} to an address already looked up: the URL counts as invalid. */
    ADDRESS_LOOP,
    /**
     * HTTP 401 asking for a scheme the caller enabled, from a trusted {@code https:} URL: the
     * request is sent once more, with the credentials (see the next attempt).
     */
    CHALLENGED,
    /**
     * HTTP 401: the credentials sent were not good here, or none could be offered (no credentials,
     * a scheme the caller did not enable, not a trusted {@code https:} URL); says nothing about
     * other candidates.
     */
    UNAUTHORIZED,
    /**
     * The credentials could not be sent (a token with a line break, a provider that threw); nothing
     * was sent with them, and the reason names no secret.
     */
    CREDENTIALS_UNUSABLE,
    /** Any other HTTP status; the next candidate is tried. */
    HTTP_STATUS,
    /**
     * A 200 that is not an Autodiscover answer (an HTML page, another schema, a request); next
     * candidate.
     */
    NOT_AUTODISCOVER,
    /** A body over the size cap; not read further. */
    TOO_LARGE,
    /** No response within the per-request timeout (or the deadline). */
    TIMEOUT,
    /**
     * TLS failed: an untrusted certificate, a certificate for another host name, a failed
     * handshake.
     */
    TLS_FAILURE,
    /** The host name does not resolve: no such host. */
    UNKNOWN_HOST,
    /** The host resolved but could not be reached: connection refused, reset, or timed out. */
    CONNECT_FAILED,
    /**
     * Not contacted: not {@code https:}, not on the Autodiscover path, or refused by the trust
     * policy.
     */
    REFUSED,
    /**
     * A {@code redirectAddr} to an address that may not be looked up (its domain is a public
     * suffix, or not a domain name): the URL counts as invalid.
     */
    REFUSED_ADDRESS,
    /** Not contacted: this URL was already tried for this address. */
    ALREADY_TRIED,
    /** Not contacted: the look-up had already spent its 10 hops (redirects and SRV targets). */
    HOP_LIMIT,
    /** The HTTP probe answered with something other than a usable 301/302. */
    NO_REDIRECT,
    /** The SRV query found usable records (listed in the detail, in the order they are tried). */
    RECORDS,
    /** The SRV query found no usable record (none, or none on port 443). */
    NO_RECORDS,
    /** The SRV query failed. */
    DNS_FAILURE,
    /**
     * Abandoned: the other candidate of a parallel pair answered first, or the look-up was
     * cancelled.
     */
    CANCELLED
  }

  /**
   * Checks the components.
   *
   * @param url the URL
   * @param method the method
   * @param source the source
   * @param emailAddress the address
   * @param outcome the outcome
   * @param httpStatus the status
   * @param duration the duration
   * @param trust the trust decision
   * @param credentials the credentials scheme sent
   * @param detail the explanation
   */
  public Attempt {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(emailAddress, "emailAddress");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(httpStatus, "httpStatus");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(trust, "trust");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * Returns whether a request was sent to the URL.
   *
   * @return false for URLs that were refused, already tried, or over the hop limit
   */
  public boolean contacted() {
    return !method.equals("-");
  }

  /**
   * Returns one readable line, as the command line prints it: {@code POST https://... -> 404
   * HTTP_STATUS (12 ms; root domain; trust DOMAIN; credentials BASIC)}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(method).append(' ').append(url).append(" -> ");
    httpStatus.ifPresent(status -> s.append(status).append(' '));
    s.append(outcome)
        .append(" (")
        .append(duration.toMillis())
        .append(" ms; ")
        .append(source.name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .append("; trust ")
        .append(trust)
        .append("; credentials ")
        .append(credentials)
        .append(')');
    if (!detail.isEmpty()) {
      s.append(": ").append(detail);
    }
    return s.toString();
  }
}
