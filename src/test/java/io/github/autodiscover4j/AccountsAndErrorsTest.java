package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.lint.LintReport;
import io.github.autodiscover4j.model.envelope.ProtocolErrorResponse;
import io.github.autodiscover4j.model.mobilesync.MobileSyncError;
import io.github.autodiscover4j.model.mobilesync.MobileSyncResponse;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.settings.AccountSettings;
import io.github.autodiscover4j.settings.Advisory;
import io.github.autodiscover4j.settings.ExchangeEndpoints;
import io.github.autodiscover4j.settings.MailServer;
import io.github.autodiscover4j.settings.MailServer.UserNameSource;
import io.github.autodiscover4j.settings.SendingAdvice;
import io.github.autodiscover4j.settings.TransportSecurity.Mode;
import io.github.autodiscover4j.value.ProtocolType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * What the 1.0 model reads whole: several {@code Account}s, ActiveSync errors wherever they stand,
 * the settings a client can trust. Each sample's typed values are asserted here.
 */
class AccountsAndErrorsTest {
  private static AutodiscoverDocument sample(String name) throws IOException {
    return Autodiscover.parse(Path.of("src/test/resources/samples", name));
  }

  @Test
  void everyAccountIsKeptAndItsProtocolsRead() throws IOException {
    AutodiscoverDocument doc = sample("two-accounts-imap-then-smtp.xml");
    assertEquals(DocumentKind.SETTINGS, doc.kind());
    assertEquals(2, doc.accounts().size());
    assertEquals(List.of(), doc.problems());
    assertEquals(List.of("IMAP", "SMTP"), doc.protocols().stream().map(p -> p.getType()).toList());
    assertEquals("imap.example.org", doc.protocols(ProtocolType.IMAP).get(0).getServer());
    assertEquals("smtp.example.org", doc.protocols("smtp").get(0).getServer());
    assertEquals(OptionalInt.of(587), doc.protocols(ProtocolType.SMTP).get(0).getPort().value());
    assertEquals("SETTINGS: 2 accounts, 2 protocols, 0 problems", doc.toString());

    AccountSettings account = AccountSettings.of(doc);
    MailServer in = account.incoming().orElseThrow();
    MailServer out = account.outgoing().orElseThrow();
    assertEquals("imap.example.org", in.host().orElseThrow());
    assertEquals(993, in.port());
    assertEquals(Mode.IMPLICIT_TLS, in.security().mode());
    assertEquals("smtp.example.org", out.host().orElseThrow());
    assertEquals(Mode.STARTTLS, out.security().mode());
    assertEquals(SendingAdvice.NOT_REQUIRED, out.sendingAdvice());
    assertEquals(List.of(), out.advisories());
  }

  @Test
  void everyAccountIsWrittenBackAndReadsAgainToAnEqualModel() throws IOException {
    AutodiscoverDocument doc = sample("two-accounts-imap-then-smtp.xml");
    String xml = Autodiscover.toXml(doc);
    assertEquals(2, xml.split("<Account>", -1).length - 1, xml);
    assertEquals(doc.root(), Autodiscover.parse(xml).root());
  }

  @Test
  void severalAccountsAreAWarningForTheAdministrator() throws IOException {
    LintReport report =
        Autodiscover.lint(Path.of("src/test/resources/samples/two-accounts-imap-then-smtp.xml"));
    assertEquals(
        List.of("multiple-accounts Autodiscover/Response/Account[2]"),
        report.findings().stream().map(f -> f.ruleId() + " " + f.path()).toList());
    assertEquals(21, report.findings().get(0).line());
    assertFalse(report.hasErrors());
  }

