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
  REDIRECT_URL,
  /**
   * {@code https://autoconfig.D/mail/config-v1.1.xml?emailaddress=...} (Mozilla autoconfig), or its
   * {@code http:} twin when the caller allowed plain-HTTP autoconfig.
   */
  AUTOCONFIG_HOST,
  /**
   * {@code https://D/.well-known/autoconfig/mail/config-v1.1.xml}, or its {@code http:} twin when
   * the caller allowed plain-HTTP autoconfig.
   */
  WELL_KNOWN,
  /** The caller's ISPDB-style directory: its base URL followed by the domain. */
  ISPDB,
  /** The {@code Location} of an HTTP redirect answering an autoconfig or v2 GET. */
  GET_REDIRECT,
  /** The DNS query for the MX records of the e-mail domain itself. */
  MX_QUERY,
  /** {@code https://autoconfig.M/mail/config-v1.1.xml}, M the registrable domain of the MX host. */
  MX_AUTOCONFIG,
  /** The ISPDB entry of M, the registrable domain of the MX host. */
  MX_ISPDB,
  /** The anonymous Autodiscover v2 GET ({@code /autodiscover/autodiscover.json/v1.0/...}). */
  V2_REQUEST,
  /** The POX URL an Autodiscover v2 answer named. */
  V2_URL,
  /**
   * An RFC 6186 SRV query ({@code _imaps._tcp.D}, {@code _imap._tcp.D}, {@code _pop3s._tcp.D},
   * {@code _submissions._tcp.D}, {@code _submission._tcp.D}) itself.
   */
  MAIL_SRV_QUERY,
  /** The mail server an RFC 6186 SRV record names ({@code imaps://host:port} and so on). */
  MAIL_SRV_RECORD
}
