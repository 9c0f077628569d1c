package io.github.autodiscover4j.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.AutodiscoverError;
import io.github.autodiscover4j.DocumentKind;
import io.github.autodiscover4j.model.outlook.Protocol;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every request shape real clients send, and the answer each gets. The settings are {@code
 * src/test/resources/server/example.com.xml}: IMAP 993 and POP3 995 over implicit TLS, SMTP 587
 * over STARTTLS, an EWS and an ActiveSync URL, for example.com and mail.example.com.
 */
class ResponderTest {
  static final String OUTLOOK_SCHEMA =
      "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";
  static final String MOBILE_SYNC_SCHEMA =
      "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006";
  static final String OUTLOOK_REQUEST =
      "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006";
  static final String MOBILE_SYNC_REQUEST =
      "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/requestschema/2006";

  static AutoconfigDocument settings(String file) throws IOException {
    return Autoconfig.parse(Path.of("src/test/resources", file));
  }

  static Responder example() throws IOException {
    return Responder.of(settings("server/example.com.xml"));
  }

  /** A request as Outlook and Thunderbird send it: a declaration, indented, address first. */
  static String request(String namespace, String address, String schema) {
    return """
        <?xml version="1.0" encoding="utf-8"?>
        <Autodiscover xmlns="%s">
          <Request>
            <EMailAddress>%s</EMailAddress>
            <AcceptableResponseSchema>%s</AcceptableResponseSchema>
          </Request>
        </Autodiscover>
        """
        .formatted(namespace, address, schema);
  }

  static ResponderAnswer post(Responder responder, String body) {
    return responder.answer(
        ResponderRequest.post(
            "/autodiscover/autodiscover.xml", body.getBytes(StandardCharsets.UTF_8)));
  }

  static AutodiscoverDocument pox(ResponderAnswer answer) throws IOException {
    assertEquals(200, answer.status(), answer.toString());
    assertEquals(Optional.of("text/xml; charset=utf-8"), answer.header("Content-Type"));
    return Autodiscover.parse(answer.body());
  }

  static AutodiscoverError error(ResponderAnswer answer) throws IOException {
    AutodiscoverDocument doc = pox(answer);
    assertEquals(DocumentKind.ERROR, doc.kind(), answer.bodyText());
    AutodiscoverError e = doc.error().orElseThrow();
    assertEquals(AutodiscoverError.Placement.PROTOCOL, e.placement(), answer.bodyText());
    return e;
  }

  static int code(ResponderAnswer answer) throws IOException {
    return error(answer).code().orElseThrow();
  }

  @Test
  void outlooksRequestGetsTheAccountsServersWithTheirTransportSecurity() throws IOException {
    ResponderAnswer answer =
        post(example(), request(OUTLOOK_REQUEST, "alice@example.com", OUTLOOK_SCHEMA));
    AutodiscoverDocument doc = pox(answer);
    assertEquals(DocumentKind.SETTINGS, doc.kind());
    assertEquals(List.of(), Autodiscover.lint(answer.body()).findings());
    Protocol imap = doc.protocols("IMAP").get(0);
    assertEquals("imap.example.com", imap.getServer());
    assertEquals(993, imap.getPort().value().getAsInt());
    assertEquals("SSL", imap.getEncryption(), "implicit TLS is SSL to Outlook, never TLS");
    assertEquals("alice@example.com", imap.getLoginName());
    Protocol smtp = doc.protocols("SMTP").get(0);
    assertEquals("TLS", smtp.getEncryption(), "STARTTLS is TLS to Outlook");
    assertEquals(null, smtp.getSMTPLast(), "no SMTPLast for a server that is not smtp-after-pop");
    Protocol expr = doc.protocols("EXPR").get(0);
    assertEquals("https://mail.example.com/EWS/Exchange.asmx", expr.getEwsUrl());
    assertTrue(answer.note().startsWith("pox outlook settings"), answer.note());
  }

