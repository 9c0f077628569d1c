package io.github.autodiscover4j.discovery;

/** Where a URL tried during a look-up came from. */
public enum CandidateSource {
  /** {@code https://D/autodiscover/autodiscover.xml}, built from the e-mail domain D. */
  ROOT_DOMAIN,
  /**
   * {@code https://autodiscover.D/autodiscover/autodiscover.xml}, built from the e-mail domain D.
   */
  AUTODISCOVER_DOMAIN,
  /** The unauthenticated {@code GET http://autodiscover.D/autodiscover/autodiscover.xml} itself. */
  HTTP_PROBE,
  /** The {@code Location} of the HTTP probe's 301/302. */
  PROBE_REDIRECT,
  /** The DNS query for {@code _autodiscover._tcp.D} itself. */
  SRV_QUERY,
  /** The target of an SRV record. */
  SRV_RECORD,
  /** The {@code Location} of an HTTP redirect answering a POST. */
  HTTP_REDIRECT,
  /** The {@code RedirectUrl} of an Autodiscover answer. */
  REDIRECT_URL
}
