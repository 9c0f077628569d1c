package io.github.autodiscover4j.discovery;

/**
 * A mechanism {@link AccountDiscovery} asks for an account's settings. The order of {@link
 * AccountDiscovery#DEFAULT_SOURCES} is Thunderbird's: the autoconfig sources by priority, then
 * Exchange, then SRV.
 */
public enum SettingsSource {
  /** Mozilla autoconfig at {@code https://autoconfig.D/mail/config-v1.1.xml?emailaddress=...}. */
  AUTOCONFIG,
  /** Mozilla autoconfig at {@code https://D/.well-known/autoconfig/mail/config-v1.1.xml}. */
  WELL_KNOWN,
  /**
   * An ISPDB-style directory at a base URL the caller sets ({@link
   * AccountDiscovery.Builder#ispdb(java.net.URI)}), asked for {@code <base>D}; skipped unless set.
   */
  ISPDB,
  /**
   * The registrable domain M of the e-mail domain's best MX host: {@code
   * https://autoconfig.M/mail/config-v1.1.xml} and the ISPDB entry of M. M is outside the user's
   * domain, so the {@link TrustCallback} decides first.
   */
  MX,
  /**
   * Autodiscover v2: the anonymous {@code GET /autodiscover/autodiscover.json/v1.0/<address>
   * ?Protocol=AutodiscoverV1} at {@code autodiscover.D}, then D, following 302s with {@code
   * RedirectCount} raised; then POX at the URL it names, where credentials go only after the trust
   * policy accepted that URL.
   */
  AUTODISCOVER_V2,
  /** Exchange POX Autodiscover, by the documented procedure of {@link AutodiscoverClient}. */
  POX,
  /**
   * RFC 6186 SRV records: {@code _imaps._tcp}, {@code _imap._tcp}, {@code _pop3s._tcp}, {@code
   * _submissions._tcp}, {@code _submission._tcp}.
   */
  SRV;

  /**
   * Returns whether this is an Exchange mechanism: Exchange answers are kept as alternatives even
   * when a source of higher priority has already won.
   *
   * @return true for {@link #AUTODISCOVER_V2} and {@link #POX}
   */
  public boolean isExchange() {
    return this == AUTODISCOVER_V2 || this == POX;
  }
}