  @Test
  void anActiveSyncErrorDirectlyUnderResponseIsAMobileSyncError() throws IOException {
    AutodiscoverDocument doc = sample("mobilesync-error-in-response-600.xml");
    assertEquals(DocumentKind.MOBILE_SYNC_ERROR, doc.kind());
    AutodiscoverError e = doc.error().orElseThrow();
    assertEquals(AutodiscoverError.Placement.MOBILE_SYNC_RESPONSE, e.placement());
    assertTrue(e.placement().isMobileSync());
    assertEquals(OptionalInt.of(600), e.code());
    assertEquals("Invalid Request", e.message().orElseThrow());
    assertEquals("", e.debugData().orElseThrow());
    assertEquals("16:56:32.6164027", e.time().orElseThrow());
    assertEquals("1054084152", e.id().orElseThrow());
    assertEquals(OptionalInt.empty(), e.status());
    MobileSyncResponse response = doc.mobileSyncResponse().orElseThrow();
    assertNull(response.getAction());
    MobileSyncError model = response.getError();
    assertEquals("16:56:32.6164027", model.getTime());
    assertEquals(List.of(), doc.problems());
  }

  @Test
  void anActiveSyncSchemaErrorWithUserAndCultureIsReadWhole() throws IOException {
    AutodiscoverDocument doc = sample("mobilesync-error-in-response-601.xml");
    assertEquals(DocumentKind.MOBILE_SYNC_ERROR, doc.kind());
    AutodiscoverError e = doc.error().orElseThrow();
    assertEquals(AutodiscoverError.Placement.MOBILE_SYNC_RESPONSE, e.placement());
    assertEquals(OptionalInt.of(601), e.code());
    assertEquals("The requested schema version is not supported", e.message().orElseThrow());
    assertTrue(e.debugData().orElseThrow().endsWith("responseschema/2007"));
    assertEquals("09:14:05.0031250", e.time().orElseThrow());
    assertEquals("3214867009", e.id().orElseThrow());
    MobileSyncResponse response = doc.mobileSyncResponse().orElseThrow();
    assertEquals("en:us", response.getCulture());
    assertEquals("lee@contoso.com", response.getUser().getEMailAddress());
    assertEquals(doc.root(), Autodiscover.parse(Autodiscover.toXml(doc)).root());
  }

  @Test
  void anActionErrorKeepsItsStatus() throws IOException {
    AutodiscoverError e = sample("mobilesync-error.xml").error().orElseThrow();
    assertEquals(AutodiscoverError.Placement.MOBILE_SYNC, e.placement());
    assertEquals(OptionalInt.of(2), e.status());
    assertEquals(OptionalInt.of(600), e.code());
    assertTrue(e.time().isEmpty());
  }

  @Test
  void anOutlookStyleErrorInReplyToAMobileSyncRequestIsAProtocolError() throws IOException {
    AutodiscoverDocument doc = sample("mobilesync-request-answered-with-protocol-error.xml");
    assertEquals(DocumentKind.ERROR, doc.kind());
    AutodiscoverError e = doc.error().orElseThrow();
    assertEquals(AutodiscoverError.Placement.PROTOCOL, e.placement());
    assertFalse(e.placement().isMobileSync());
    assertEquals(OptionalInt.of(601), e.code());
    assertEquals("Provider is not available for the requested schema", e.message().orElseThrow());
    assertEquals("11:02:47.8830456", e.time().orElseThrow());
    assertEquals("2977402531", e.id().orElseThrow());
    ProtocolErrorResponse response = doc.protocolErrorResponse().orElseThrow();
    assertEquals("2977402531", response.getError().getId());
  }

  @Test
  void usePopAuthGivesTheOutgoingServerTheIncomingUserName() throws IOException {
    AutodiscoverDocument doc = sample("isp-usepopauth-different-login.xml");
    AccountSettings account = AccountSettings.of(doc);
    MailServer pop = account.incoming().orElseThrow();
    assertEquals("FABRIKAM\\ddoe", pop.userName().orElseThrow());
    assertEquals(UserNameSource.DOMAIN_AND_LOGIN_NAME, pop.userNameSource());
    MailServer smtp = account.outgoing().orElseThrow();
    assertTrue(smtp.reusesIncomingCredentials());
    assertEquals("FABRIKAM\\ddoe", smtp.userName().orElseThrow()); // not dana.doe@fabrikam.com
    assertEquals(UserNameSource.INCOMING_SERVER, smtp.userNameSource());
    assertEquals(SendingAdvice.RECEIVE_BEFORE_SEND_REQUIRED, smtp.sendingAdvice());
    assertEquals(
        "dana.doe@fabrikam.com", smtp.protocol().map(Protocol::getLoginName).orElseThrow());
  }