  @ParameterizedTest
  @ValueSource(strings = {"autoconfig/mailu-style.xml", "autoconfig/alternatives-freemail.xml"})
  void anImplicitTlsPortNeverGetsTls(String sample) throws IOException {
    AutoconfigDocument template = settings("samples/" + sample);
    String domain =
        template.domains().stream().filter(d -> !d.contains("%")).findFirst().orElse("ex.example");
    Responder responder = Responder.builder().settings(address -> Optional.of(template)).build();
    AutodiscoverDocument doc =
        pox(post(responder, request(OUTLOOK_REQUEST, "bob@" + domain, OUTLOOK_SCHEMA)));
    int implicit = 0;
    for (Protocol p : doc.protocols()) {
      int port = p.getPort() == null ? 0 : p.getPort().value().orElse(0);
      if (port == 993 || port == 995 || port == 465) {
        implicit++;
        assertEquals("SSL", p.getEncryption(), p.getType() + " on " + port);
      }
    }
    assertTrue(implicit > 0, "the sample has implicit-TLS ports");
  }

  @Test
  void smtpLastIsOnOnlyForSmtpAfterPop() throws IOException {
    Responder old = Responder.of(settings("samples/autoconfig/smtp-after-pop.xml"));
    AutodiscoverDocument doc =
        pox(post(old, request(OUTLOOK_REQUEST, "carol@oldisp.example", OUTLOOK_SCHEMA)));
    String xml = Autodiscover.toXml(doc);
    assertTrue(xml.contains("<SMTPLast>on</SMTPLast>"), xml);
    assertEquals(1, countOf(xml, "<SMTPLast>"), "on the SMTP server alone");
    String plain =
        Autodiscover.toXml(
            pox(post(example(), request(OUTLOOK_REQUEST, "alice@example.com", OUTLOOK_SCHEMA))));
    assertEquals(0, countOf(plain, "SMTPLast"));
  }

