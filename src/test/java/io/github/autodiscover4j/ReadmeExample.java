package io.github.autodiscover4j;

import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.settings.AccountSettings;
import io.github.autodiscover4j.settings.ExchangeEndpoints;
import io.github.autodiscover4j.settings.MailServer;
import io.github.autodiscover4j.value.IntValue;
import io.github.autodiscover4j.value.OnOffSetting;
import io.github.autodiscover4j.value.V2Protocol;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The examples shown in README.md, kept here so that they compile and run; ReadmeTest checks the
 * two agree.
 */
final class ReadmeExample {
  private ReadmeExample() {}

  // README:parse:begin
  static List<String> accountDialog(Path capturedResponse) throws IOException {
    AutodiscoverDocument doc =
        Autodiscover.parse(capturedResponse); // also byte[], InputStream, Reader, String
    List<String> lines = new ArrayList<>();
    switch (doc.kind()) {
      case SETTINGS:
        for (Protocol p : doc.protocols()) { // of every Account, in document order
          OnOffSetting smtpLast = p.smtpLast(); // absent -> effective OFF, explicit() empty
          IntValue port = p.getPort(); // @Nullable: EXPR, WEB and mapiHttp send none
          lines.add(
              p.protocolType().raw() // the Type element, else the Type attribute (mapiHttp)
                  + " "
                  + Objects.requireNonNullElse(p.getServer(), "-")
                  + ":"
                  + (port == null ? "-" : port.raw())
                  + " SSL="
                  + p.ssl().effective()
                  + " SMTPLast="
                  + smtpLast.effective()
                  + (smtpLast.isPresent() ? "" : " (default)"));
        }
        break;
      case REDIRECT_ADDRESS:
        lines.add("ask again for " + doc.redirectAddress().orElseThrow());
        break;
      case REDIRECT_URL:
        lines.add("check, then POST to " + doc.redirectUrl().orElseThrow());
        break;
      case ERROR, MOBILE_SYNC_ERROR:
        lines.add("server error " + doc.error().orElseThrow());
        break;
      default:
        lines.add(doc.kind().toString());
    }
    for (Problem problem : doc.problems()) {
      lines.add("note: " + problem); // junk values, stray text: read leniently, reported here
    }
    return lines;
  }

  static String requestBody() {
    return Autodiscover.toXml(Autodiscover.outlookRequest("alice@example.com")); // POST this, UTF-8
  }

  // README:parse:end

  // README:settings:begin
  static List<String> mailClientDialog(Path capturedResponse) throws IOException {
    AutodiscoverDocument doc = Autodiscover.parse(capturedResponse);
    AccountSettings account = AccountSettings.of(doc);
    List<String> lines = new ArrayList<>();
    for (MailServer in :
        account.incomingServers()) { // IMAP and POP3, the server's first choice first
      lines.add(
          "incoming "
              + in.type().value()
              + " "
              + in.host().orElse("?")
              + ":"
              + in.port()
              + " "
              + in.security().mode()
              + " as "
              + in.userName().orElse("<the address you looked up>"));
      in.advisories().forEach(a -> lines.add("warn: " + a)); // e.g. PLAIN_TEXT, NO_HOST
    }
    account
        .outgoing()
        .ifPresent(
            out -> {
              lines.add(
                  "outgoing SMTP "
                      + out.host().orElse("?")
                      + ":"
                      + out.port()
                      + " "
                      + out.security().mode()
                      + (out.reusesIncomingCredentials() ? ", same login as incoming" : ""));
              lines.add(out.sendingAdvice().toString()); // SMTPLast: a typed value; prose here
            });
    ExchangeEndpoints exchange = ExchangeEndpoints.of(doc);
    exchange.ewsUrl().ifPresent(ews -> lines.add("EWS " + ews)); // EwsUrl, else ASUrl
    exchange.expiresAt(Instant.now()).ifPresent(expiry -> lines.add("ask again after " + expiry));
    return lines;
  }

  // README:settings:end

  // README:v2:begin
  static String whereIsPox(String address, byte[] v2Body) throws AutodiscoverException {
    // the anonymous GET a client sends first, as current Outlook does
    URI ask = V2Request.of(address, V2Protocol.AUTODISCOVER_V1).pathUri("autodiscover.example.com");
    V2Document answer = AutodiscoverV2.parse(v2Body); // the server's answer to it
    if (answer.kind() == V2Document.Kind.ERROR) {
      return ask + " -> error " + Objects.requireNonNull(answer.errorCode()).raw();
    }
    URI pox = answer.uri(); // null unless an absolute http(s) URL
    return ask + " -> POX at " + (pox == null ? "(no usable URL: " + answer.url() + ")" : pox);
  }

  // README:v2:end

  static Path sample(String name) throws IOException {
    return Path.of("src/test/resources/samples", name);
  }
}
