package io.github.autodiscover4j.cli;

import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.Problem;
import io.github.autodiscover4j.model.mobilesync.MobileSyncServer;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.settings.AccountSettings;
import io.github.autodiscover4j.settings.Advisory;
import io.github.autodiscover4j.settings.ExchangeEndpoints;
import io.github.autodiscover4j.settings.MailServer;
import io.github.autodiscover4j.value.IntValue;
import io.github.autodiscover4j.value.OnOffSetting;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The text summary of one document, for a person: the account dialog first (incoming and outgoing
 * servers with host, port, security, user name, the SMTPLast advice, and the advisories as
 * warnings), then the Exchange endpoints, redirects and errors, and the raw protocols only when
 * asked ({@code --verbose}). Every line is cleaned of control characters before it is printed.
 */
final class Summary {
  private final Cli cli;
  private final boolean verbose;

  Summary(Cli cli, boolean verbose) {
    this.cli = cli;
    this.verbose = verbose;
  }

  private void line(String text) {
    cli.out().println(Terminal.clean(text));
  }

  private void warning(String text) {
    cli.out().println("  " + cli.yellow("warning:") + " " + Terminal.clean(text));
  }

  void print(String file, AutodiscoverDocument doc) {
    cli.out().println(cli.bold(Terminal.clean(file + ": " + doc.kind())));
    doc.outlookResponse()
        .map(r -> r.getUser())
        .ifPresent(
            u ->
                line(
                    "  user: "
                        + text(u.getDisplayName())
                        + (u.getAutoDiscoverSMTPAddress() == null
                            ? ""
                            : " <" + u.getAutoDiscoverSMTPAddress() + ">")));
    doc.mobileSyncResponse()
        .map(r -> r.getUser())
        .ifPresent(
            u ->
                line(
                    "  user: "
                        + text(u.getDisplayName())
                        + " <"
                        + text(u.getEMailAddress())
                        + ">"));
    doc.outlookRequest()
        .ifPresent(
            r ->
                line(
                    "  request for: "
                        + (r.getEMailAddress() != null
                            ? r.getEMailAddress()
                            : text(r.getLegacyDN()))
                        + ", schema "
                        + text(r.getAcceptableResponseSchema())));
    doc.mobileSyncRequest()
        .ifPresent(
            r ->
                line(
                    "  request for: "
                        + text(r.getEMailAddress())
                        + ", schema "
                        + text(r.getAcceptableResponseSchema())));
    account(AccountSettings.of(doc));
    endpoints(ExchangeEndpoints.of(doc));
    doc.redirectAddress().ifPresent(a -> line("  redirect to address: " + a));
    doc.redirectUrl().ifPresent(u -> line("  redirect to URL: " + u));
    doc.error()
        .ifPresent(
            e ->
                cli.out()
                    .println(
                        "  "
                            + cli.red("error")
                            + Terminal.clean(
                                " "
                                    + e.rawCode().orElse("?")
                                    + ": "
                                    + e.message().orElse("")
                                    + " ("
                                    + e.placement().name().toLowerCase(Locale.ROOT)
                                    + ")")));
    notes(doc.problems());
    if (verbose && !doc.protocols().isEmpty()) {
      line("  as sent:");
    }
    if (verbose) {
      for (Protocol p : doc.protocols()) {
        line(protocol(p));
      }
      doc.mobileSyncResponse()
          .ifPresent(
              r -> {
                if (r.getAction() != null && r.getAction().getSettings() != null) {
                  for (MobileSyncServer s : r.getAction().getSettings().getServer()) {
                    line("  server " + text(s.getType()) + ": " + text(s.getUrl()));
                  }
                }
              });
    }
  }

  void print(String file, AutoconfigDocument doc, @Nullable String email) {
    AutoconfigDocument filled = email == null ? doc : doc.filledFor(email);
    cli.out()
        .println(
            cli.bold(
                Terminal.clean(
                    file
                        + ": AUTOCONFIG"
                        + filled.version().map(v -> " " + v).orElse("")
                        + filled.providerId().map(id -> " for " + id).orElse(""))));
    if (!filled.domains().isEmpty()) {
      line("  domains: " + String.join(", ", filled.domains()));
    }
    account(AccountSettings.of(filled));
    filled
        .oAuth2()
        .ifPresent(
            o -> line("  oAuth2: issuer " + text(o.getIssuer()) + ", scope " + text(o.getScope())));
    notes(filled.problems());
    if (verbose) {
      line("  as sent:");
      for (String raw : AutoconfigReport.serverLines(filled)) {
        line(raw);
      }
    }
  }

  private void notes(java.util.List<Problem> problems) {
    for (Problem problem : problems) {
      line("  note: " + problem);
    }
  }

  private void account(AccountSettings account) {
    for (MailServer s : account.incomingServers()) {
      server("incoming", s);
    }
    for (MailServer s : account.outgoingServers()) {
      server("outgoing", s);
      line("    " + s.sendingAdvice());
    }
  }