  private static int countOf(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void theMobileSyncRequestGetsTheActiveSyncUrl() throws IOException {
    ResponderAnswer answer =
        post(example(), request(MOBILE_SYNC_REQUEST, "alice@example.com", MOBILE_SYNC_SCHEMA));
    AutodiscoverDocument doc = pox(answer);
    assertEquals(DocumentKind.MOBILE_SYNC_SETTINGS, doc.kind());
    var server = doc.mobileSyncResponse().orElseThrow().getAction().getSettings().getServer();
    assertEquals(1, server.size());
    assertEquals("MobileSync", server.get(0).getType());
    assertEquals("https://mail.example.com/Microsoft-Server-ActiveSync", server.get(0).getUrl());
    assertEquals(List.of(), Autodiscover.lint(answer.body()).findings());
  }

  @Test
  void aSchemaTheSettingsCannotServeGets601InItsOwnForm() throws IOException {
    // no activesync server: the MobileSync schema's own Error, where [MS-ASCMD] puts it
    Responder pop3 = Responder.of(settings("samples/autoconfig/smtp-after-pop.xml"));
    AutodiscoverDocument mobile =
        pox(post(pop3, request(MOBILE_SYNC_REQUEST, "carol@oldisp.example", MOBILE_SYNC_SCHEMA)));
    assertEquals(DocumentKind.MOBILE_SYNC_ERROR, mobile.kind());
    assertEquals(601, mobile.error().orElseThrow().code().orElseThrow());
    // nothing POX can carry (an ActiveSync server alone): the envelope's 601
    AutoconfigDocument easOnly =
        Autoconfig.parse(
            """
            <clientConfig version="1.1"><emailProvider id="eas.example">
            <domain>eas.example</domain>
            <incomingServer type="activesync"><url>https://eas.example/Microsoft-Server-ActiveSync</url>
            <username>%EMAILADDRESS%</username><authentication>http-basic</authentication>
            </incomingServer></emailProvider></clientConfig>""");
    Responder eas = Responder.of(easOnly);
    assertEquals(
        601, code(post(eas, request(OUTLOOK_REQUEST, "erin@eas.example", OUTLOOK_SCHEMA))));
    assertEquals(
        DocumentKind.MOBILE_SYNC_SETTINGS,
        pox(post(eas, request(MOBILE_SYNC_REQUEST, "erin@eas.example", MOBILE_SYNC_SCHEMA)))
            .kind());
  }

  @Test
  void theSchemaDecidesNotTheRequestsNamespace() throws IOException {
    // Z-Push answers Outlook's 2006a request with "not a mobilesync responseschema": not here
    Responder responder = example();
    assertEquals(
        DocumentKind.MOBILE_SYNC_SETTINGS,
        pox(post(responder, request(OUTLOOK_REQUEST, "alice@example.com", MOBILE_SYNC_SCHEMA)))
            .kind());
    assertEquals(
        DocumentKind.SETTINGS,
        pox(post(responder, request(MOBILE_SYNC_REQUEST, "alice@example.com", OUTLOOK_SCHEMA)))
            .kind());
  }

  @Test
  void acceptableResponseSchemaBeforeEMailAddressIsTheSameRequest() throws IOException {
    String reordered =
        """
        <Autodiscover xmlns="%s"><Request><AcceptableResponseSchema>%s</AcceptableResponseSchema>\
        <EMailAddress>alice@example.com</EMailAddress></Request></Autodiscover>"""
            .formatted(OUTLOOK_REQUEST, OUTLOOK_SCHEMA);
    Responder responder = example();
    assertEquals(
        post(responder, request(OUTLOOK_REQUEST, "alice@example.com", OUTLOOK_SCHEMA)),
        post(responder, reordered));
  }

  @Test
  void aMissingAcceptableResponseSchemaIsAnInvalidRequest() throws IOException {
    // Zimbra throws a NullPointerException here; gromox answers 601; the schema is required
    // ([MS-ASCMD] 2.2.3.1), so a request without it is improperly formed: 600
    String noSchema =
        """
        <Autodiscover xmlns="%s"><Request><EMailAddress>alice@example.com</EMailAddress>\
        </Request></Autodiscover>"""
            .formatted(OUTLOOK_REQUEST);
    ResponderAnswer answer = post(example(), noSchema);
    assertEquals(600, code(answer));
    assertEquals("Invalid Request", error(answer).message().orElseThrow());
  }

  @Test
  void anUnknownSchemaGets601() throws IOException {
    ResponderAnswer answer =
        post(
            example(),
            request(
                OUTLOOK_REQUEST,
                "alice@example.com",
                "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006"));
    assertEquals(601, code(answer));
    assertFalse(answer.bodyText().contains("alice"), "nothing of the request comes back");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a",
        "  HTTP://Schemas.Microsoft.com/Exchange/Autodiscover/Outlook/ResponseSchema/2006a  "
      })
  void theSchemaIsComparedLikeGromoxDoesAndTheHttpsSpellingIsTheSame(String schema)
      throws IOException {
    assertEquals(
        DocumentKind.SETTINGS,
        pox(post(example(), request(OUTLOOK_REQUEST, "alice@example.com", schema))).kind());
  }

  @Test
  void aRequestWithADoctypeIsRefusedUnreadAsInvalid() throws IOException {
    String doctype =
        """
        <?xml version="1.0"?>
        <!DOCTYPE Autodiscover [<!ENTITY who "alice@example.com">]>
        <Autodiscover xmlns="%s"><Request><EMailAddress>&who;</EMailAddress>\
        <AcceptableResponseSchema>%s</AcceptableResponseSchema></Request></Autodiscover>"""
            .formatted(OUTLOOK_REQUEST, OUTLOOK_SCHEMA);
    ResponderAnswer answer = post(example(), doctype);
    assertEquals(600, code(answer));
    String bare =
        "<!DOCTYPE Autodiscover>\n"
            + request(OUTLOOK_REQUEST, "alice@example.com", OUTLOOK_SCHEMA)
                .substring("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n".length());
    assertEquals(600, code(post(example(), bare)), "even a DOCTYPE without a subset");
  }

