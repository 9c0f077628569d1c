package io.github.autodiscover4j.discovery;

import io.github.autodiscover4j.AutodiscoverError;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A look-up that found no settings, with every attempt and why it failed. The message lists the
 * attempts, one per line, so logging it says what was tried.
 *
 * <pre>{@code
 * } catch (DiscoveryException e) {
 *   if (e.reason() == DiscoveryException.Reason.SERVER_ERROR) show(e.error().orElseThrow().message());
 *   if (e.sawUnauthorized()) askForThePasswordAgain();
 * }
 * }</pre>
 */
public final class DiscoveryException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why the look-up ended without settings. */
  public enum Reason {
    /** Every candidate failed; {@link #attempts()} says how. */
    NOT_FOUND,
    /**
     * No settings, and a {@code redirectAddr} led back to an address already looked up: the servers
     * redirect in a circle.
     */
    ADDRESS_LOOP,
    /**
     * No settings, and at least one URL was not contacted because the trust policy refused it:
     * {@link #refused()} lists them, for a trust dialog.
     */
    REFUSED_BY_TRUST,
    /**
     * A server answered with an Autodiscover {@code Error}, which ends the search: {@link
     * #error()}.
     */
    SERVER_ERROR,
    /**
     * The hop budget ran out: the look-up follows at most 10 redirects of all kinds together, and
     * each SRV target tried costs one too.
     */
    TOO_MANY_REDIRECTS,
    /** The overall deadline passed. */
    DEADLINE_EXCEEDED
  }

  /** Why the look-up failed. */
  private final Reason reason;

  /** The address the look-up ended on. */
  private final String emailAddress;

  // The attempts and the model-backed error are not serialised: a deserialised exception keeps its
  // message.
  private final transient @Nullable List<Attempt> attempts;
  private final transient @Nullable AutodiscoverError error;

  DiscoveryException(
      Reason reason,
      String emailAddress,
      List<Attempt> attempts,
      @Nullable AutodiscoverError error) {
    super(message(reason, emailAddress, attempts, error));
    this.reason = reason;
    this.emailAddress = emailAddress;
    this.attempts = List.copyOf(attempts);
    this.error = error;
  }

  /**
   * Returns why the look-up failed.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the address the look-up was on when it ended (the requested one, or where {@code
   * redirectAddr} led).
   *
   * @return the address
   */
  public String emailAddress() {
    return emailAddress;
  }

  /**
   * Returns every step of the look-up, in order.
   *
   * @return an unmodifiable list
   */
  public List<Attempt> attempts() {
    List<Attempt> kept = attempts;
    return kept == null ? List.of() : kept;
  }

  /**
   * Returns the server's error, for {@link Reason#SERVER_ERROR}.
   *
   * @return the error, or empty for other reasons
   */
  public Optional<AutodiscoverError> error() {
    return Optional.ofNullable(error);
  }

  /**
   * Returns the server's error code ({@code ErrorCode}, such as 500 "mailbox not found"), for
   * {@link Reason#SERVER_ERROR}: {@code error().flatMap(...)} in one call.
   *
   * @return the numeric code, or empty when there is no error or its code is not a number
   */
  public OptionalInt errorCode() {
    AutodiscoverError e = error;
    return e == null ? OptionalInt.empty() : e.code();
  }

  /**
   * Returns the URLs the trust policy refused, each once, in the order they came up: what a trust
   * dialog asks about.
   *
   * @return an unmodifiable list, empty when nothing was refused
   */
  public List<RefusedUrl> refused() {
    Map<String, RefusedUrl> refused = new LinkedHashMap<>();
    for (Attempt a : attempts()) {
      if (a.outcome() == Attempt.Outcome.REFUSED
          && (a.trust() == TrustDecision.REFUSED || a.trust() == TrustDecision.NOT_HTTPS)) {
        String host = a.url().getHost() == null ? "" : a.url().getHost();
        refused.putIfAbsent(
            a.url().toString(), new RefusedUrl(a.url(), host, a.source(), a.trust(), a.detail()));
      }
    }
    return List.copyOf(refused.values());
  }

  /**
   * Returns whether any candidate answered 401. One 401 does not prove the password wrong (another
   * candidate may accept it); several may be worth asking the user again.
   *
   * @return true when some attempt was {@link Attempt.Outcome#UNAUTHORIZED}
   */
  public boolean sawUnauthorized() {
    return attempts().stream().anyMatch(a -> a.outcome() == Attempt.Outcome.UNAUTHORIZED);
  }

  private static String message(
      Reason reason, String address, List<Attempt> attempts, @Nullable AutodiscoverError error) {
    StringBuilder s = new StringBuilder();
    switch (reason) {
      case SERVER_ERROR ->
          s.append("the Autodiscover server answered ")
              .append(address)
              .append(" with an error: ")
              .append(error);
      case TOO_MANY_REDIRECTS ->
          s.append("the hop budget (10 redirects and SRV targets) ran out looking up ")
              .append(address);
      case ADDRESS_LOOP ->
          s.append("no settings found for ")
              .append(address)
              .append(": redirectAddr led back to an address already looked up");
      case REFUSED_BY_TRUST ->
          s.append("no settings found for ")
              .append(address)
              .append("; the trust policy refused some URLs, which were not contacted");
      case DEADLINE_EXCEEDED -> s.append("the deadline passed looking up ").append(address);
      default -> s.append("no Autodiscover settings found for ").append(address);
    }
    for (Attempt attempt : attempts) {
      s.append("\n  ").append(attempt);
    }
    return s.toString();
  }
}
