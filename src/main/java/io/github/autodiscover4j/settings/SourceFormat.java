package io.github.autodiscover4j.settings;

/** The format a settings view was read from. */
public enum SourceFormat {
  /** Exchange POX Autodiscover ({@code autodiscover.xml}). */
  POX,
  /** Mozilla autoconfig ({@code config-v1.1.xml}, draft-ietf-mailmaint-autoconfig). */
  AUTOCONFIG,
  /** DNS SRV records (RFC 6186: {@code _imaps._tcp}, {@code _submission._tcp} and so on). */
  DNS_SRV,
  /** Built in code, for example by a responder's settings function. */
  BUILT
}
