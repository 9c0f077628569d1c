package io.github.autodiscover4j.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.AutodiscoverException.Kind;
import io.github.autodiscover4j.AutodiscoverV2;
import io.github.autodiscover4j.ParseOptions;
import io.github.autodiscover4j.V2Document;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bodies a hostile or broken server sends to a v2 request: each ends in an {@link
 * AutodiscoverException} of the right kind, with a position where one exists, and never in another
 * exception, a hang or a wrong answer.
 */
class V2HostileInputTest {
  private static AutodiscoverException refused(String body) {
    return refused(body.getBytes(StandardCharsets.UTF_8), ParseOptions.defaults());
  }

  private static AutodiscoverException refused(byte[] body, ParseOptions options) {
    AutodiscoverException e =
        assertThrows(AutodiscoverException.class, () -> AutodiscoverV2.parse(body, options));
    assertFalse(AutodiscoverV2.isV2(body) && options.equals(ParseOptions.defaults()));
    return e;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          EMPTY           | '  '
          HTML            | '<!DOCTYPE html><html><body>Sign in</body></html>'
          XML             | '<?xml version="1.0"?><Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"/>'
          NOT_WELL_FORMED | '{"Protocol":"AutodiscoverV1","Url":'
          NOT_WELL_FORMED | '{"Protocol":"AutodiscoverV1" "Url":"https://a.example/"}'
          NOT_WELL_FORMED | '{"Url":"https://a.example/"} {"Url":"https://evil.example/"}'
          NOT_WELL_FORMED | '{''Url'':''https://a.example/''}'
          NOT_AUTODISCOVER | '["https://a.example/"]'
          NOT_AUTODISCOVER | '"https://a.example/"'
          NOT_AUTODISCOVER | '{}'
          NOT_AUTODISCOVER | '{"Status":"ok"}'
          NOT_AUTODISCOVER | '{"Protocol":"AutodiscoverV1"}'
          NOT_AUTODISCOVER | '{"ErrorMessage":"no code"}'
          NOT_AUTODISCOVER | '{"Url":42}'
          NOT_AUTODISCOVER | '{"Url":null}'
          NOT_AUTODISCOVER | '{"Url":["https://a.example/"]}'
          NOT_AUTODISCOVER | '{"Url":"https://a.example/","ErrorCode":"InvalidUser"}'
          FORBIDDEN       | '{"Url":"https://a.example/","Url":"https://evil.example/"}'
          FORBIDDEN       | '{"Url":"https://a.example/","url":"https://evil.example/"}'
          FORBIDDEN       | '{"Url":"https://a.example/","x":{"k":1,"k":2}}'
          """)
  void refusedWithItsKind(Kind kind, String body) {
    assertEquals(kind, refused(body).kind(), body);
  }

  @Test
  void aSecondObjectAfterTheFirstIsNotSilentlyIgnored() {
    AutodiscoverException e = refused("{\"Url\":\"https://a.example/\"}\n{\"Url\":\"https://b/\"}");
    assertEquals(Kind.NOT_WELL_FORMED, e.kind());
    assertEquals(2, e.line(), e.getMessage());
  }

  @Test
  void aNonStringUrlSaysWhereItIs() {
    AutodiscoverException e = refused("{\n  \"Protocol\": \"EWS\",\n  \"Url\": true\n}");
    assertEquals(3, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains("\"Url\" is a boolean, not a string"), e.getMessage());
  }

  @Test
  void invalidUtf8IsNotWellFormed() {
    byte[] body = {'{', '"', 'U', 'r', 'l', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertEquals(Kind.NOT_WELL_FORMED, refused(body, ParseOptions.defaults()).kind());
  }

  @Test
  void overTheSizeLimit() {
    ParseOptions small = ParseOptions.builder().maxInputBytes(64).build();
    byte[] body =
        ("{\"Url\":\"https://a.example/" + "x".repeat(64) + "\"}").getBytes(StandardCharsets.UTF_8);
    AutodiscoverException e = refused(body, small);
    assertEquals(Kind.LIMIT, e.kind());
    assertEquals(-1, e.line());
  }

  @Test
  void deepNestingStopsAtTheDepthLimit() {
    String deep = "[".repeat(100_000);
    AutodiscoverException e = refused("{\"Url\":\"https://a.example/\",\"x\":" + deep + "}");
    assertEquals(Kind.LIMIT, e.kind());
    assertTrue(e.getMessage().contains("nested deeper than"), e.getMessage());
  }

  @Test
  void tooManyMembersStopAtTheElementLimit() {
    ParseOptions few = ParseOptions.builder().maxElements(10).build();
    StringBuilder body = new StringBuilder("{\"Url\":\"https://a.example/\",\"x\":[");
    for (int i = 0; i < 50; i++) {
      body.append(i).append(',');
    }
    body.append("0]}");
    assertEquals(Kind.LIMIT, refused(body.toString().getBytes(StandardCharsets.UTF_8), few).kind());
  }

  @Test
  void aLongStringStopsAtTheTextLimit() {
    ParseOptions shortText = ParseOptions.builder().maxTextLength(100).build();
    byte[] body =
        ("{\"Url\":\"https://a.example/" + "y".repeat(200) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(Kind.LIMIT, refused(body, shortText).kind());
  }

  @Test
  void hugeNumbersInUnknownMembersAreKeptNotExpanded() throws AutodiscoverException {
    V2Document doc = AutodiscoverV2.parse("{\"Url\":\"https://a.example/\",\"n\":1e999999999}");
    assertEquals(V2Document.Kind.ANSWER, doc.kind());
    assertTrue(
        AutodiscoverV2.toJson(doc).contains("\"n\":1E+999999999"), AutodiscoverV2.toJson(doc));
  }

  @Test
  void aUrlThatIsNotAnHttpUrlReadsButHasNoUri() throws AutodiscoverException {
    for (String url :
        new String[] {
          "javascript:alert(1)",
          "/relative/path",
          "https:///nohost",
          "ftp://a.example/x",
          "http://[bad"
        }) {
      V2Document doc = AutodiscoverV2.parse("{\"Url\":\"" + url + "\"}");
      assertEquals(url, doc.url());
      assertEquals(null, doc.uri(), url);
    }
  }
}
