package io.github.autodiscover4j.settings;

import io.github.autodiscover4j.settings.TransportSecurity.Mode;
import io.github.autodiscover4j.value.IntValue;
import io.github.autodiscover4j.value.ProtocolType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a mail client should warn its user about, or work around, in one server's settings. The same
 * check backs the linter's rules of the same name, so a server administrator and a client see one
 * verdict.
 */
public enum Advisory {
  /**
   * The password would travel in plain text: no transport security where authentication is
   * required.
   */
  PLAIN_TEXT,
  /** STARTTLS on a port that speaks TLS from the first byte (993, 995, 465): it cannot work. */
  STARTTLS_ON_IMPLICIT_TLS_PORT,
  /** Implicit TLS on a port that starts in plain text (143, 110, 587): it cannot work. */
  IMPLICIT_TLS_ON_STARTTLS_PORT,
  /** The port sent is not 1 to 65535; the conventional port is used instead. */
  PORT_OUT_OF_RANGE,
  /** No host name: the client must ask the user. */
  NO_HOST,
  /** An encryption word no client knows; the client falls back as documented (SSL on). */
  UNKNOWN_ENCRYPTION,
  /** An on/off word no client knows; the client acts on the documented default. */
  UNKNOWN_SWITCH;

  /**
   * Checks one server's settings, whatever format they came from.
   *
   * @param type the protocol (IMAP, POP3, SMTP; other types get only the port check)
   * @param host the host name, or null when none was sent
   * @param port the port as sent, or null when none was sent
   * @param security the resolved transport security
   * @param authenticationRequired whether the server asks for a password
   * @return the advisories in the order above; empty when there is nothing to say
   */
  public static List<Advisory> check(
      ProtocolType type,
      @Nullable String host,
      @Nullable IntValue port,
      TransportSecurity security,
      boolean authenticationRequired) {
    List<Advisory> found = new ArrayList<>();
    boolean mail =
        type == ProtocolType.IMAP || type == ProtocolType.POP3 || type == ProtocolType.SMTP;
    int given = port != null && port.isValid() ? port.value().getAsInt() : -1;
    if (mail && security.mode() == Mode.NONE && authenticationRequired) {
      found.add(PLAIN_TEXT);
    }
    if (given > 0 && security.mode() == Mode.STARTTLS && Ports.isImplicitTls(given)) {
      found.add(STARTTLS_ON_IMPLICIT_TLS_PORT);
    }
    if (mail && given > 0 && security.mode() == Mode.IMPLICIT_TLS && Ports.isStartTls(given)) {
      found.add(IMPLICIT_TLS_ON_STARTTLS_PORT);
    }
    if (port != null && !port.isValid()) {
      found.add(PORT_OUT_OF_RANGE);
    }
    if (mail && (host == null || host.isBlank())) {
      found.add(NO_HOST);
    }
    return found;
  }
}
