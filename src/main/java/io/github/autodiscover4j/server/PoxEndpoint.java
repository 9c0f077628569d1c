package io.github.autodiscover4j.server;

import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.DocumentKind;
import io.github.autodiscover4j.Namespaces;
import io.github.autodiscover4j.ParseOptions;
import io.github.autodiscover4j.autoconfig.ServerView;
import io.github.autodiscover4j.convert.Conversion;
import io.github.autodiscover4j.model.ResponseContent;
import io.github.autodiscover4j.model.envelope.ProtocolError;
import io.github.autodiscover4j.model.envelope.ProtocolErrorResponse;
import io.github.autodiscover4j.model.mobilesync.MobileSyncAction;
import io.github.autodiscover4j.model.mobilesync.MobileSyncError;
import io.github.autodiscover4j.model.mobilesync.MobileSyncResponse;
import io.github.autodiscover4j.model.mobilesync.MobileSyncServer;
import io.github.autodiscover4j.model.mobilesync.MobileSyncSettings;
import io.github.autodiscover4j.model.mobilesync.MobileSyncUser;
import io.github.autodiscover4j.value.IntValue;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /autodiscover/autodiscover.xml}: the request read by the library's own hardened
 * reader, the schema chosen by {@code AcceptableResponseSchema} alone, the answer written by the
 * canonical writer. Errors follow Exchange: HTTP 200 with an {@code Error} in the envelope's {@code
 * Response} (600 invalid request, 601 no such schema, 500 no such address, 603 an internal error);
 * for a MobileSync request the server cannot serve (no ActiveSync URL), 601 in the MobileSync
 * {@code Response}, as [MS-ASCMD] places it.
 */
final class PoxEndpoint {
  static final String PATH = "/autodiscover/autodiscover.xml";

  static final String CONTENT_TYPE = "text/xml; charset=utf-8";

  /** Exchange's own words for the codes, which clients match (exchangelib matches the 500 text). */
  static final String INVALID_REQUEST = "Invalid Request";

  static final String NO_PROVIDER = "Provider is not available for the requested schema.";
  static final String NO_ADDRESS = "The e-mail address cannot be found.";
  static final String INTERNAL = "The Autodiscover server threw an internal error.";

  private final Responder responder;
  private final ParseOptions limits;

  PoxEndpoint(Responder responder) {
    this.responder = responder;
    // a request is one address and one schema: a few elements, a few levels, short texts
    this.limits =
        ParseOptions.builder()
            .maxInputBytes(responder.maxBodyBytes())
            .maxDepth(8)
            .maxElements(32)
            .maxTextLength(1024)
            .maxAttributes(8)
            .maxAttributeLength(1024)
            .maxUnknownElements(8)
            .build();
  }

  ResponderAnswer answer(ResponderRequest request) {
    if (!request.method().equals("POST")) {
      return ResponderAnswer.plain(405, "Method Not Allowed", "pox method not allowed")
          .with("Allow", "POST");
    }
    if (request.bodyLength() > responder.maxBodyBytes()) {
      return ResponderAnswer.plain(413, "Content Too Large", "pox body too large");
    }
    AutodiscoverDocument doc;
    try {
      doc = Autodiscover.parse(request.bodyBytes(), limits);
    } catch (AutodiscoverException e) {
      return error(600, INVALID_REQUEST, "unreadable request");
    }
    String schema;
    String address;
    boolean legacyDn;
    if (doc.kind() == DocumentKind.OUTLOOK_REQUEST && doc.outlookRequest().isPresent()) {
      var r = doc.outlookRequest().get();
      schema = r.getAcceptableResponseSchema();
      address = r.getEMailAddress();
      legacyDn = r.getLegacyDN() != null && !r.getLegacyDN().isBlank();
    } else if (doc.kind() == DocumentKind.MOBILE_SYNC_REQUEST
        && doc.mobileSyncRequest().isPresent()) {
      var r = doc.mobileSyncRequest().get();
      schema = r.getAcceptableResponseSchema();
      address = r.getEMailAddress();
      legacyDn = false;
    } else {
      return error(600, INVALID_REQUEST, "not a request");
    }
    Schema wanted = Schema.of(schema);
    if (wanted == Schema.MISSING) {
      return error(600, INVALID_REQUEST, "no AcceptableResponseSchema");
    }
    if (wanted == Schema.OTHER) {
      return error(601, NO_PROVIDER, "unknown schema");
    }
    String trimmed = address == null ? "" : address.strip();
    if (trimmed.isEmpty()) {
      // a LegacyDN names a directory entry this responder has no directory for
      return legacyDn
          ? error(500, NO_ADDRESS, "legacy DN")
          : error(600, INVALID_REQUEST, "no address");
    }
    if (!Query.isAddress(trimmed)) {
      return error(600, INVALID_REQUEST, "not an address");
    }
    Optional<Responder.Settings> settings;
    try {
      settings = responder.settingsFor(trimmed);
    } catch (RuntimeException e) {
      return error(603, INTERNAL, "settings source failed");
    }
    if (settings.isEmpty()) {
      return error(500, NO_ADDRESS, "unknown address");
    }
    String suffix = settings.get().decoy() ? " (unknown address)" : "";
    return wanted == Schema.OUTLOOK
        ? outlook(settings.get().document(), trimmed, suffix)
        : mobileSync(settings.get().document(), trimmed, suffix);
  }

