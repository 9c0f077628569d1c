package io.github.autodiscover4j.server;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /mail/config-v1.1.xml?emailaddress=…} (the {@code autoconfig.<domain>} form) and
 * {@code /.well-known/autoconfig/mail/config-v1.1.xml} (the {@code <domain>} form), as Thunderbird
 * asks them: the document filled for the address. Without {@code emailaddress} a template answers
 * its own text, placeholders and all, exactly as the static file Thunderbird expects there; clients
 * fill them themselves. An unknown address gets 404, as a web server without the file answers.
 */
final class AutoconfigEndpoint {
  static final Set<String> PATHS =
      Set.of("/mail/config-v1.1.xml", "/.well-known/autoconfig/mail/config-v1.1.xml");

  static final String CONTENT_TYPE = "text/xml; charset=utf-8";

  private final Responder responder;

  AutoconfigEndpoint(Responder responder) {
    this.responder = responder;
  }

  ResponderAnswer answer(ResponderRequest request) {
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      return ResponderAnswer.plain(405, "Method Not Allowed", "autoconfig method not allowed")
          .with("Allow", "GET, HEAD");
    }
    Optional<String> address;
    try {
      address = Query.parameter(request.query().orElse(null), "emailaddress");
    } catch (IllegalArgumentException e) {
      return ResponderAnswer.plain(
          400, "Bad Request: a query that does not decode", "autoconfig bad query");
    }
    if (address.isEmpty() || address.get().isBlank()) {
      AutoconfigDocument template = responder.template();
      if (template == null) {
        return ResponderAnswer.plain(
            400, "Bad Request: emailaddress is required", "autoconfig without address");
      }
      return ResponderAnswer.of(
          200, CONTENT_TYPE, Autoconfig.toBytes(template), "autoconfig template");
    }
    String trimmed = address.get().strip();
    if (!Query.isAddress(trimmed)) {
      return ResponderAnswer.plain(
          400, "Bad Request: emailaddress is not an e-mail address", "autoconfig bad address");
    }
    Optional<Responder.Settings> settings;
    try {
      settings = responder.settingsFor(trimmed);
    } catch (RuntimeException e) {
      return ResponderAnswer.plain(500, "Internal Server Error", "autoconfig source failed");
    }
    if (settings.isEmpty()) {
      return ResponderAnswer.plain(404, "Not Found", "autoconfig unknown address");
    }
    return ResponderAnswer.of(
        200,
        CONTENT_TYPE,
        Autoconfig.toBytes(settings.get().document()),
        settings.get().decoy() ? "autoconfig (unknown address)" : "autoconfig");
  }
}
