package io.github.autodiscover4j.settings;

import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.model.outlook.OutlookUser;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.value.ProtocolType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a mail client fills into its account dialog, read from an Outlook settings response: the
 * incoming servers (IMAP, POP3) and outgoing servers (SMTP) in the server's order of preference.
 *
 * <pre>{@code
 * AccountSettings account = AccountSettings.of(Autodiscover.parse(bytes));
 * account.incoming().ifPresent(in -> connect(in.host().orElseThrow(), in.port(), in.security().mode()));
 * account.outgoing().filter(MailServer::mustReceiveBeforeSending).ifPresent(out -> checkMailFirst());
 * }</pre>
 *
 * Immutable; the servers keep a reference to the model elements they were read from.
 */
public final class AccountSettings {
  private final List<MailServer> incomingServers;
  private final List<MailServer> outgoingServers;

  private AccountSettings(List<MailServer> incoming, List<MailServer> outgoing) {
    this.incomingServers = Collections.unmodifiableList(incoming);
    this.outgoingServers = Collections.unmodifiableList(outgoing);
  }

  /**
   * Reads the account settings of a document. A document that is not an Outlook settings response
   * has none.
   *
   * @param document a parsed document
   * @return the settings; empty lists when the document has no IMAP, POP3 or SMTP protocol
   */
  public static AccountSettings of(AutodiscoverDocument document) {
    Objects.requireNonNull(document, "document");
    String smtpAddress =
        document
            .outlookResponse()
            .map(io.github.autodiscover4j.model.outlook.OutlookResponse::getUser)
            .map(OutlookUser::getAutoDiscoverSMTPAddress)
            .filter(s -> !s.isBlank())
            .map(String::strip)
            .orElse(null);
    List<MailServer> incoming = new ArrayList<>();
    List<MailServer> outgoing = new ArrayList<>();
    for (Protocol protocol : document.protocols()) {
      if (protocol.getType() == null) {
        continue;
      }
      switch (ProtocolType.read(protocol.getType()).value()) {
        case IMAP, POP3 -> incoming.add(new MailServer(protocol, smtpAddress));
        case SMTP -> outgoing.add(new MailServer(protocol, smtpAddress));
        default -> {}
      }
    }
    return new AccountSettings(incoming, outgoing);
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

  /** Returns the servers, incoming first. */
  @Override
  public String toString() {
    return "incoming " + incomingServers + ", outgoing " + outgoingServers;
  }
}
