package io.github.autodiscover4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.AutodiscoverException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The command line on autoconfig documents: detection by content, --json, lint, convert. */
class AutoconfigCommandLineTest {
  private static final String AC = "src/test/resources/samples/autoconfig/";
  private static final String POX = "src/test/resources/samples/";
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
  void summarisesEitherFormatByContent() {
    assertEquals(0, run(AC + "alternatives-freemail.xml", POX + "isp-imap-smtp-smtplast-on.xml"));
    String text = out();
    assertTrue(
        text.contains("alternatives-freemail.xml: AUTOCONFIG 1.1 for freemail.example"), text);
    assertTrue(
        text.contains(
            "  incoming imap: imap.freemail.example port 143, socketType STARTTLS, login %EMAILADDRESS%,"
                + " authentication password-cleartext"),
        text);
    assertTrue(text.contains("isp-imap-smtp-smtplast-on.xml: SETTINGS"), text);
  }

  @Test
  void xmlPrintsTheCanonicalRewriteFilledWhenAsked() throws AutodiscoverException {
    assertEquals(0, run("--xml", "--email", "eve@casual.example", AC + "wrong-case-values.xml"));
    AutoconfigDocument doc = Autoconfig.parse(out());
    assertTrue(out().contains("<clientConfig version=\"1.1\">"), out());
    assertEquals("eve@casual.example", doc.incomingServers().get(0).username().orElseThrow());
  }

  @Test
  void emailFillsTheSummary() {
    assertEquals(0, run("--email", "bob@freemail.example", AC + "alternatives-freemail.xml"));
    assertTrue(out().contains("login bob@freemail.example"), out());
  }

  @Test
  void jsonEntriesSayTheirFormatAndShareTheAccountShape() throws Exception {
    assertEquals(0, run("--json", AC + "smtp-after-pop.xml", POX + "isp-pop3-smtplast-off.xml"));
    JsonNode array = new ObjectMapper().readTree(out());
    assertEquals("autoconfig", array.get(0).get("format").asText());
    assertEquals("pox", array.get(1).get("format").asText());
    JsonNode pop = array.get(0).get("account").get("incoming").get(0);
    JsonNode poxPop = array.get(1).get("account").get("incoming").get(0);
    for (var names = poxPop.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      assertTrue(pop.has(name), "autoconfig server lacks " + name);
    }
    assertEquals("POP3", pop.get("type").asText());
    assertEquals(995, pop.get("port").asInt());
    assertEquals("IMPLICIT_TLS", pop.get("security").get("mode").asText());
    assertEquals("%EMAILLOCALPART%", pop.get("userName").asText());
    JsonNode smtp = array.get(0).get("account").get("outgoing").get(0);
    assertTrue(smtp.get("mustReceiveBeforeSending").asBoolean());
    assertFalse(smtp.get("authenticationRequired").asBoolean());
  }

  @Test
  void jsonFillsUserNamesWithEmail() throws Exception {
    assertEquals(0, run("--json", "--email", "carol@dialup.example", AC + "pop3-only-isp.xml"));
    JsonNode pop = new ObjectMapper().readTree(out()).get(0).get("account").get("incoming").get(0);
    assertEquals("carol", pop.get("userName").asText());
  }

  @Test
  void lintTakesEitherFormat() {
    assertEquals(1, run("lint", AC + "lint-insecure.xml", AC + "bigmail-oauth2.xml"));
    String text = out();
    assertTrue(
        text.contains(
            "lint-insecure.xml:9:19 ERROR starttls-on-implicit-tls-port clientConfig/emailProvider[1]/incomingServer[1]/socketType[1]"),
        text);
    assertTrue(text.contains("bigmail-oauth2.xml: no findings"), text);
    streams();
    assertEquals(0, run("lint", AC + "mox-style.xml", POX + "exchange-2019-settings.xml"));
  }

  @Test
  void convertsPoxToAutoconfigWithTheLossReportOnStandardError() throws AutodiscoverException {
    assertEquals(
        0,
        run(
            "convert",
            "--to",
            "autoconfig",
            "--email",
            "alice@example.com",
            POX + "exchange-2010-settings.xml"));
    AutoconfigDocument doc = Autoconfig.parse(out());
    assertTrue(doc.incomingServers().stream().anyMatch(s -> s.type().equals("ews")), out());
    assertTrue(
        err().contains("NO_EQUIVALENT Autodiscover/Response/Account/Protocol[1]/TTL"), err());
  }

  @Test
  void convertsAutoconfigToPoxForAnAddress() throws AutodiscoverException {
    assertEquals(
        0,
        run(
            "convert",
            "--to",
            "pox",
            "--email",
            "dave@bigmail.example",
            AC + "bigmail-oauth2.xml"));
    AutodiscoverDocument doc = Autodiscover.parse(out());
    assertEquals("dave@bigmail.example", doc.protocols().get(0).getLoginName());
    assertEquals("SSL", doc.protocols().get(0).getEncryption());
    assertTrue(err().contains("NO_EQUIVALENT clientConfig/oAuth2"), err());
  }

  @Test
  void convertExitsOneOnUnreadableInputAndTwoOnUsage() {
    assertEquals(
        1, run("convert", "--to", "pox", "--email", "a@b.example", AC + "html-not-found-page.xml"));
    assertTrue(err().contains("an HTML page, not an Autodiscover document"), err());
    assertEquals(1, run("convert", "--to", "autoconfig", AC + "no-such-file.xml"));
    assertEquals(2, run("convert", "--to", "pox", AC + "bigmail-oauth2.xml"));
    assertEquals(2, run("convert", "--to", "json", AC + "bigmail-oauth2.xml"));
    assertEquals(2, run("convert", "--to", "pox", "--email", "nobody", AC + "bigmail-oauth2.xml"));
  }
}
