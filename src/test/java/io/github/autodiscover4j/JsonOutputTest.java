package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.autodiscover4j.cli.Main;
import io.github.autodiscover4j.settings.AccountSettings;
import io.github.autodiscover4j.settings.ExchangeEndpoints;
import io.github.autodiscover4j.settings.MailServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --json} output parses as JSON and carries the same values as the facade. */
class JsonOutputTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<String> allSamples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/samples"))) {
      return files.map(Path::toString).filter(n -> n.endsWith(".xml")).sorted().toList().stream();
    }
  }

  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertEquals(0, status);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  @ParameterizedTest
  @MethodSource("allSamples")
  void everySampleIsValidJsonWithTheFacadesValues(String file) throws IOException {
    String output = run("--json", file);
    assertTrue(output.chars().allMatch(c -> c < 0x80), "the output is plain ASCII");
    JsonNode array = MAPPER.readTree(output);
    assertEquals(1, array.size());
    JsonNode json = array.get(0);
    AutodiscoverDocument doc = Autodiscover.parse(Path.of(file));

    assertEquals(file, json.get("file").asText());
    assertEquals(2, json.get("formatVersion").asInt());
    assertEquals(doc.kind().name(), json.get("kind").asText());
    assertEquals(doc.protocols().size(), json.get("protocols").size());
    for (int i = 0; i < doc.protocols().size(); i++) {
      assertEquals(
          doc.protocols().get(i).getServer(), text(json.get("protocols").get(i).get("server")));
      assertEquals(
          doc.protocols().get(i).smtpLast().state().name(),
          json.get("protocols").get(i).get("smtpLast").get("state").asText());
    }
    AccountSettings account = AccountSettings.of(doc);
    List<MailServer> incoming = account.incomingServers();
    assertEquals(incoming.size(), json.get("account").get("incoming").size());
    for (int i = 0; i < incoming.size(); i++) {
      JsonNode server = json.get("account").get("incoming").get(i);
      assertEquals(incoming.get(i).port(), server.get("port").asInt());
      assertEquals(
          incoming.get(i).security().mode().name(), server.get("security").get("mode").asText());
      assertEquals(incoming.get(i).userName().orElse(null), text(server.get("userName")));
    }
    List<MailServer> outgoing = account.outgoingServers();
    for (int i = 0; i < outgoing.size(); i++) {
      JsonNode server = json.get("account").get("outgoing").get(i);
      assertEquals(
          outgoing.get(i).mustReceiveBeforeSending(),
          server.get("mustReceiveBeforeSending").asBoolean());
      assertEquals(
          outgoing.get(i).reusesIncomingCredentials(),
          server.get("reusesIncomingCredentials").asBoolean());
    }
    ExchangeEndpoints endpoints = ExchangeEndpoints.of(doc);
    assertEquals(endpoints.ewsUrl().orElse(null), text(json.get("exchange").get("ewsUrl")));
    assertEquals(
        endpoints.activeSyncUrl().orElse(null), text(json.get("exchange").get("activeSyncUrl")));
    assertEquals(doc.redirectAddress().orElse(null), text(json.get("redirect").get("address")));
    assertEquals(doc.redirectUrl().orElse(null), text(json.get("redirect").get("url")));
    assertEquals(
        doc.error().flatMap(AutodiscoverError::message).orElse(null),
        json.get("error").isNull() ? null : text(json.get("error").get("message")));
    assertEquals(doc.problems().size(), json.get("problems").size());
  }

  @Test
  void controlCharactersQuotesAndNonAsciiAreEscaped() throws IOException {
    Path file = Files.createTempFile("autodiscover4j-json", ".xml");
    try {
      Files.writeString(
          file,
          "<Autodiscover><Response><User><DisplayName>Zoë \"Q\" Müller \uD83D\uDCE7\tTab"
              + "</DisplayName></User><Account><Action>settings</Action><Protocol><Type>IMAP</Type>"
              + "<Server>imap.example.com</Server><LoginName>back\\slash</LoginName></Protocol></Account>"
              + "</Response></Autodiscover>",
          StandardCharsets.UTF_8);
      String output = run("--json", file.toString());
      assertTrue(output.contains("Zo\\u00eb \\\"Q\\\" M\\u00fcller \\ud83d\\udce7\\tTab"), output);
      JsonNode json = MAPPER.readTree(output).get(0);
      assertEquals(
          "Zoë \"Q\" Müller \uD83D\uDCE7\tTab", json.get("user").get("displayName").asText());
      assertEquals("back\\slash", json.get("protocols").get(0).get("loginName").asText());
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void severalFilesGiveOneArray() throws IOException {
    JsonNode array =
        MAPPER.readTree(
            run(
                "--json",
                "src/test/resources/samples/redirect-addr.xml",
                "src/test/resources/samples/mobilesync-settings.xml"));
    assertEquals(2, array.size());
    assertEquals("bob@fabrikam.com", array.get(0).get("redirect").get("address").asText());
    assertEquals("MOBILE_SYNC_SETTINGS", array.get(1).get("kind").asText());
  }
}
