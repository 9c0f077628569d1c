package io.github.autodiscover4j.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.AutodiscoverV2;
import io.github.autodiscover4j.V2Document;
import io.github.autodiscover4j.value.Term;
import io.github.autodiscover4j.value.V2ErrorCode;
import io.github.autodiscover4j.value.V2Protocol;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per sample in {@code src/test/resources/samples/v2}: the typed values of each answer and
 * error body as Exchange Online, a hybrid Exchange, mailcow and gromox send them; every readable
 * sample writes back to an equal document.
 */
class V2SamplesTest {
  static final Path SAMPLES = Path.of("src/test/resources/samples/v2");

  /** Every sample a test below reads by name; a new file must be added here and tested. */
  private static final Set<String> TESTED =
      Set.of(
          "exchange-online-autodiscoverv1.json",
          "exchange-online-ews.json",
          "exchange-online-activesync.json",
          "exchange-online-rest-server-location.json",
          "hybrid-on-premises.json",
          "exchange-invalid-protocol.json",
          "mailcow-invalid-protocol.json",
          "gromox-protocol-not-supported.json",
          "gromox-missing-protocol.json",
          "gromox-mandatory-parameter-missing.json",
          "unknown-fields-and-case.json",
          "bom-and-escape.json",
          "exchange-online-object-moved.html");

  static V2Document sample(String name) throws IOException {
    assertTrue(TESTED.contains(name), name + " must be listed in TESTED");
    return AutodiscoverV2.parse(SAMPLES.resolve(name));
  }

