package io.github.autodiscover4j.server;

import io.github.autodiscover4j.AutodiscoverV2;
import io.github.autodiscover4j.V2Document;
import io.github.autodiscover4j.V2Request;
import io.github.autodiscover4j.value.Term;
import io.github.autodiscover4j.value.V2ErrorCode;
import io.github.autodiscover4j.value.V2Protocol;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code GET /autodiscover/autodiscover.json/v1.0/<address>?Protocol=…} and {@code
 * /autodiscover/autodiscover.json?Email=<address>&Protocol=…}, read by {@link V2Request#read} (path
 * and parameter names in any case, protocol names too) and answered with documents written by
 * {@link AutodiscoverV2#toBytes(V2Document)}. {@code AutodiscoverV1} points at this server's POX
 * endpoint for any address, as Exchange Online does (the POX endpoint then decides, so v2 tells
 * nothing of who exists); {@code EWS} and {@code ActiveSync} give the account's URLs where its
 * settings have them. Errors are 400 with Exchange's codes and fixed messages, never the request's
 * text: {@code MandatoryParameterMissing}, {@code InvalidProtocol}, {@code ProtocolNotSupported},
 * {@code InvalidUser}; 404 {@code InvalidUser} for an unknown address.
 */
final class V2Endpoint {
  static final String CONTENT_TYPE = "application/json; charset=utf-8";

  private static final String SUPPORTED = "Supported values are 'AutodiscoverV1, EWS, ActiveSync'.";

  /** A Host header worth putting in a URL: a DNS name or an IP literal, perhaps with a port. */
  private static final Pattern HOST =
      Pattern.compile(
          "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
              + "[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?");

  private final Responder responder;

  V2Endpoint(Responder responder) {
    this.responder = responder;
  }

  /** The answer, or empty when the path is no v2 path after all. */
  Optional<ResponderAnswer> answer(ResponderRequest request) {
    Optional<V2Request> read = V2Request.read(request.path(), request.query().orElse(null));
    if (read.isEmpty()) {
      return Optional.empty();
    }
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      return Optional.of(
          ResponderAnswer.plain(405, "Method Not Allowed", "v2 method not allowed")
              .with("Allow", "GET, HEAD"));
    }
    return Optional.of(answer(read.get(), request));
  }

  private ResponderAnswer answer(V2Request v2, ResponderRequest request) {
    Term<V2Protocol> protocol = v2.protocol();
    if (protocol == null) {
      return error(
          400,
          V2ErrorCode.MANDATORY_PARAMETER_MISSING,
          "A valid value must be provided for the query parameter 'Protocol'.",
          "no protocol");
    }
    String address = v2.address() == null ? "" : v2.address().strip();
    if (address.isEmpty()) {
      return error(
          400,
          V2ErrorCode.MANDATORY_PARAMETER_MISSING,
          "A valid value must be provided for the e-mail address.",
          "no address");
    }
    if (!Query.isAddress(address)) {
      return error(
          400, V2ErrorCode.INVALID_USER, "The given e-mail address is invalid.", "not an address");
    }
    switch (protocol.value()) {
      case AUTODISCOVER_V1 -> {
        String url = "https://" + authority(request, address) + "/autodiscover/autodiscover.xml";
        return answer(V2Document.answer(V2Protocol.AUTODISCOVER_V1, url), "v2 AutodiscoverV1");
      }
      case EWS, ACTIVE_SYNC -> {
        return account(protocol.value(), address);
      }
      case REST -> {
        return error(
            400,
            V2ErrorCode.PROTOCOL_NOT_SUPPORTED,
            "The given protocol value is not supported. " + SUPPORTED,
            "protocol not supported");
      }
      default -> {
        return error(
            400,
            V2ErrorCode.INVALID_PROTOCOL,
            "The given protocol value is invalid. " + SUPPORTED,
            "invalid protocol");
      }
    }
  }

  private ResponderAnswer account(V2Protocol protocol, String address) {
    Optional<Responder.Settings> settings;
    try {
      settings = responder.settingsFor(address);
    } catch (RuntimeException e) {
      return ResponderAnswer.plain(500, "Internal Server Error", "v2 source failed");
    }
    if (settings.isEmpty()) {
      return error(
          404, V2ErrorCode.INVALID_USER, "The e-mail address cannot be found.", "unknown address");
    }
    String suffix = settings.get().decoy() ? " (unknown address)" : "";
    Optional<String> url =
        protocol == V2Protocol.EWS
            ? PoxEndpoint.ewsUrl(settings.get().document())
            : PoxEndpoint.activeSyncUrl(settings.get().document());
    if (url.isEmpty()) {
      return error(
          400,
          V2ErrorCode.PROTOCOL_NOT_SUPPORTED,
          "The given protocol value is not supported for this account.",
          "no " + protocol.spelling() + " URL" + suffix);
    }
    return answer(V2Document.answer(protocol, url.get()), "v2 " + protocol.spelling() + suffix);
  }

  /**
   * Where the POX endpoint is: the Host the client reached, when it is a plain host name or address
   * (anything else could make the answer point elsewhere), else {@code autodiscover.<domain>}.
   */
  private static String authority(ResponderRequest request, String address) {
    Optional<String> host = request.header("Host").map(String::strip);
    if (host.isPresent() && host.get().length() <= 260 && HOST.matcher(host.get()).matches()) {
      return host.get().toLowerCase(Locale.ROOT);
    }
    return "autodiscover." + Query.domain(address);
  }

  private static ResponderAnswer answer(V2Document document, String note) {
    return ResponderAnswer.of(200, CONTENT_TYPE, AutodiscoverV2.toBytes(document), note);
  }

  private static ResponderAnswer error(int status, V2ErrorCode code, String message, String why) {
    return ResponderAnswer.of(
        status,
        CONTENT_TYPE,
        AutodiscoverV2.toBytes(V2Document.error(code, message)),
        "v2 error " + code.spelling() + " (" + why + ")");
  }
}
