package io.github.autodiscover4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on Autodiscover v2 bodies: read like the other formats, told apart by being JSON
 * or by a {@code .json} name; {@code --json} gives {@code "format": "autodiscover-v2"}.
 */
class V2CommandLineTest {
  private static final String V2 = "src/test/resources/samples/v2/";
  private ByteArrayOutputStream out;
  private ByteArrayOutputStream err;

  @BeforeEach
  void streams() {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
  }

  private int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void summarisesAnswersAndErrors() {
    assertEquals(
        0,
        run(
            V2 + "exchange-online-rest-server-location.json",
            V2 + "gromox-protocol-not-supported.json"));
    String text = out();
    assertTrue(
        text.contains(
            "exchange-online-rest-server-location.json: AUTODISCOVER_V2 ANSWER\n"
                + "  protocol: Rest\n"
                + "  url: https://outlook.office.com/api\n"
                + "  server location: EURPRD05\n"),
        text);
    assertTrue(
        text.contains(
            "gromox-protocol-not-supported.json: AUTODISCOVER_V2 ERROR\n"
                + "  error: ProtocolNotSupported\n"),
        text);
  }

  @Test
  void jsonCarriesProtocolAndUrlOrTheError() throws IOException {
    assertEquals(
        0, run("--json", V2 + "hybrid-on-premises.json", V2 + "exchange-invalid-protocol.json"));
    JsonNode entries = new ObjectMapper().readTree(out());
    JsonNode answer = entries.get(0);
    assertEquals("autodiscover-v2", answer.get("format").asText());
    assertEquals(2, answer.get("formatVersion").asInt());
    assertEquals("ANSWER", answer.get("kind").asText());
    assertEquals("AutodiscoverV1", answer.get("protocol").asText());
    assertEquals(
        "https://mail.contoso.com/Autodiscover/Autodiscover.xml", answer.get("url").asText());
    assertTrue(answer.get("errorCode").isNull());
    JsonNode error = entries.get(1);
    assertEquals("ERROR", error.get("kind").asText());
    assertEquals("InvalidProtocol", error.get("errorCode").asText());
    assertTrue(error.get("errorMessage").asText().startsWith("The given protocol value 'Imap'"));
    assertTrue(error.get("url").isNull());
  }

  @Test
  void unknownMembersAreListed() throws IOException {
    assertEquals(0, run("--json", V2 + "unknown-fields-and-case.json"));
    JsonNode entry = new ObjectMapper().readTree(out()).get(0);
    assertEquals("TenantId", entry.get("otherFields").get(0).asText());
    assertEquals("Hints", entry.get("otherFields").get(1).asText());
  }

  @Test
  void exchangeOnlinesObjectMovedPageSavedAsJsonIsNotAV2Answer(@TempDir Path dir)
      throws IOException {
    Path saved = dir.resolve("answer.json");
    Files.copy(Path.of(V2 + "exchange-online-object-moved.html"), saved);
    assertEquals(1, run(saved.toString()));
    assertTrue(
        err()
            .contains(
                "answer.json: an HTML page, not an Autodiscover v2 answer (line 1, column 1)"),
        err());
    out.reset();
    assertEquals(1, run("--json", saved.toString()));
    JsonNode entry = new ObjectMapper().readTree(out()).get(0);
    assertEquals("HTML", entry.get("error").get("kind").asText());
    assertEquals(
        "an HTML page, not an Autodiscover v2 answer", entry.get("error").get("message").asText());
  }

  @Test
  void standardInputIsToldApartByContent() {
    byte[] body =
        "{\"Protocol\":\"EWS\",\"Url\":\"https://m.example/EWS/Exchange.asmx\"}"
            .getBytes(StandardCharsets.UTF_8);
    int status =
        Main.run(
            new String[] {"-"},
            new ByteArrayInputStream(body),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            false,
            UnaryOperator.identity());
    assertEquals(0, status, err());
    assertTrue(out().contains("-: AUTODISCOVER_V2 ANSWER\n  protocol: EWS\n"), out());
  }

  @Test
  void aDuplicateMemberIsAnInputErrorWithItsPlace(@TempDir Path dir) throws IOException {
    Path twice = dir.resolve("twice.json");
    Files.writeString(
        twice, "{\"Url\":\"https://a.example/\",\n \"Url\":\"https://evil.example/\"}");
    assertEquals(1, run(twice.toString(), V2 + "exchange-online-ews.json"));
    assertTrue(err().contains("twice.json: the member \"Url\" appears twice (line 2"), err());
    assertTrue(out().contains("exchange-online-ews.json: AUTODISCOVER_V2 ANSWER"), out());
  }
}