  @Test
  void anUnreadableBodyGets600() throws IOException {
    for (String body :
        List.of("", "not xml", "<html><body>hi</body></html>", "{\"Email\":\"a@b.c\"}", "<a/>")) {
      assertEquals(600, code(post(example(), body)), body);
    }
    // a response posted back is no request either
    assertEquals(
        600,
        code(
            post(
                example(),
                Autodiscover.toXml(
                    Autodiscover.parse(
                        post(
                                example(),
                                request(OUTLOOK_REQUEST, "alice@example.com", OUTLOOK_SCHEMA))
                            .body())))));
  }

  @Test
  void anOversizedBodyGets413UnreadAndSmallerLimitsApply() throws IOException {
    Responder responder =
        Responder.builder().settings(settings("server/example.com.xml")).maxBodyBytes(2048).build();
    String padded =
        request(OUTLOOK_REQUEST, "alice@example.com", OUTLOOK_SCHEMA)
            .replace("<Request>", "<Request>" + " ".repeat(2048));
    ResponderAnswer answer = post(responder, padded);
    assertEquals(413, answer.status());
    assertEquals("Content Too Large\n", answer.bodyText());
    assertEquals(
        413, post(example(), "<" + "x".repeat(Responder.DEFAULT_MAX_BODY_BYTES) + "/>").status());
    assertThrows(IllegalArgumentException.class, () -> Responder.builder().maxBodyBytes(10));
  }

  @Test
  void anUnknownAddressGetsTheDocumentedAnswer() throws IOException {
    ResponderAnswer answer =
        post(example(), request(OUTLOOK_REQUEST, "nobody@fabrikam.com", OUTLOOK_SCHEMA));
    AutodiscoverError e = error(answer);
    assertEquals(500, e.code().orElseThrow());
    // exchangelib matches this text to raise ErrorNonExistentMailbox
    assertEquals("The e-mail address cannot be found.", e.message().orElseThrow());
    assertFalse(answer.bodyText().contains("nobody"), "the address does not come back");
    assertEquals(
        500,
        code(
            post(
                example(),
                request(MOBILE_SYNC_REQUEST, "nobody@fabrikam.com", MOBILE_SYNC_SCHEMA))));
  }

  @Test
  void withADecoyAnUnknownAddressIsAnsweredExactlyLikeAKnownOne() throws IOException {
    AutoconfigDocument template = settings("server/example.com.xml");
    Responder known = Responder.builder().settings(address -> Optional.of(template)).build();
    Responder guarded =
        Responder.builder()
            .settings(
                address -> address.startsWith("alice@") ? Optional.of(template) : Optional.empty())
            .answerUnknownAddressesWith(template)
            .build();
    for (String schema : List.of(OUTLOOK_SCHEMA, MOBILE_SYNC_SCHEMA)) {
      String unknown = request(OUTLOOK_REQUEST, "mallory@example.com", schema);
      ResponderAnswer a = post(guarded, unknown);
      assertEquals(post(known, unknown), a, "no enumeration oracle");
      assertArrayEquals(post(known, unknown).body(), a.body());
      assertTrue(a.note().endsWith("(unknown address)"), "the log still tells: " + a.note());
    }
    ResponderAnswer autoconfig =
        guarded.answer(
            ResponderRequest.get("/mail/config-v1.1.xml?emailaddress=mallory@example.com"));
    assertEquals(
        known.answer(
            ResponderRequest.get("/mail/config-v1.1.xml?emailaddress=mallory@example.com")),
        autoconfig);
  }

