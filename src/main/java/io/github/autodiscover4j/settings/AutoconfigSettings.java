package io.github.autodiscover4j.settings;

import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.autoconfig.AutoconfigAuthentication;
import io.github.autodiscover4j.autoconfig.ServerView;
import io.github.autodiscover4j.value.Defaults;
import io.github.autodiscover4j.value.OnOff;
import io.github.autodiscover4j.value.OnOffValue;
import io.github.autodiscover4j.value.ProtocolType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the account-dialog view from an autoconfig document: its IMAP, POP3 and SMTP servers in the
 * document's order, as {@link MailServer}s with {@link SourceFormat#AUTOCONFIG}. The mapping is the
 * README's table ("Mozilla autoconfig"): {@code socketType} SSL, STARTTLS, plain is implicit TLS,
 * STARTTLS, none; {@code password-encrypted} (or NTLM) first among the password methods is SPA;
 * {@code none}, {@code client-IP-address} and {@code smtp-after-pop} alone need no login; {@code
 * smtp-after-pop} is SMTPLast on.
 */
final class AutoconfigSettings {
  private static final Set<AutoconfigAuthentication> NO_LOGIN =
      Set.of(
          AutoconfigAuthentication.NONE,
          AutoconfigAuthentication.CLIENT_IP_ADDRESS,
          AutoconfigAuthentication.SMTP_AFTER_POP);

  private AutoconfigSettings() {}

  static AccountSettings read(AutoconfigDocument document, @Nullable String emailAddress) {
    AutoconfigDocument doc = emailAddress == null ? document : document.filledFor(emailAddress);
    List<MailServer> incoming = new ArrayList<>();
    List<MailServer> outgoing = new ArrayList<>();
    for (ServerView s : doc.incomingServers()) {
      switch (s.type()) {
        case "imap" -> incoming.add(server(s, ProtocolType.IMAP));
        case "pop3" -> incoming.add(server(s, ProtocolType.POP3));
        default -> {} // the URL types are not mail servers of the account dialog
      }
    }
    for (ServerView s : doc.outgoingServers()) {
      if (s.type().equals("smtp")) {
        outgoing.add(server(s, ProtocolType.SMTP));
      }
    }
    return AccountSettings.of(incoming, outgoing);
  }

  private static MailServer server(ServerView s, ProtocolType type) {
    List<AutoconfigAuthentication> methods = s.authentication();
    AutoconfigAuthentication password =
        methods.stream()
            .filter(
                a ->
                    a == AutoconfigAuthentication.PASSWORD_CLEARTEXT
                        || a == AutoconfigAuthentication.PASSWORD_ENCRYPTED
                        || a == AutoconfigAuthentication.NTLM)
            .findFirst()
            .orElse(AutoconfigAuthentication.PASSWORD_CLEARTEXT);
    boolean login = methods.isEmpty() || !NO_LOGIN.containsAll(methods);
    boolean afterPop = methods.contains(AutoconfigAuthentication.SMTP_AFTER_POP);
    TransportSecurity.Mode mode =
        switch (s.socketType()) {
          case SSL -> TransportSecurity.Mode.IMPLICIT_TLS;
          case STARTTLS -> TransportSecurity.Mode.STARTTLS;
          case PLAIN -> TransportSecurity.Mode.NONE;
          case UNKNOWN -> TransportSecurity.Mode.AUTO;
        };
    MailServer.Builder b =
        MailServer.builder(type)
            .host(s.hostname().orElse(null))
            .port(s.model().getPort())
            .security(TransportSecurity.of(mode, TransportSecurity.Source.SOCKET_TYPE))
            .userName(s.username().orElse(null), MailServer.UserNameSource.LOGIN_NAME)
            .authenticationRequired(login)
            .securePasswordAuthentication(password != AutoconfigAuthentication.PASSWORD_CLEARTEXT)
            .smtpLast(Defaults.SMTP_LAST.read(afterPop ? OnOffValue.of(OnOff.ON) : null))
            .source(SourceFormat.AUTOCONFIG);
    if (mode == TransportSecurity.Mode.AUTO) {
      b.advisory(Advisory.UNKNOWN_ENCRYPTION); // a socketType no client knows
    }
    return b.build();
  }
}
