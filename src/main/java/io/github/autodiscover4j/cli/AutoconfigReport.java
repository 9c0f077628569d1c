package io.github.autodiscover4j.cli;

import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.Problem;
import io.github.autodiscover4j.autoconfig.AutoconfigAuthentication;
import io.github.autodiscover4j.autoconfig.ServerView;
import io.github.autodiscover4j.autoconfig.SocketType;
import io.github.autodiscover4j.settings.AccountSettings;
import java.io.PrintStream;
import java.util.List;
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
    // the account shape of POX, from the one format-neutral view
    JsonReport.writeAccount(json, AccountSettings.of(doc));
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

  private static String text(@Nullable String s) {
    return s == null ? "-" : s;
  }
}