  @Test
  void aLegacyDnAloneIsAnUnknownAddressAndNoAddressIsInvalid() throws IOException {
    String legacy =
        """
        <Autodiscover xmlns="%s"><Request><LegacyDN>/o=Example/cn=Recipients/cn=alice</LegacyDN>\
        <AcceptableResponseSchema>%s</AcceptableResponseSchema></Request></Autodiscover>"""
            .formatted(OUTLOOK_REQUEST, OUTLOOK_SCHEMA);
    assertEquals(500, code(post(example(), legacy)));
    String none =
        """
        <Autodiscover xmlns="%s"><Request><AcceptableResponseSchema>%s</AcceptableResponseSchema>\
        </Request></Autodiscover>"""
            .formatted(OUTLOOK_REQUEST, OUTLOOK_SCHEMA);
    assertEquals(600, code(post(example(), none)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "alice",
        "alice@",
        "@example.com",
        "alice@@example.com",
        "al ice@example.com",
        "\"alice\"@example.com",
        "alice@[127.0.0.1]",
        "alice@localhost",
        "a..b@example.com",
        "&lt;script&gt;@example.com"
      })
  void whatIsNoAddressIsAnInvalidRequestAndNeverReachesTheSource(String address)
      throws IOException {
    Responder responder =
        Responder.builder()
            .settings(
                a -> {
                  throw new AssertionError("the source was asked for " + a);
                })
            .build();
    ResponderAnswer answer = post(responder, request(OUTLOOK_REQUEST, address, OUTLOOK_SCHEMA));
    assertEquals(600, code(answer));
    assertFalse(answer.bodyText().contains("script"));
  }

  @Test
  void aSourceThatFailsGets603AndNoStackTrace() throws IOException {
    Responder failing =
        Responder.builder()
            .settings(
                a -> {
                  throw new IllegalStateException("directory down: secret-host:389");
                })
            .build();
    ResponderAnswer answer =
        post(failing, request(OUTLOOK_REQUEST, "alice@example.com", OUTLOOK_SCHEMA));
    assertEquals(603, code(answer));
    assertFalse(answer.bodyText().contains("secret"));
    assertEquals(
        500,
        failing
            .answer(ResponderRequest.get("/mail/config-v1.1.xml?emailaddress=a@example.com"))
            .status());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/autodiscover/autodiscover.xml",
        "/Autodiscover/Autodiscover.xml",
        "/AUTODISCOVER/AUTODISCOVER.XML"
      })
  void thePoxPathIsMatchedInAnyCaseAndTakesPostAlone(String path) throws IOException {
    byte[] body =
        request(OUTLOOK_REQUEST, "alice@example.com", OUTLOOK_SCHEMA)
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(
        DocumentKind.SETTINGS, pox(example().answer(ResponderRequest.post(path, body))).kind());
    ResponderAnswer get = example().answer(ResponderRequest.get(path));
    assertEquals(405, get.status());
    assertEquals(Optional.of("POST"), get.header("Allow"));
  }

  @Test
  void theSameRequestGetsTheSameBytes() throws IOException {
    Responder responder = example();
    String body = request(OUTLOOK_REQUEST, "alice@example.com", OUTLOOK_SCHEMA);
    assertArrayEquals(post(responder, body).body(), post(example(), body).body());
    assertEquals(post(responder, body), post(responder, body));
    assertEquals(post(responder, body).hashCode(), post(responder, body).hashCode());
  }

