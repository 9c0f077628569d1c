package io.github.autodiscover4j.discovery;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The trust policy, the only place that decides. A URL may receive the request when it is {@code
 * https:} and its host's registrable domain (Public Suffix List) is one the look-up trusts as the
 * user's own, or the host is one of Microsoft's documented Autodiscover hosts, or the caller's
 * {@link TrustCallback} allowed that URL. A domain becomes the user's own only as the e-mail
 * domain, or as the domain of a {@code redirectAddr} sent by a host trusted that way (or a
 * Microsoft host): never because the callback allowed the sender, so trust never spreads by itself.
 * Credentials may answer a 401 only from an {@code https:} URL the policy trusted, in the scheme
 * the caller chose, when the server asked for that scheme.
 */
final class TrustPolicy {
  /**
   * Microsoft's own Autodiscover hosts, trusted without asking the callback. Kept short on purpose:
   * every entry is a host that receives users' passwords; anything else (sovereign clouds, hosters)
   * goes to the callback.
   */
  static final Map<String, String> MICROSOFT =
      Map.of(
          "autodiscover-s.outlook.com",
          "Exchange Online's Autodiscover service: Exchange Online answers a POST here with a 302 to a per-mailbox"
              + " path on the same host, and Microsoft tells EWS Managed API users to allow it in their redirection"
              + " callback",
          "autodiscover.outlook.com",
          "the target Microsoft 365 tells every customer domain to publish as the CNAME of autodiscover.<domain>");

  private final TrustCallback callback;

  TrustPolicy(TrustCallback callback) {
    this.callback = callback;
  }

  /**
   * Decides on one canonical URL.
   *
   * @param trusted the registrable domains the look-up trusts as the user's own
   * @param from what pointed here; null for a candidate of a trusted domain
   */
  TrustDecision decide(
      String address, URI url, CandidateSource source, @Nullable URI from, Set<String> trusted) {
    if (!Hosts.isHttps(url)) {
      return TrustDecision.NOT_HTTPS;
    }
    String host = Hosts.canonical(url.getHost());
    if (host == null) {
      return TrustDecision.REFUSED;
    }
    String registrable = Hosts.registrableDomain(host);
    if (registrable != null && trusted.contains(registrable)) {
      return TrustDecision.DOMAIN;
    }
    if (MICROSOFT.containsKey(host)) {
      return TrustDecision.MICROSOFT;
    }
    if (registrable == null || from == null) {
      return TrustDecision.REFUSED; // a public suffix is never trusted, not even by the callback
    }
    try {
      return callback.allow(new TrustRequest(address, url, source, from))
          ? TrustDecision.ALLOWED
          : TrustDecision.REFUSED;
    } catch (RuntimeException e) {
      return TrustDecision.REFUSED;
    }
  }

  /**
   * Decides on an autoconfig URL built from the user's domain: an {@code https:} one as {@link
   * #decide}; a plain {@code http:} one only when the caller allowed plain-HTTP autoconfig and the
   * host is in a trusted domain ({@link TrustDecision#PLAIN_HTTP_ALLOWED}: fetched anonymously,
   * never with credentials), else {@link TrustDecision#NOT_HTTPS}.
   */
  TrustDecision decideAutoconfig(
      String address,
      URI url,
      CandidateSource source,
      Set<String> trusted,
      boolean plainHttpAllowed) {
    if ("http".equalsIgnoreCase(url.getScheme())) {
      String host = Hosts.canonical(url.getHost());
      String registrable = host == null ? null : Hosts.registrableDomain(host);
      return plainHttpAllowed && registrable != null && trusted.contains(registrable)
          ? TrustDecision.PLAIN_HTTP_ALLOWED
          : TrustDecision.NOT_HTTPS;
    }
    return decide(address, url, source, null, trusted);
  }

  /**
   * Decides on a host that another answer named, whatever the URL's scheme: a mail server from an
   * SRV record ({@code imaps://host:993}), the autoconfig host of an MX host's domain. In a trusted
   * domain: {@link TrustDecision#DOMAIN}; a public suffix: refused without asking; anything else is
   * the callback's to allow.
   */
  TrustDecision decideNamed(
      String address, URI url, CandidateSource source, URI from, Set<String> trusted) {
    String host = Hosts.canonical(url.getHost());
    if (host == null) {
      return TrustDecision.REFUSED;
    }
    String registrable = Hosts.registrableDomain(host);
    if (registrable != null && trusted.contains(registrable)) {
      return TrustDecision.DOMAIN;
    }
    if (registrable == null) {
      return TrustDecision.REFUSED;
    }
    try {
      return callback.allow(new TrustRequest(address, url, source, from))
          ? TrustDecision.ALLOWED
          : TrustDecision.REFUSED;
    } catch (RuntimeException e) {
      return TrustDecision.REFUSED;
    }
  }

  /**
   * Returns whether a {@code redirectAddr} from a URL trusted this way makes the new address's
   * domain the user's own: from the user's domain or Microsoft's hosts yes (Exchange hybrid
   * deployments redirect to tenant.mail.onmicrosoft.com); from a host only the callback allowed, no
   * — the callback is asked about the new domain's URLs in turn.
   */
  static boolean redirectAddressCarriesTrust(TrustDecision sender) {
    return sender == TrustDecision.DOMAIN || sender == TrustDecision.MICROSOFT;
  }

  /** The registrable domain an address makes trusted, or null (never for a checked address). */
  static @Nullable String trustKey(String address) {
    return Hosts.registrableDomain(Hosts.domainOf(address));
  }

  /**
   * Returns whether a 401 may be answered with credentials of {@code scheme}: the URL is {@code
   * https:}, the policy trusted it, and the server asked for exactly that scheme (so a server can
   * never talk a bearer-token client down to Basic).
   */
  static boolean mayAnswer(
      URI url, TrustDecision trust, Credentials.Scheme scheme, java.util.List<String> asked) {
    return Hosts.isHttps(url)
        && trust.allowsRequest()
        && scheme != Credentials.Scheme.NONE
        && asked.contains(scheme.name().toLowerCase(java.util.Locale.ROOT));
  }
}
