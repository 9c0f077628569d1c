package io.github.autodiscover4j.discovery;

import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.settings.AccountSettings;
import io.github.autodiscover4j.settings.MailServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The settings one mechanism found, with their provenance: which mechanism, which URL, how it was
 * trusted, and each server's origin. The format-neutral {@link AccountSettings} whatever the
 * source; the document behind them when there is one. Immutable.
 */
public final class FoundSettings {
  private final SettingsSource source;
  private final URI url;
  private final TrustDecision trust;
  private final AccountSettings settings;
  private final List<ServerOrigin> servers;
  private final @Nullable AutoconfigDocument autoconfig;
  private final @Nullable DiscoveryResult exchange;

  private FoundSettings(
      SettingsSource source,
      URI url,
      TrustDecision trust,
      AccountSettings settings,
      List<ServerOrigin> servers,
      @Nullable AutoconfigDocument autoconfig,
      @Nullable DiscoveryResult exchange) {
    this.source = source;
    this.url = url;
    this.trust = trust;
    this.settings = settings;
    this.servers = List.copyOf(servers);
    this.autoconfig = autoconfig;
    this.exchange = exchange;
  }

  /** Settings read from an autoconfig document: every server shares the document's origin. */
  static FoundSettings ofAutoconfig(
      SettingsSource source,
      URI url,
      TrustDecision trust,
      AccountSettings settings,
      AutoconfigDocument document) {
    return new FoundSettings(
        source, url, trust, settings, origins(settings, source, url, trust), document, null);
  }

  /** Settings read from a POX answer (found by the POX procedure or at the URL v2 named). */
  static FoundSettings ofExchange(
      SettingsSource source, TrustDecision trust, AccountSettings settings, DiscoveryResult pox) {
    URI url = pox.url();
    return new FoundSettings(
        source, url, trust, settings, origins(settings, source, url, trust), null, pox);
  }

  /** Settings built from DNS records, each server with its own record and trust. */
  static FoundSettings ofRecords(URI name, AccountSettings settings, List<ServerOrigin> servers) {
    TrustDecision trust =
        servers.stream().allMatch(s -> s.trust() == TrustDecision.DOMAIN)
            ? TrustDecision.DOMAIN
            : TrustDecision.ALLOWED;
    return new FoundSettings(SettingsSource.SRV, name, trust, settings, servers, null, null);
  }

  private static List<ServerOrigin> origins(
      AccountSettings settings, SettingsSource source, URI url, TrustDecision trust) {
    List<ServerOrigin> origins = new ArrayList<>();
    for (MailServer s : settings.incomingServers()) {
      origins.add(new ServerOrigin(s, source, url, trust));
    }
    for (MailServer s : settings.outgoingServers()) {
      origins.add(new ServerOrigin(s, source, url, trust));
    }
    return origins;
  }

  /**
   * Returns the mechanism that found these settings.
   *
   * @return the source
   */
  public SettingsSource source() {
    return source;
  }

  /**
   * Returns the URL that answered: the autoconfig document's, the POX answer's, or for SRV the
   * {@code dns:} name of the first record used.
   *
   * @return the URL
   */
  public URI url() {
    return url;
  }

  /**
   * Returns how the answering URL was trusted. {@link TrustDecision#ALLOWED}: the {@link
   * TrustCallback} consented (a domain outside the user's own); for SRV, that at least one server
   * needed that consent.
   *
   * @return the decision
   */
  public TrustDecision trust() {
    return trust;
  }

  /**
   * Returns the settings, format-neutral.
   *
   * @return the incoming and outgoing servers
   */
  public AccountSettings settings() {
    return settings;
  }

  /**
   * Returns every server of {@link #settings()}, incoming first, each with where it came from.
   *
   * @return an unmodifiable list
   */
  public List<ServerOrigin> servers() {
    return servers;
  }

  /**
   * Returns the autoconfig document, for {@link SettingsSource#AUTOCONFIG}, {@link
   * SettingsSource#WELL_KNOWN}, {@link SettingsSource#ISPDB} and {@link SettingsSource#MX}.
   *
   * @return the document, or empty
   */
  public Optional<AutoconfigDocument> autoconfig() {
    return Optional.ofNullable(autoconfig);
  }

  /**
   * Returns the Exchange answer with its endpoints and its own attempts, for {@link
   * SettingsSource#POX} and {@link SettingsSource#AUTODISCOVER_V2}.
   *
   * @return the POX result, or empty
   */
  public Optional<DiscoveryResult> exchange() {
    return Optional.ofNullable(exchange);
  }

  /** Returns whether there is a mail server to set up: an answer that can win. */
  boolean hasServers() {
    return !settings.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FoundSettings f
        && source == f.source
        && url.equals(f.url)
        && trust == f.trust
        && settings.equals(f.settings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, url, trust, settings);
  }

  /** Says which source answered, from where, with how many servers. */
  @Override
  public String toString() {
    return source
        + " "
        + url
        + " (trust "
        + trust
        + "): "
        + settings.incomingServers().size()
        + " incoming, "
        + settings.outgoingServers().size()
        + " outgoing";
  }
}
