package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README's examples are the compiled {@link ReadmeExample} and {@code
 * discovery/DiscoveryReadmeExample}, and the first do what the README says (the second is run by
 * {@code DiscoveryReadmeTest}, next to its servers).
 */
class ReadmeTest {
  @Test
  void theReadmeShowsTheCompiledExamplesVerbatim() throws IOException {
    int regions = 0;
    for (String file :
        List.of(
            "ReadmeExample.java",
            "discovery/DiscoveryReadmeExample.java",
            "discovery/EngineReadmeExample.java")) {
      regions +=
          ReadmeRegions.assertShownInReadme(
              Path.of("src/test/java/io/github/autodiscover4j", file));
    }
    assertEquals(5, regions);
  }

  @Test
  void theV2ExampleFollowsAnAnswerAndNamesAnError() throws IOException {
    Path v2 = Path.of("src/test/resources/samples/v2");
    String ask =
        "https://autodiscover.example.com/autodiscover/autodiscover.json/v1.0/alice@example.com"
            + "?Protocol=AutodiscoverV1";
    assertEquals(
        ask + " -> POX at https://mail.contoso.com/Autodiscover/Autodiscover.xml",
        ReadmeExample.whereIsPox(
            "alice@example.com", Files.readAllBytes(v2.resolve("hybrid-on-premises.json"))));
    assertEquals(
        ask + " -> error MandatoryParameterMissing",
        ReadmeExample.whereIsPox(
            "alice@example.com",
            Files.readAllBytes(v2.resolve("gromox-mandatory-parameter-missing.json"))));
    assertEquals(
        ask + " -> POX at (no usable URL: /autodiscover/autodiscover.xml)",
        ReadmeExample.whereIsPox(
            "alice@example.com",
            "{\"Protocol\":\"AutodiscoverV1\",\"Url\":\"/autodiscover/autodiscover.xml\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    AutodiscoverException html =
        org.junit.jupiter.api.Assertions.assertThrows(
            AutodiscoverException.class,
            () ->
                ReadmeExample.whereIsPox(
                    "alice@example.com",
                    Files.readAllBytes(v2.resolve("exchange-online-object-moved.html"))));
    assertEquals(AutodiscoverException.Kind.HTML, html.kind());
  }

  @Test
  void theExampleReadsSettingsWithDefaults() throws IOException {
    assertEquals(
        List.of(
            "POP3 pop.example.net:995 SSL=ON SMTPLast=OFF (default)",
            "SMTP smtp.example.net:587 SSL=ON SMTPLast=OFF"),
        ReadmeExample.accountDialog(ReadmeExample.sample("isp-pop3-smtplast-off.xml")));
  }

  @Test
  void theMailClientExampleFillsTheAccountDialog() throws IOException {
    List<String> lines =
        ReadmeExample.mailClientDialog(ReadmeExample.sample("isp-imap-smtp-smtplast-on.xml"));
    assertEquals(
        List.of(
            "incoming IMAP imap.example.com:993 IMPLICIT_TLS as alice@example.com",
            "outgoing SMTP smtp.example.com:465 IMPLICIT_TLS, same login as incoming",
            "Check for new mail on the incoming server before sending: this server accepts mail only after that."),
        lines.subList(0, 3));
    assertTrue(lines.get(3).startsWith("ask again after "), lines.toString());
    assertTrue(
        ReadmeExample.mailClientDialog(ReadmeExample.sample("exchange-2016-mapihttp.xml"))
            .contains("EWS https://mail.contoso.com/EWS/Exchange.asmx"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "exchange-2016-mapihttp.xml|mapiHttp -:- SSL=ON SMTPLast=OFF (default)|EWS https://mail.contoso.com/EWS/Exchange.asmx",
        "exchange-online-settings.xml|EXPR outlook.example.net:- SSL=ON SMTPLast=OFF (default)|EWS https://outlook.example.net/EWS/Exchange.asmx",
        "isp-imap-smtp-smtplast-on.xml|IMAP imap.example.com:993 SSL=ON SMTPLast=OFF (default)|outgoing SMTP smtp.example.com:465 IMPLICIT_TLS, same login as incoming"
      })
  void bothExamplesReadExchangeAndIspAnswersWithoutAPortSafely(
      String sample, String protocolLine, String settingsLine) throws IOException {
    List<String> protocols = ReadmeExample.accountDialog(ReadmeExample.sample(sample));
    assertTrue(protocols.contains(protocolLine), protocols.toString());
    List<String> dialog = ReadmeExample.mailClientDialog(ReadmeExample.sample(sample));
    assertTrue(dialog.contains(settingsLine), dialog.toString());
  }

  @Test
  void theExampleFollowsRedirectsAndReportsErrors() throws IOException {
    assertEquals(
        List.of("ask again for bob@fabrikam.com"),
        ReadmeExample.accountDialog(ReadmeExample.sample("redirect-addr.xml")));
    assertEquals(
        List.of("server error 600 Invalid Request (PROTOCOL)"),
        ReadmeExample.accountDialog(ReadmeExample.sample("error-response-level-600.xml")));
    assertTrue(
        ReadmeExample.requestBody().contains("<EMailAddress>alice@example.com</EMailAddress>"));
  }
}
