package io.github.autodiscover4j.discovery;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The question put to a {@link TrustCallback}: may this URL, which is neither in the user's domain
 * nor one of Microsoft's Autodiscover hosts, receive the Autodiscover request and the user's
 * credentials?
 *
 * @param emailAddress the address being looked up
 * @param url the {@code https:} URL to be contacted; for {@link AccountDiscovery} also the
 *     autoconfig URL of an MX host's domain, or a mail server an RFC 6186 SRV record names ({@code
 *     imaps://host:993}), which discovery itself does not contact
 * @param source where the URL came from: {@link CandidateSource#PROBE_REDIRECT}, {@link
 *     CandidateSource#SRV_RECORD}, {@link CandidateSource#HTTP_REDIRECT}, {@link
 *     CandidateSource#REDIRECT_URL}, or {@link CandidateSource#ROOT_DOMAIN} / {@link
 *     CandidateSource#AUTODISCOVER_DOMAIN} for the candidates of an address an allowed host
 *     redirected to; with {@link AccountDiscovery} also {@link CandidateSource#MX_AUTOCONFIG},
 *     {@link CandidateSource#GET_REDIRECT} (an autoconfig or v2 redirect), {@link
 *     CandidateSource#V2_URL} (the POX URL a v2 answer named) and {@link
 *     CandidateSource#MAIL_SRV_RECORD}
 * @param from the URL (or {@code dns:} name) that pointed here
 */
public record TrustRequest(String emailAddress, URI url, CandidateSource source, URI from) {
  /**
   * Checks the components.
   *
   * @param emailAddress the address being looked up
   * @param url the URL to be contacted
   * @param source where the URL came from
   * @param from what pointed here
   */
  public TrustRequest {
    Objects.requireNonNull(emailAddress, "emailAddress");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(from, "from");
  }

  /**
   * Returns the URL's host in lower case, the usual thing to decide on.
   *
   * @return the host, or empty when the URL has none
   */
  public Optional<String> host() {
    return Optional.ofNullable(Hosts.normalize(url.getHost()));
  }
}
