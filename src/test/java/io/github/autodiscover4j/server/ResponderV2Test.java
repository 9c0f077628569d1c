package io.github.autodiscover4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.AutodiscoverV2;
import io.github.autodiscover4j.V2Document;
import io.github.autodiscover4j.value.V2ErrorCode;
import io.github.autodiscover4j.value.V2Protocol;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Autodiscover v2 as current Outlook asks it first: both URL forms, protocol names in any case, and
 * the error shapes, each read back with the library's own v2 reader.
 */
class ResponderV2Test {
  private static ResponderAnswer get(Responder responder, String target) {
    return responder.answer(ResponderRequest.get(target).withHeader("Host", "example.com"));
  }

  private static V2Document v2(ResponderAnswer answer) throws IOException {
    assertEquals(Optional.of("application/json; charset=utf-8"), answer.header("Content-Type"));
    return AutodiscoverV2.parse(answer.body());
  }

  private static V2ErrorCode errorCode(ResponderAnswer answer) throws IOException {
    V2Document doc = v2(answer);
    assertEquals(V2Document.Kind.ERROR, doc.kind(), answer.bodyText());
    return doc.errorCode().value();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/autodiscover/autodiscover.json/v1.0/alice@example.com?Protocol=AutodiscoverV1",
        "/autodiscover/autodiscover.json/v1.0/alice%40example.com?Protocol=autodiscoverv1",
        "/Autodiscover/Autodiscover.json/V1.0/alice@example.com?protocol=AUTODISCOVERV1&RedirectCount=1",
        "/autodiscover/autodiscover.json?Email=alice@example.com&Protocol=AutodiscoverV1",
        "/autodiscover/autodiscover.json?Protocol=AutodiscoverV1&Email=alice%40example.com"
      })
  void autodiscoverV1PointsAtThisServersPoxEndpointInEitherForm(String target) throws IOException {
    ResponderAnswer answer = get(ResponderTest.example(), target);
    assertEquals(200, answer.status(), answer.bodyText());
    V2Document doc = v2(answer);
    assertTrue(doc.protocol().is(V2Protocol.AUTODISCOVER_V1));
    assertEquals("https://example.com/autodiscover/autodiscover.xml", doc.url());
    assertEquals(
        "{\"Protocol\":\"AutodiscoverV1\",\"Url\":\"https://example.com/autodiscover/autodiscover.xml\"}",
        answer.bodyText());
  }

  @ParameterizedTest
  @CsvSource({
    "EWS, https://mail.example.com/EWS/Exchange.asmx",
    "ews, https://mail.example.com/EWS/Exchange.asmx",
    "Ews, https://mail.example.com/EWS/Exchange.asmx",
    "ActiveSync, https://mail.example.com/Microsoft-Server-ActiveSync",
    "activesync, https://mail.example.com/Microsoft-Server-ActiveSync",
    "ACTIVESYNC, https://mail.example.com/Microsoft-Server-ActiveSync"
  })
  void ewsAndActiveSyncGiveTheAccountsUrls(String protocol, String url) throws IOException {
    for (String target :
        new String[] {
          "/autodiscover/autodiscover.json/v1.0/alice@example.com?Protocol=" + protocol,
          "/autodiscover/autodiscover.json?Email=alice@example.com&Protocol=" + protocol
        }) {
      ResponderAnswer answer = get(ResponderTest.example(), target);
      assertEquals(200, answer.status(), answer.bodyText());
      assertEquals(url, v2(answer).url());
      assertEquals(url, v2(answer).uri().toString());
    }
  }

  @Test
  void theErrorShapesCarryExchangesCodesAndNothingOfTheRequest() throws IOException {
    Responder r = ResponderTest.example();
    String base = "/autodiscover/autodiscover.json/v1.0/alice@example.com";
    ResponderAnswer imap = get(r, base + "?Protocol=Imap%3Cb%3E");
    assertEquals(400, imap.status());
    assertEquals(V2ErrorCode.INVALID_PROTOCOL, errorCode(imap));
    assertFalse(imap.bodyText().contains("Imap") || imap.bodyText().contains("<b>"));
    ResponderAnswer rest = get(r, base + "?Protocol=rest");
    assertEquals(400, rest.status());
    assertEquals(V2ErrorCode.PROTOCOL_NOT_SUPPORTED, errorCode(rest));
    ResponderAnswer none = get(r, base);
    assertEquals(400, none.status());
    assertEquals(V2ErrorCode.MANDATORY_PARAMETER_MISSING, errorCode(none));
    assertEquals(
        "A valid value must be provided for the query parameter 'Protocol'.",
        v2(none).errorMessage());
    ResponderAnswer noAddress = get(r, "/autodiscover/autodiscover.json?Protocol=EWS");
    assertEquals(V2ErrorCode.MANDATORY_PARAMETER_MISSING, errorCode(noAddress));
    ResponderAnswer badAddress =
        get(r, "/autodiscover/autodiscover.json?Email=%22x%22%40example.com&Protocol=EWS");
    assertEquals(400, badAddress.status());
    assertEquals(V2ErrorCode.INVALID_USER, errorCode(badAddress));
  }

  @Test
  void anUnknownAddressGetsItsPoxUrlButNoAccountUrls() throws IOException {
    Responder r = ResponderTest.example();
    ResponderAnswer v1 =
        get(r, "/autodiscover/autodiscover.json/v1.0/x@fabrikam.com?Protocol=AutodiscoverV1");
    assertEquals(200, v1.status(), "as Exchange Online: the POX endpoint decides");
    ResponderAnswer ews =
        get(r, "/autodiscover/autodiscover.json/v1.0/x@fabrikam.com?Protocol=EWS");
    assertEquals(404, ews.status());
    assertEquals(V2ErrorCode.INVALID_USER, errorCode(ews));
    assertFalse(ews.bodyText().contains("fabrikam"));
  }

  @Test
  void withADecoyAnUnknownAddressGetsTheSameAccountUrls() throws IOException {
    AutoconfigDocument template = ResponderTest.settings("server/example.com.xml");
    Responder guarded =
        Responder.builder()
            .settings(a -> Optional.empty())
            .answerUnknownAddressesWith(template)
            .build();
    String target = "/autodiscover/autodiscover.json/v1.0/mallory@example.com?Protocol=EWS";
    assertEquals(get(ResponderTest.example(), target), get(guarded, target));
  }

  @Test
  void anAccountWithoutTheUrlGetsProtocolNotSupported() throws IOException {
    Responder pop3 = Responder.of(ResponderTest.settings("samples/autoconfig/smtp-after-pop.xml"));
    ResponderAnswer answer =
        get(pop3, "/autodiscover/autodiscover.json/v1.0/carol@oldisp.example?Protocol=ActiveSync");
    assertEquals(400, answer.status());
    assertEquals(V2ErrorCode.PROTOCOL_NOT_SUPPORTED, errorCode(answer));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "example.com:8443|https://example.com:8443/autodiscover/autodiscover.xml",
        "AUTODISCOVER.Example.com|https://autodiscover.example.com/autodiscover/autodiscover.xml",
        "[::1]:8443|https://[::1]:8443/autodiscover/autodiscover.xml",
        "evil.example/x?|https://autodiscover.example.com/autodiscover/autodiscover.xml",
        "evil.example\"><x|https://autodiscover.example.com/autodiscover/autodiscover.xml",
        "evil.example@x.example|https://autodiscover.example.com/autodiscover/autodiscover.xml"
      })
  void thePoxUrlUsesTheHostOnlyWhenItIsAPlainHost(String host, String url) throws IOException {
    ResponderAnswer answer =
        ResponderTest.example()
            .answer(
                ResponderRequest.get(
                        "/autodiscover/autodiscover.json/v1.0/alice@example.com?Protocol=AutodiscoverV1")
                    .withHeader("Host", host));
    assertEquals(url, v2(answer).url());
  }

  @Test
  void otherMethodsAndOtherJsonPathsAreRefused() throws IOException {
    Responder r = ResponderTest.example();
    ResponderAnswer post =
        r.answer(
            ResponderRequest.post(
                "/autodiscover/autodiscover.json/v1.0/alice@example.com", new byte[0]));
    assertEquals(405, post.status());
    assertEquals(Optional.of("GET, HEAD"), post.header("Allow"));
    assertEquals(404, get(r, "/autodiscover/autodiscover.json/v2.0/alice@example.com").status());
    assertEquals(
        404,
        get(r, "/autodiscover/autodiscover.json/v1.0/alice@example.com/more?Protocol=EWS")
            .status());
  }
}
