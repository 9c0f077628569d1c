package io.github.autodiscover4j.cli;

import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.Problem;
import io.github.autodiscover4j.autoconfig.AutoconfigAuthentication;
import io.github.autodiscover4j.autoconfig.ServerView;
import io.github.autodiscover4j.autoconfig.SocketType;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the command line prints for an autoconfig document: the summary, and the {@code --json}
 * object, whose {@code account} has the shape documented for POX (README, "JSON output") so that
 * one consumer reads both formats.
 */
final class AutoconfigReport {
  private AutoconfigReport() {}

  static void summarize(String file, AutoconfigDocument doc, PrintStream out) {
    out.println(
        file
            + ": AUTOCONFIG"
            + doc.version().map(v -> " " + v).orElse("")
            + doc.providerId().map(id -> " for " + id).orElse(""));
    if (!doc.domains().isEmpty()) {
      out.println("  domains: " + String.join(", ", doc.domains()));
    }
    for (ServerView s : doc.incomingServers()) {
      out.println("  incoming " + line(s));
    }
    for (ServerView s : doc.outgoingServers()) {
      out.println("  outgoing " + line(s));
    }
    for (ServerView s : doc.services()) {
      out.println("  service " + line(s));
    }
    doc.oAuth2()
        .ifPresent(
            o ->
                out.println(
                    "  oAuth2: issuer " + text(o.getIssuer()) + ", scope " + text(o.getScope())));
    for (Problem problem : doc.problems()) {
      out.println("  note: " + problem);
    }
  }

  private static String line(ServerView s) {
    StringBuilder line = new StringBuilder(s.type());
    if (s.url().isPresent()) {
      line.append(": ").append(s.url().get());
    } else {
      line.append(": ").append(s.hostname().orElse("-"));
      if (s.port().isPresent()) {
        line.append(" port ").append(s.port().getAsInt());
      }
      line.append(", socketType ").append(socket(s));
    }
    s.username().ifPresent(u -> line.append(", login ").append(u));
    line.append(", authentication ");
    List<AutoconfigAuthentication> methods = s.authentication();
    if (methods.isEmpty()) {
      line.append('-');
    }
    for (int i = 0; i < methods.size(); i++) {
      String raw = s.model().getAuthentication().get(i).getValue();
      line.append(i == 0 ? "" : " ")
          .append(
              methods.get(i) == AutoconfigAuthentication.UNKNOWN
                  ? "'" + text(raw) + "'"
                  : methods.get(i).token());
    }
    return line.toString();
  }

  private static String socket(ServerView s) {
    SocketType t = s.socketType();
    if (t != SocketType.UNKNOWN) {
      return t.token();
    }
    return s.model().getSocketType().isEmpty()
        ? "-"
        : "'" + s.model().getSocketType().get(0).strip() + "'";
  }

  /**
   * Writes the JSON object of one document.
   *
   * @param emailAddress the address to fill the templates for, or null to keep them
   */
  static void write(
      Json json, String file, AutoconfigDocument parsed, @Nullable String emailAddress) {
    AutoconfigDocument doc = emailAddress == null ? parsed : parsed.filledFor(emailAddress);
    json.beginObject();
    json.field("file", file);
    json.field("format", "autoconfig");
    json.field("kind", "AUTOCONFIG");
    json.field("version", doc.version().orElse(null));
    json.name("provider").beginObject();
    json.field("id", doc.providerId().orElse(null));
    json.field("displayName", doc.displayName().orElse(null));
    json.name("domains").beginArray();
    for (String d : doc.domains()) {
      json.value(d);
    }
    json.endArray();
    json.endObject();
    json.name("account").beginObject();
    json.name("incoming").beginArray();
    for (ServerView s : doc.incomingServers()) {
      server(json, s);
    }
    json.endArray();
    json.name("outgoing").beginArray();
    for (ServerView s : doc.outgoingServers()) {
      server(json, s);
    }
    json.endArray();
    json.endObject();
    json.name("problems").beginArray();
    for (Problem p : doc.problems()) {
      json.beginObject()
          .field("line", p.line())
          .field("column", p.column())
          .field("path", p.path())
          .field("message", p.message())
          .endObject();
    }
    json.endArray();
    json.endObject();
  }

  /** One server in the POX {@code account} shape; the URL types have no host or port. */
  private static void server(Json json, ServerView s) {
    List<AutoconfigAuthentication> methods = s.authentication();
    AutoconfigAuthentication password =
        methods.stream()
            .filter(
                a ->
                    a == AutoconfigAuthentication.PASSWORD_CLEARTEXT
                        || a == AutoconfigAuthentication.PASSWORD_ENCRYPTED
                        || a == AutoconfigAuthentication.NTLM)
            .findFirst()
            .orElse(AutoconfigAuthentication.UNKNOWN);
    boolean noLogin =
        !methods.isEmpty()
            && methods.stream()
                .allMatch(
                    a ->
                        a == AutoconfigAuthentication.NONE
                            || a == AutoconfigAuthentication.CLIENT_IP_ADDRESS
                            || a == AutoconfigAuthentication.SMTP_AFTER_POP);
    boolean afterPop = methods.contains(AutoconfigAuthentication.SMTP_AFTER_POP);
    boolean outgoing = s.role() == ServerView.Role.OUTGOING;
    json.beginObject()
        .field("type", s.type().toUpperCase(Locale.ROOT))
        .field("host", s.url().isPresent() ? null : s.hostname().orElse(null))
        .field("port", s.port().isPresent() ? Integer.valueOf(s.port().getAsInt()) : null)
        .field("portDefaulted", false)
        .name("security")
        .beginObject()
        .field("mode", mode(s.socketType()))
        .field("source", "SOCKET_TYPE")
        .endObject()
        .field("userName", s.username().orElse(null))
        .field("userNameSource", s.username().isPresent() ? "USERNAME" : "NONE")
        .field(
            "securePasswordAuthenticationRequired",
            password != AutoconfigAuthentication.PASSWORD_CLEARTEXT
                && password != AutoconfigAuthentication.UNKNOWN)
        .field("authenticationRequired", !noLogin)
        .field("reusesIncomingCredentials", false)
        .field("mustReceiveBeforeSending", outgoing && afterPop)
        .field(
            "sendingAdvice",
            !outgoing
                ? "Not an outgoing server."
                : afterPop
                    ? "Check for new mail on the incoming server before sending: this server accepts"
                        + " mail only after that."
                    : "Send at any time: no need to check for new mail first.")
        .field("url", s.url().orElse(null))
        .name("authentication")
        .beginArray();
    for (AutoconfigAuthentication a : methods) {
      json.value(a.token().isEmpty() ? null : a.token());
    }
    json.endArray().endObject();
  }

  private static @Nullable String mode(SocketType t) {
    return switch (t) {
      case SSL -> "IMPLICIT_TLS";
      case STARTTLS -> "STARTTLS";
      case PLAIN -> "NONE";
      case UNKNOWN -> null;
    };
  }

  private static String text(@Nullable String s) {
    return s == null ? "-" : s;
  }
}