  private void server(String direction, MailServer s) {
    String name = direction + " " + s.type().raw().strip();
    StringBuilder line = new StringBuilder("  ").append(name).append(": ");
    line.append(s.host().orElse("(no host)"))
        .append(" port ")
        .append(s.port())
        .append(s.isPortDefaulted() ? " (default)" : "")
        .append(", ")
        .append(security(s))
        .append(", user ");
    if (s.userNameSource() == MailServer.UserNameSource.INCOMING_SERVER) {
      line.append("and password of the incoming server");
    } else {
      line.append(s.userName().orElse("(the e-mail address)"));
    }
    if (s.requiresSecurePasswordAuthentication()) {
      line.append(", secure password authentication");
    }
    line(line.toString());
    for (Advisory a : s.advisories()) {
      warning(name + s.host().map(h -> " " + h).orElse("") + ": " + advice(a));
    }
  }

  private static String security(MailServer s) {
    return switch (s.security().mode()) {
      case IMPLICIT_TLS -> "SSL/TLS";
      case STARTTLS -> "STARTTLS";
      case NONE -> "no encryption";
      case AUTO -> "encryption as offered";
    };
  }

  /** An advisory in a sentence, for the warning line. */
  static String advice(Advisory a) {
    return switch (a) {
      case PLAIN_TEXT -> "the password would travel in plain text (PLAIN_TEXT)";
      case STARTTLS_ON_IMPLICIT_TLS_PORT ->
          "STARTTLS on a port that speaks TLS from the first byte cannot work"
              + " (STARTTLS_ON_IMPLICIT_TLS_PORT)";
      case IMPLICIT_TLS_ON_STARTTLS_PORT ->
          "TLS from the first byte on a STARTTLS port cannot work (IMPLICIT_TLS_ON_STARTTLS_PORT)";
      case PORT_OUT_OF_RANGE ->
          "the port sent is not 1 to 65535; the conventional port is used (PORT_OUT_OF_RANGE)";
      case NO_HOST -> "no host name: ask the user (NO_HOST)";
      case UNKNOWN_ENCRYPTION ->
          "an encryption word no client knows; clients fall back to SSL (UNKNOWN_ENCRYPTION)";
      case UNKNOWN_SWITCH ->
          "an on/off word no client knows; clients use the default (UNKNOWN_SWITCH)";
    };
  }

  private void endpoints(ExchangeEndpoints e) {
    endpoint("EWS", e.ewsUrl());
    endpoint("EWS internal", e.internalEwsUrl().filter(u -> !e.ewsUrl().equals(Optional.of(u))));
    endpoint("EWS external", e.externalEwsUrl().filter(u -> !e.ewsUrl().equals(Optional.of(u))));
    endpoint("offline address book", e.offlineAddressBookUrl());
    endpoint("out of office", e.outOfOfficeUrl());
    endpoint("unified messaging", e.unifiedMessagingUrl());
    endpoint("ECP", e.ecpUrl());
    endpoint("MAPI/HTTP mail store internal", e.mailStoreInternalUrl());
    endpoint("MAPI/HTTP mail store external", e.mailStoreExternalUrl());
    endpoint("MAPI/HTTP address book internal", e.addressBookInternalUrl());
    endpoint("MAPI/HTTP address book external", e.addressBookExternalUrl());
    endpoint("ActiveSync", e.activeSyncUrl());
    endpoint("server version", e.serverVersion().map(Object::toString));
  }

  private void endpoint(String name, Optional<String> value) {
    value.ifPresent(v -> line("  " + name + ": " + v));
  }

  /** The raw protocol line of {@code --verbose}, as the summary printed it before 1.0. */
  private static String protocol(Protocol p) {
    StringBuilder line =
        new StringBuilder("  protocol ").append(text(p.protocolType().raw().strip()));
    if (p.getServer() != null) {
      line.append(": ").append(p.getServer());
    }
    if (p.getPort() != null) {
      line.append(" port ").append(port(p.getPort()));
    }
    line.append(", security ").append(rawSecurity(p));
    if (p.getLoginName() != null) {
      line.append(", login ").append(p.getLoginName());
    }
    OnOffSetting smtpLast = p.smtpLast();
    line.append(", SMTPLast ").append(smtpLast.effective().name().toLowerCase(Locale.ROOT));
    if (!smtpLast.isPresent()) {
      line.append(" (default)");
    } else if (smtpLast.state() == OnOffSetting.State.UNKNOWN) {
      line.append(" (unknown '").append(smtpLast.raw().orElse("")).append("', default)");
    }
    if (p.getEwsUrl() != null) {
      line.append(", EWS ").append(p.getEwsUrl());
    }
    return line.toString();
  }

  private static String rawSecurity(Protocol p) {
    if (p.getEncryption() != null) {
      return "Encryption " + p.getEncryption().strip();
    }
    OnOffSetting ssl = p.ssl();
    return "SSL "
        + ssl.effective().name().toLowerCase(Locale.ROOT)
        + (ssl.isPresent() ? "" : " (default)");
  }

  private static String port(IntValue port) {
    return port.isValid() ? port.canonical() : "'" + port.raw() + "' (invalid)";
  }

  private static String text(@Nullable String s) {
    return s == null ? "-" : s;
  }
}