  private static ResponderAnswer outlook(
      AutoconfigDocument settings, String address, String suffix) {
    AutodiscoverDocument pox;
    try {
      pox = Conversion.toPox(settings, address).document();
    } catch (RuntimeException e) {
      return error(603, INTERNAL, "conversion failed");
    }
    if (pox.protocols().isEmpty()) {
      return error(601, NO_PROVIDER, "no POX settings" + suffix);
    }
    return ResponderAnswer.of(
        200, CONTENT_TYPE, Autodiscover.toBytes(pox), "pox outlook settings" + suffix);
  }

  private static ResponderAnswer mobileSync(
      AutoconfigDocument settings, String address, String suffix) {
    MobileSyncResponse response = new MobileSyncResponse();
    response.setCulture("en:us");
    Optional<String> url = activeSyncUrl(settings);
    if (url.isEmpty()) {
      MobileSyncError error = new MobileSyncError();
      error.setErrorCode(IntValue.of(601));
      error.setMessage(NO_PROVIDER);
      response.setError(error);
      return ResponderAnswer.of(
          200, CONTENT_TYPE, Autodiscover.toBytes(response), "pox mobilesync error 601" + suffix);
    }
    MobileSyncUser user = new MobileSyncUser();
    user.setEMailAddress(address);
    response.setUser(user);
    MobileSyncServer server = new MobileSyncServer();
    server.setType("MobileSync");
    server.setUrl(url.get());
    server.setName(url.get());
    MobileSyncSettings list = new MobileSyncSettings();
    list.getServer().add(server);
    MobileSyncAction action = new MobileSyncAction();
    action.setSettings(list);
    response.setAction(action);
    return ResponderAnswer.of(
        200, CONTENT_TYPE, Autodiscover.toBytes(response), "pox mobilesync settings" + suffix);
  }

  /** The first {@code activesync} server's URL, placeholders already filled. */
  static Optional<String> activeSyncUrl(AutoconfigDocument settings) {
    return url(settings, "activesync");
  }

  /** The first {@code ews} server's URL (or the legacy {@code exchange} type's exchangeURL). */
  static Optional<String> ewsUrl(AutoconfigDocument settings) {
    Optional<String> ews = url(settings, "ews");
    if (ews.isPresent()) {
      return ews;
    }
    for (ServerView s : settings.incomingServers()) {
      String legacy = s.model().getExchangeURL();
      if (s.type().equals("exchange") && legacy != null && !legacy.isBlank()) {
        return Optional.of(legacy.strip());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> url(AutoconfigDocument settings, String type) {
    for (ServerView s : settings.incomingServers()) {
      if (s.type().equals(type) && s.url().isPresent()) {
        return s.url();
      }
    }
    return Optional.empty();
  }

  /** An error in the envelope's own {@code Response}, as Exchange sends it, without Time or Id. */
  static ResponderAnswer error(int code, String message, String why) {
    ProtocolError error = new ProtocolError();
    error.setErrorCode(IntValue.of(code));
    error.setMessage(message);
    error.setDebugData("");
    ProtocolErrorResponse response = new ProtocolErrorResponse();
    response.setError(error);
    return ResponderAnswer.of(
        200, CONTENT_TYPE, write(response), "pox error " + code + " (" + why + ")");
  }

  private static byte[] write(ResponseContent content) {
    return Autodiscover.toBytes(content);
  }

  /** The answer a request asks for with its {@code AcceptableResponseSchema}. */
  enum Schema {
    OUTLOOK,
    MOBILE_SYNC,
    MISSING,
    OTHER;

    /**
     * Compared as gromox does, case-insensitively and trimmed, and with the {@code https://}
     * spelling Microsoft's current examples print taken as the real {@code http://} one.
     */
    static Schema of(@Nullable String value) {
      if (value == null || value.isBlank()) {
        return MISSING;
      }
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (v.startsWith("https://")) {
        v = "http://" + v.substring("https://".length());
      }
      if (v.equals(Namespaces.OUTLOOK_RESPONSE.toLowerCase(Locale.ROOT))) {
        return OUTLOOK;
      }
      if (v.equals(Namespaces.MOBILE_SYNC_RESPONSE.toLowerCase(Locale.ROOT))) {
        return MOBILE_SYNC;
      }
      return OTHER;
    }
  }
}