  static Stream<String> jsonSamples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void everySampleIsTested() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      assertEquals(
          new TreeSet<>(TESTED),
          files
              .map(p -> p.getFileName().toString())
              .collect(Collectors.toCollection(TreeSet::new)));
    }
  }

  @ParameterizedTest
  @MethodSource("jsonSamples")
  void everySampleWritesBackToAnEqualDocument(String name) throws IOException {
    V2Document doc = sample(name);
    V2Document again = AutodiscoverV2.parse(AutodiscoverV2.toBytes(doc));
    assertEquals(doc, again, name);
    assertEquals(AutodiscoverV2.toJson(doc), AutodiscoverV2.toJson(again), name);
  }

  private static void assertAnswer(V2Document doc, V2Protocol protocol, String url) {
    assertEquals(V2Document.Kind.ANSWER, doc.kind());
    Term<V2Protocol> p = doc.protocol();
    assertNotNull(p);
    assertEquals(protocol, p.value());
    assertEquals(url, doc.url());
    assertEquals(URI.create(url), doc.uri());
    assertNull(doc.errorCode());
    assertNull(doc.errorMessage());
  }

  private static void assertError(V2Document doc, V2ErrorCode code, String messageStart) {
    assertEquals(V2Document.Kind.ERROR, doc.kind());
    Term<V2ErrorCode> c = doc.errorCode();
    assertNotNull(c);
    assertEquals(code, c.value());
    assertTrue(c.isCanonical(), c.raw());
    String message = doc.errorMessage();
    assertNotNull(message);
    assertTrue(message.startsWith(messageStart), message);
    assertNull(doc.protocol());
    assertNull(doc.url());
    assertNull(doc.uri());
  }

  @Test
  void exchangeOnlineNamesItsPoxEndpoint() throws IOException {
    V2Document doc = sample("exchange-online-autodiscoverv1.json");
    assertAnswer(
        doc,
        V2Protocol.AUTODISCOVER_V1,
        "https://outlook.office365.com/autodiscover/autodiscover.xml");
    assertNull(doc.serverLocation());
    assertTrue(doc.otherFields().isEmpty());
    assertEquals(
        "{\"Protocol\":\"AutodiscoverV1\",\"Url\":\"https://outlook.office365.com/autodiscover/autodiscover.xml\"}",
        AutodiscoverV2.toJson(doc));
  }

  @Test
  void exchangeOnlineNamesEwsAndActiveSync() throws IOException {
    assertAnswer(
        sample("exchange-online-ews.json"),
        V2Protocol.EWS,
        "https://outlook.office365.com/EWS/Exchange.asmx");
    assertAnswer(
        sample("exchange-online-activesync.json"),
        V2Protocol.ACTIVE_SYNC,
        "https://outlook.office365.com/Microsoft-Server-ActiveSync");
  }

  @Test
  void restAnswerCarriesItsServerLocation() throws IOException {
    V2Document doc = sample("exchange-online-rest-server-location.json");
    assertAnswer(doc, V2Protocol.REST, "https://outlook.office.com/api");
    assertEquals("EURPRD05", doc.serverLocation());
  }

  @Test
  void hybridAnswerPointsOnPremises() throws IOException {
    V2Document doc = sample("hybrid-on-premises.json");
    assertAnswer(
        doc, V2Protocol.AUTODISCOVER_V1, "https://mail.contoso.com/Autodiscover/Autodiscover.xml");
    URI uri = doc.uri();
    assertNotNull(uri);
    assertEquals("mail.contoso.com", uri.getHost());
  }

  @Test
  void exchangeAndMailcowRefuseAnUnknownProtocol() throws IOException {
    assertError(
        sample("exchange-invalid-protocol.json"),
        V2ErrorCode.INVALID_PROTOCOL,
        "The given protocol value 'Imap' is invalid.");
    assertError(
        sample("mailcow-invalid-protocol.json"),
        V2ErrorCode.INVALID_PROTOCOL,
        "The given protocol value 'Rest' is invalid.");
  }

  @Test
  void gromoxErrorCodes() throws IOException {
    assertError(
        sample("gromox-protocol-not-supported.json"),
        V2ErrorCode.PROTOCOL_NOT_SUPPORTED,
        "The given protocol value is not supported. Supported values are \"AutodiscoverV1\"");
    assertError(
        sample("gromox-missing-protocol.json"), V2ErrorCode.MISSING_PROTOCOL, "No protocol given");
    assertError(
        sample("gromox-mandatory-parameter-missing.json"),
        V2ErrorCode.MANDATORY_PARAMETER_MISSING,
        "A valid value must be provided for the query parameter 'Protocol'.");
  }

  @Test
  void namesInAnyCaseAndUnknownMembersAreKept() throws IOException {
    V2Document doc = sample("unknown-fields-and-case.json");
    assertAnswer(
        doc,
        V2Protocol.AUTODISCOVER_V1,
        "https://autodiscover.fabrikam.example/autodiscover/autodiscover.xml");
    Term<V2Protocol> protocol = doc.protocol();
    assertNotNull(protocol);
    assertEquals("autodiscoverv1", protocol.raw());
    assertTrue(!protocol.isCanonical());
    assertEquals(List.of("TenantId", "Hints"), List.copyOf(doc.otherFields().keySet()));
    assertEquals(
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        ((JsonString) doc.otherFields().get("TenantId")).getString());
    JsonObject hints = (JsonObject) doc.otherFields().get("Hints");
    assertEquals("emea", hints.getString("Region"));
    assertEquals(2, ((JsonNumber) hints.get("Weight")).intValueExact());
    assertEquals(JsonValue.FALSE, hints.get("Beta"));
    assertEquals(JsonValue.NULL, hints.getJsonArray("Mirrors").get(2));
    // canonical names, v2's members first, the others after in their order
    assertEquals(
        "{\"Protocol\":\"autodiscoverv1\",\"Url\":\"https://autodiscover.fabrikam.example/autodiscover/autodiscover.xml\","
            + "\"TenantId\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\","
            + "\"Hints\":{\"Region\":\"emea\",\"Weight\":2,\"Beta\":false,\"Mirrors\":[\"a\",\"b\",null]}}",
        AutodiscoverV2.toJson(doc));
  }

  @Test
  void byteOrderMarkAndEscapesRead() throws IOException {
    V2Document doc = sample("bom-and-escape.json");
    assertEquals("https://mail.k\u00e9ramique.example/autodiscover/autodiscover.xml", doc.url());
    // the internationalised host in the form java.net and the trust policy compare
    assertEquals(
        URI.create("https://mail.xn--kramique-b1a.example/autodiscover/autodiscover.xml"),
        doc.uri());
  }

  @Test
  void exchangeOnlinesObjectMovedPageIsNamedAsHtml() {
    AutodiscoverException e =
        assertThrows(
            AutodiscoverException.class, () -> sample("exchange-online-object-moved.html"));
    assertEquals(AutodiscoverException.Kind.HTML, e.kind());
    assertTrue(e.getMessage().contains("not an Autodiscover v2 answer"), e.getMessage());
  }
}
