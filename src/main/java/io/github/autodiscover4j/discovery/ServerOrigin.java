package io.github.autodiscover4j.discovery;

import io.github.autodiscover4j.settings.MailServer;
import java.net.URI;
import java.util.Objects;

/**
 * One mail server a look-up found, with where it came from, so a client can show the user which
 * source named it and why it was believed.
 *
 * @param server the server
 * @param source the mechanism that named it
 * @param url the document that named it, or for SRV the {@code dns:} name of the record
 * @param trust why that document (for SRV: the server's host) was trusted; {@link
 *     TrustDecision#ALLOWED} means the {@link TrustCallback} consented (see {@link
 *     AccountDiscoveryResult#consents()})
 */
public record ServerOrigin(MailServer server, SettingsSource source, URI url, TrustDecision trust) {
  /**
   * Checks the components.
   *
   * @param server the server
   * @param source the mechanism
   * @param url the document or record
   * @param trust the trust decision
   */
  public ServerOrigin {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(trust, "trust");
  }

  /**
   * Returns one line, for example {@code IMAP imap.example.com:993 IMPLICIT_TLS user ... from
   * AUTOCONFIG https://autoconfig.example.com/... (trust DOMAIN)}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return server + " from " + source + " " + url + " (trust " + trust + ")";
  }
}