  @Test
  void oneResponderAnswersManyThreadsAtOnceWithTheSameBytes() throws Exception {
    Responder responder = example();
    String body = request(OUTLOOK_REQUEST, "alice@example.com", OUTLOOK_SCHEMA);
    byte[] expected = post(responder, body).body();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<byte[]>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 64; i++) {
        answers.add(pool.submit(() -> post(responder, body).body()));
      }
      for (var answer : answers) {
        assertArrayEquals(expected, answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void otherPathsAre404AndOverlongTargets414() throws IOException {
    assertEquals(404, example().answer(ResponderRequest.get("/")).status());
    assertEquals(404, example().answer(ResponderRequest.get("/autodiscover/x.xml")).status());
    assertEquals(
        414,
        example().answer(ResponderRequest.get("/" + "a".repeat(Responder.MAX_TARGET))).status());
    assertEquals(
        414,
        example()
            .answer(
                ResponderRequest.get(
                    "/mail/config-v1.1.xml?" + "a".repeat(Responder.MAX_TARGET + 1)))
            .status());
  }

  @Test
  void aTemplateMustNameADomainAndABuilderASource() throws IOException {
    AutoconfigDocument mailu = settings("samples/autoconfig/mailu-style.xml"); // %EMAILDOMAIN% only
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Responder.of(mailu));
    assertTrue(e.getMessage().contains("<domain>"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> Responder.builder().build());
    assertEquals(List.of("example.com", "mail.example.com"), example().domains());
    assertEquals(List.of(), Responder.builder().settings(a -> Optional.empty()).build().domains());
  }

  // ---- autoconfig ----

  @ParameterizedTest
  @ValueSource(strings = {"/mail/config-v1.1.xml", "/.well-known/autoconfig/mail/config-v1.1.xml"})
  void autoconfigAnswersTheFilledDocumentOnBothPaths(String path) throws IOException {
    ResponderAnswer answer =
        example().answer(ResponderRequest.get(path + "?emailaddress=bob%40Example.com"));
    assertEquals(200, answer.status());
    assertEquals(Optional.of("text/xml; charset=utf-8"), answer.header("Content-Type"));
    AutoconfigDocument doc = Autoconfig.parse(answer.body());
    assertEquals("bob@Example.com", doc.incomingServers().get(0).username().orElseThrow());
    assertEquals(List.of(), Autoconfig.lint(answer.body()).findings());
    assertEquals(405, example().answer(ResponderRequest.post(path, new byte[0])).status());
  }

  @Test
  void anAutoconfigQueryWithoutAnAddressGetsTheTemplateAsAStaticFileWould() throws IOException {
    ResponderAnswer answer = example().answer(ResponderRequest.get("/mail/config-v1.1.xml"));
    assertEquals(200, answer.status());
    assertTrue(answer.bodyText().contains("<username>%EMAILADDRESS%</username>"));
    assertEquals(
        answer.bodyText(),
        Autoconfig.toXml(settings("server/example.com.xml")),
        "the template, canonically written");
    // a function source has no template: it needs the address
    Responder function = Responder.builder().settings(a -> Optional.of(settings0())).build();
    ResponderAnswer none =
        function.answer(ResponderRequest.get("/mail/config-v1.1.xml?emailaddress="));
    assertEquals(400, none.status());
    assertEquals("Bad Request: emailaddress is required\n", none.bodyText());
  }

  private static AutoconfigDocument settings0() {
    try {
      return settings("server/example.com.xml");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void autoconfigForAnUnknownOrBadAddressReflectsNothing() throws IOException {
    ResponderAnswer unknown =
        example().answer(ResponderRequest.get("/mail/config-v1.1.xml?emailaddress=x@fabrikam.com"));
    assertEquals(404, unknown.status());
    for (String query :
        List.of(
            "emailaddress=%3Cscript%3Ealert(1)%3C/script%3E",
            "emailaddress=%ZZ", "emailaddress=%C3%28@example.com")) {
      ResponderAnswer bad =
          example().answer(ResponderRequest.get("/mail/config-v1.1.xml?" + query));
      assertEquals(400, bad.status(), query);
      assertFalse(bad.bodyText().contains("script") || bad.bodyText().contains("ZZ"), query);
      assertEquals(Optional.of("text/plain; charset=utf-8"), bad.header("Content-Type"));
    }
    assertEquals(
        200,
        example()
            .answer(ResponderRequest.get("/mail/config-v1.1.xml?EmailAddress=alice%40example.com"))
            .status(),
        "parameter names in any case");
  }
}