  @Test
  void plainTextAndAMissingHostAreAdvisedToTheClientAndLinted() throws IOException {
    AutodiscoverDocument doc = sample("isp-plain-text-on-587.xml");
    AccountSettings account = AccountSettings.of(doc);
    MailServer imap = account.incomingServers().get(0);
    assertEquals(List.of(Advisory.STARTTLS_ON_IMPLICIT_TLS_PORT), imap.advisories());
    MailServer pop = account.incomingServers().get(1);
    assertEquals(
        List.of(Advisory.IMPLICIT_TLS_ON_STARTTLS_PORT, Advisory.NO_HOST), pop.advisories());
    assertTrue(pop.host().isEmpty());
    MailServer smtp = account.outgoing().orElseThrow();
    assertEquals(List.of(Advisory.PLAIN_TEXT), smtp.advisories());
    assertEquals(Mode.NONE, smtp.security().mode());

    LintReport report =
        Autodiscover.lint(Path.of("src/test/resources/samples/isp-plain-text-on-587.xml"));
    assertEquals(
        List.of(
            "encryption-tls-on-implicit-tls-port Autodiscover/Response/Account/Protocol[1]/Encryption",
            "plain-text Autodiscover/Response/Account/Protocol[2]/Encryption",
            // an absent Server is reported where its Protocol starts, before the SSL line
            "protocol-without-server Autodiscover/Response/Account/Protocol[3]/Server",
            "implicit-tls-on-starttls-port Autodiscover/Response/Account/Protocol[3]/SSL"),
        report.findings().stream().map(f -> f.ruleId() + " " + f.path()).toList());
  }

  @Test
  void ewsFollowsTheManagedApisOrderAndIgnoresProtocolsOfOtherTypes() throws IOException {
    String xml =
        "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">"
            + "<Response xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a\">"
            + "<Account><Action>settings</Action>"
            + "<Protocol><Type>CalDAV</Type><EwsUrl>https://unknown.example.com/EWS</EwsUrl></Protocol>"
            + "<Protocol><Type>EXHTTP</Type><EwsUrl>https://exhttp.example.com/EWS</EwsUrl></Protocol>"
            + "<Protocol><Type>EXCH</Type><ASUrl>https://exch.example.com/AS</ASUrl></Protocol>"
            + "</Account></Response></Autodiscover>";
    ExchangeEndpoints exchange = ExchangeEndpoints.of(Autodiscover.parse(xml));
    assertEquals("https://exch.example.com/AS", exchange.ewsUrl().orElseThrow());
    String onlyUnknown =
        xml.replace(
            "<Protocol><Type>EXHTTP</Type><EwsUrl>https://exhttp.example.com/EWS</EwsUrl></Protocol>"
                + "<Protocol><Type>EXCH</Type><ASUrl>https://exch.example.com/AS</ASUrl></Protocol>",
            "");
    assertTrue(ExchangeEndpoints.of(Autodiscover.parse(onlyUnknown)).ewsUrl().isEmpty());
    assertEquals(
        "https://exhttp.example.com/EWS",
        ExchangeEndpoints.of(
                Autodiscover.parse(
                    xml.replace(
                        "<Protocol><Type>EXCH</Type><ASUrl>https://exch.example.com/AS</ASUrl></Protocol>",
                        "")))
            .ewsUrl()
            .orElseThrow());
  }
}
