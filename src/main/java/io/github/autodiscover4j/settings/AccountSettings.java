package io.github.autodiscover4j.settings;

import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.model.outlook.OutlookResponse;
import io.github.autodiscover4j.model.outlook.OutlookUser;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.value.ProtocolType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a mail client fills into its account dialog: the incoming servers (IMAP, POP3) and outgoing
 * servers (SMTP) in the server's order of preference, whatever format they were read from.
 *
 * <pre>{@code
 * AccountSettings account = AccountSettings.of(Autodiscover.parse(bytes));
 * account.incoming(IncomingPreference.IMAP_FIRST)
 *     .ifPresent(in -> connect(in.host().orElseThrow(), in.port(), in.security().mode()));
 * account.outgoing().ifPresent(out -> {
 *   if (out.sendingAdvice() == SendingAdvice.RECEIVE_BEFORE_SEND_REQUIRED) checkMailFirst();
 *   out.advisories().forEach(a -> warn(a));
 * });
 * }</pre>
 *
 * Immutable.
 */
public final class AccountSettings {
  /** How {@link #incoming(IncomingPreference)} picks among several incoming servers. */
  public enum IncomingPreference {
    /** The server's order: the first IMAP or POP3 server listed. */
    SERVER_ORDER,
    /** The first IMAP server if there is one (IMAP keeps mail on the server), else the first. */
    IMAP_FIRST
  }

  private final List<MailServer> incomingServers;
  private final List<MailServer> outgoingServers;

  private AccountSettings(List<MailServer> incoming, List<MailServer> outgoing) {
    this.incomingServers = List.copyOf(incoming);
    this.outgoingServers = List.copyOf(outgoing);
  }

  /**
   * Reads the account settings of a POX document: the IMAP, POP3 and SMTP protocols of every {@code
   * Account}, in document order. An SMTP server with {@code UsePOPAuth} on gets the first incoming
   * server's user name. A document that is not an Outlook settings response has none.
   *
   * @param document a parsed document
   * @return the settings; empty lists when the document has no IMAP, POP3 or SMTP protocol
   */
  public static AccountSettings of(AutodiscoverDocument document) {
    Objects.requireNonNull(document, "document");
    String smtpAddress =
        document
            .outlookResponse()
            .map(OutlookResponse::getUser)
            .map(OutlookUser::getAutoDiscoverSMTPAddress)
            .filter(s -> !s.isBlank())
            .map(String::strip)
            .orElse(null);
    List<MailServer> incoming = new ArrayList<>();
    List<MailServer> outgoing = new ArrayList<>();
    for (Protocol protocol : document.protocols()) {
      switch (protocol.protocolType().value()) {
        case IMAP, POP3 -> incoming.add(MailServer.of(protocol, smtpAddress));
        case SMTP -> outgoing.add(MailServer.of(protocol, smtpAddress));
        default -> {}
      }
    }
    return of(incoming, outgoing);
  }

  /**
   * Reads the account settings of an autoconfig document, user names kept as templates ({@code
   * %EMAILADDRESS%}); see {@link #of(AutoconfigDocument, String)}.
   *
   * @param document a parsed autoconfig document
   * @return the settings, {@link SourceFormat#AUTOCONFIG}
   */
  public static AccountSettings of(AutoconfigDocument document) {
    return AutoconfigSettings.read(Objects.requireNonNull(document, "document"), null);
  }

  /**
   * Reads the account settings of an autoconfig document for an address: its IMAP, POP3 and SMTP
   * servers in the document's order (the URL types are not part of the account dialog), every
   * placeholder filled. {@code socketType} SSL, STARTTLS and plain read as implicit TLS, STARTTLS
   * and none (source {@code SOCKET_TYPE}); {@code smtp-after-pop} as SMTPLast on.
   *
   * @param document a parsed autoconfig document
   * @param emailAddress the user's address, or null to keep the templates
   * @return the settings, {@link SourceFormat#AUTOCONFIG}
   * @throws IllegalArgumentException when the address is not of the form local@domain
   */
  public static AccountSettings of(AutoconfigDocument document, @Nullable String emailAddress) {
    return AutoconfigSettings.read(Objects.requireNonNull(document, "document"), emailAddress);
  }

  /**
   * Makes settings from servers read from another format or built in code. Outgoing servers that
   * reuse the incoming credentials get the first incoming server's user name.
   *
   * @param incoming IMAP and POP3 servers, the preferred first
   * @param outgoing SMTP servers, the preferred first
   * @return the settings
   * @throws IllegalArgumentException when a server is in the wrong list
   */
  public static AccountSettings of(List<MailServer> incoming, List<MailServer> outgoing) {
    for (MailServer s : incoming) {
      if (!s.isIncoming()) {
        throw new IllegalArgumentException("not an incoming server: " + s);
      }
    }
    Optional<MailServer> first = incoming.stream().findFirst();
    List<MailServer> resolved = new ArrayList<>();
    for (MailServer s : outgoing) {
      if (!s.type().is(ProtocolType.SMTP)) {
        throw new IllegalArgumentException("not an outgoing server: " + s);
      }
      resolved.add(
          s.reusesIncomingCredentials() && first.isPresent()
              ? s.withIncomingCredentials(first.get())
              : s);
    }
    return new AccountSettings(incoming, resolved);
  }

  /**
   * Returns the incoming servers, IMAP and POP3, in the server's order of preference.
   *
   * @return an unmodifiable list
   */
  public List<MailServer> incomingServers() {
    return incomingServers;
  }

  /**
   * Returns the outgoing (SMTP) servers in the server's order of preference.
   *
   * @return an unmodifiable list
   */
  public List<MailServer> outgoingServers() {
    return outgoingServers;
  }

  /**
   * Returns the server's first choice of incoming server.
   *
   * @return the first IMAP or POP3 server, or empty
   */
  public Optional<MailServer> incoming() {
    return incoming(IncomingPreference.SERVER_ORDER);
  }

  /**
   * Returns the preferred incoming server.
   *
   * @param preference how to choose among several
   * @return the server, or empty when there is none
   */
  public Optional<MailServer> incoming(IncomingPreference preference) {
    if (preference == IncomingPreference.IMAP_FIRST) {
      Optional<MailServer> imap =
          incomingServers.stream().filter(s -> s.type().is(ProtocolType.IMAP)).findFirst();
      if (imap.isPresent()) {
        return imap;
      }
    }
    return incomingServers.stream().findFirst();
  }

  /**
   * Returns the server's first choice of outgoing server.
   *
   * @return the first SMTP server, or empty
   */
  public Optional<MailServer> outgoing() {
    return outgoingServers.stream().findFirst();
  }

  /**
   * Returns whether there is anything for an account dialog.
   *
   * @return {@code true} when there is no IMAP, POP3 or SMTP server
   */
  public boolean isEmpty() {
    return incomingServers.isEmpty() && outgoingServers.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccountSettings a
        && incomingServers.equals(a.incomingServers)
        && outgoingServers.equals(a.outgoingServers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(incomingServers, outgoingServers);
  }

  /** Returns the servers, incoming first. */
  @Override
  public String toString() {
    return "incoming " + incomingServers + ", outgoing " + outgoingServers;
  }
}
