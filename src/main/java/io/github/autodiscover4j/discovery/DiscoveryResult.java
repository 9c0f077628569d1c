package io.github.autodiscover4j.discovery;

import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.settings.ExchangeEndpoints;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The settings a look-up found, with their provenance: who answered, for which address, after which
 * attempts, and until when they are valid.
 *
 * <p>Validity follows {@code TTL} (hours) in the Outlook settings: the smallest positive {@code
 * TTL} among the account's protocols; one hour when no protocol carries a valid {@code TTL} (the
 * documented default) or for ActiveSync settings; and no expiry when every {@code TTL} present is 0
 * ("no rediscovery").
 */
public final class DiscoveryResult {
  /** The documented validity when a response carries no {@code TTL}. */
  static final Duration DEFAULT_TTL = Duration.ofHours(1);

  private final AutodiscoverDocument document;
  private final byte[] bytes;
  private final URI url;
  private final String emailAddress;
  private final String requestedAddress;
  private final List<Attempt> attempts;
  private final Instant receivedAt;
  private final Optional<Duration> timeToLive;
  private final boolean fromCache;

  DiscoveryResult(
      AutodiscoverDocument document,
      byte[] bytes,
      URI url,
      String emailAddress,
      String requestedAddress,
      List<Attempt> attempts,
      Instant receivedAt,
      boolean fromCache) {
    this.document = document;
    this.bytes = bytes;
    this.url = url;
    this.emailAddress = emailAddress;
    this.requestedAddress = requestedAddress;
    this.attempts = List.copyOf(attempts);
    this.receivedAt = receivedAt;
    this.timeToLive = timeToLive(document);
    this.fromCache = fromCache;
  }

  /**
   * Returns the settings document, parsed by the hardened reader. Each result holds its own model
   * tree, which the caller may change; a cached result is parsed again for each caller.
   *
   * @return the document, of kind {@code SETTINGS} or {@code MOBILE_SYNC_SETTINGS}
   */
  public AutodiscoverDocument document() {
    return document;
  }

  /**
   * Returns the URL that answered with the settings.
   *
   * @return the URL as the client addressed it
   */
  public URI url() {
    return url;
  }

  /**
   * Returns the address the settings are for: the requested one, or where {@code redirectAddr} led.
   *
   * @return the final address
   */
  public String emailAddress() {
    return emailAddress;
  }

  /**
   * Returns the address the look-up started with.
   *
   * @return the requested address
   */
  public String requestedAddress() {
    return requestedAddress;
  }

  /**
   * Returns every step of the look-up in the order it ended, the answering one last. With parallel
   * candidates the two candidates' steps interleave as they happened.
   *
   * @return an unmodifiable list
   */
  public List<Attempt> attempts() {
    return attempts;
  }

  /**
   * Returns when the answer arrived (by the client's clock).
   *
   * @return the time
   */
  public Instant receivedAt() {
    return receivedAt;
  }

  /**
   * Returns how long the settings stay valid, from {@code TTL}.
   *
   * @return the validity, or empty when the server said {@code TTL} 0: no rediscovery needed
   */
  public Optional<Duration> timeToLive() {
    return timeToLive;
  }

  /**
   * Returns when the settings should be discovered again.
   *
   * @return {@link #receivedAt()} plus {@link #timeToLive()}, or empty for no rediscovery
   */
  public Optional<Instant> expiresAt() {
    return timeToLive.map(receivedAt::plus);
  }

  /**
   * Returns whether the settings have expired at a given time.
   *
   * @param now the time to judge by
   * @return true when {@link #expiresAt()} is present and not after {@code now}
   */
  public boolean isExpired(Instant now) {
    return expiresAt().map(expiry -> !expiry.isAfter(now)).orElse(false);
  }

  /**
   * Returns whether this result came from the client's cache rather than from the network.
   *
   * @return true for a cache hit
   */
  public boolean fromCache() {
    return fromCache;
  }

  /** The answer as received, for the cache: every cache hit parses its own tree from these. */
  byte[] bytes() {
    return bytes;
  }

  /** Says who answered, for whom, and until when. */
  @Override
  public String toString() {
    return document.kind()
        + " for "
        + emailAddress
        + " from "
        + url
        + expiresAt().map(e -> ", valid until " + e).orElse(", no rediscovery needed");
  }

  private static Optional<Duration> timeToLive(AutodiscoverDocument document) {
    // The same rule the settings view applies; one place decides what TTL means.
    return ExchangeEndpoints.of(document).timeToLive();
  }
}
