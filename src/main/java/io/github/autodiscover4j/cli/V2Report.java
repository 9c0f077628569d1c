package io.github.autodiscover4j.cli;

import io.github.autodiscover4j.V2Document;
import io.github.autodiscover4j.value.Term;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the command line prints for an Autodiscover v2 body: two or three lines of text, and the
 * {@code --json} object {@code {file, formatVersion, format: "autodiscover-v2", kind, protocol,
 * url, serverLocation, errorCode, errorMessage, otherFields}} (README, "JSON output").
 */
final class V2Report {
  private V2Report() {}

  /** Whether a FILE is to be read as v2: JSON text, or a name ending in {@code .json}. */
  static boolean isV2(String file, byte[] bytes) {
    if (file.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return true;
    }
    int i = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB) {
      i = 3;
    }
    while (i < bytes.length
        && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    return i < bytes.length && (bytes[i] == '{' || bytes[i] == '[');
  }

  static void print(Cli cli, String file, V2Document doc) {
    cli.out().println(cli.bold(Terminal.clean(file + ": AUTODISCOVER_V2 " + doc.kind())));
    if (doc.kind() == V2Document.Kind.ANSWER) {
      cli.out().println(Terminal.clean("  protocol: " + raw(doc.protocol())));
      cli.out().println(Terminal.clean("  url: " + doc.url()));
      if (doc.serverLocation() != null) {
        cli.out().println(Terminal.clean("  server location: " + doc.serverLocation()));
      }
      if (doc.uri() == null) {
        cli.out()
            .println(
                "  "
                    + cli.yellow("warning:")
                    + " the url is not an absolute http(s) URL; a client cannot follow it");
      }
    } else {
      cli.out().println(Terminal.clean("  error: " + raw(doc.errorCode())));
      if (doc.errorMessage() != null) {
        cli.out().println(Terminal.clean("  message: " + doc.errorMessage()));
      }
    }
    if (!doc.otherFields().isEmpty()) {
      cli.out()
          .println(
              Terminal.clean("  other members: " + String.join(", ", doc.otherFields().keySet())));
    }
  }

  static void write(Json json, String file, V2Document doc) {
    json.beginObject();
    json.field("file", file);
    json.field("formatVersion", JsonReport.FORMAT_VERSION);
    json.field("format", "autodiscover-v2");
    json.field("kind", doc.kind().name());
    json.field("protocol", rawOrNull(doc.protocol()));
    json.field("url", doc.url());
    json.field("serverLocation", doc.serverLocation());
    json.field("errorCode", rawOrNull(doc.errorCode()));
    json.field("errorMessage", doc.errorMessage());
    json.name("otherFields").beginArray();
    for (String name : doc.otherFields().keySet()) {
      json.value(name);
    }
    json.endArray();
    json.endObject();
  }

  private static String raw(@Nullable Term<?> term) {
    return term == null ? "-" : term.raw();
  }

  private static @Nullable String rawOrNull(@Nullable Term<?> term) {
    return term == null ? null : term.raw();
  }
}
