package io.github.autodiscover4j.discovery;

/** Why a URL was, or was not, trusted with the request and the credentials. */
public enum TrustDecision {
  /**
   * The host is in the registrable domain (Public Suffix List) of the e-mail domain, or of an
   * address a host trusted this way redirected to.
   */
  DOMAIN,
  /**
   * The host is one of Microsoft's documented Autodiscover hosts (listed in the code with the
   * reason).
   */
  MICROSOFT,
  /** The {@link TrustCallback} allowed the host. */
  ALLOWED,
  /** The {@link TrustCallback} refused the host, or threw; the URL was not contacted. */
  REFUSED,
  /** The URL is not {@code https:}; it was not contacted and the callback was not asked. */
  NOT_HTTPS,
  /**
   * The caller configured this URL (the ISPDB-style directory): trusted because it was chosen, not
   * because of its domain. Never sent credentials.
   */
  CONFIGURED,
  /**
   * A plain {@code http:} autoconfig URL of the user's own domain, fetched because the caller
   * allowed plain-HTTP autoconfig; anonymously, never with credentials.
   */
  PLAIN_HTTP_ALLOWED,
  /**
   * No trust was needed or checked: the unauthenticated HTTP probe, the DNS query, or a URL never
   * reached.
   */
  NOT_CHECKED;

  /** Returns whether the request (and credentials, if any) may go to the URL. */
  boolean allowsRequest() {
    return this == DOMAIN || this == MICROSOFT || this == ALLOWED;
  }
}
