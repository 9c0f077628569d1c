package io.github.autodiscover4j.autoconfig;

import static io.github.autodiscover4j.autoconfig.AutoconfigAuthentication.CLIENT_IP_ADDRESS;
import static io.github.autodiscover4j.autoconfig.AutoconfigAuthentication.GSSAPI;
import static io.github.autodiscover4j.autoconfig.AutoconfigAuthentication.HTTP_BASIC;
import static io.github.autodiscover4j.autoconfig.AutoconfigAuthentication.NTLM;
import static io.github.autodiscover4j.autoconfig.AutoconfigAuthentication.OAUTH2;
import static io.github.autodiscover4j.autoconfig.AutoconfigAuthentication.PASSWORD_CLEARTEXT;
import static io.github.autodiscover4j.autoconfig.AutoconfigAuthentication.PASSWORD_ENCRYPTED;
import static io.github.autodiscover4j.autoconfig.AutoconfigAuthentication.SMTP_AFTER_POP;
import static io.github.autodiscover4j.autoconfig.AutoconfigAuthentication.TLS_CLIENT_CERT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.model.autoconfig.AutoconfigServer;
import io.github.autodiscover4j.model.autoconfig.EmailProvider;
import io.github.autodiscover4j.model.autoconfig.OAuth2Config;
import io.github.autodiscover4j.value.OnOff;
import io.github.autodiscover4j.value.UnknownElement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per sample in {@code src/test/resources/samples/autoconfig}: the typed values each
 * document holds, read through the public API; and every readable sample round-trips to an equal
 * model.
 */
class AutoconfigSamplesTest {
  static final Path SAMPLES = Path.of("src/test/resources/samples/autoconfig");

  /** The samples that are not readable autoconfig documents on purpose. */
  static final List<String> UNREADABLE = List.of("html-not-found-page.xml");

  static AutoconfigDocument sample(String name) throws IOException {
    return Autoconfig.parse(SAMPLES.resolve(name));
  }

  static Stream<String> readableSamples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".xml") && !UNREADABLE.contains(n))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static void assertServer(
      ServerView s, String type, String host, int port, SocketType socket, String user) {
    assertEquals(type, s.type(), s.path());
    assertEquals(Optional.of(host), s.hostname(), s.path());
    assertEquals(OptionalInt.of(port), s.port(), s.path());
    assertEquals(socket, s.socketType(), s.path());
    assertEquals(Optional.of(user), s.username(), s.path());
  }

  @ParameterizedTest
  @MethodSource("readableSamples")
  void everySampleRoundTripsToAnEqualModel(String name) throws IOException {
    AutoconfigDocument doc = sample(name);
    AutoconfigDocument again = Autoconfig.parse(Autoconfig.toXml(doc));
    assertEquals(doc.root(), again.root());
    assertEquals(Autoconfig.toXml(doc), Autoconfig.toXml(again), "canonical output is stable");
    // what was junk stays junk (kept raw), and nothing else is found in the canonical output
    assertEquals(
        doc.problems().stream().map(p -> p.message()).filter(m -> !m.startsWith("stray")).toList(),
        again.problems().stream().map(p -> p.message()).toList());
  }

  @Test
  void bigWebmailWithOAuth2OffersOAuth2FirstAndPasswordsSecond() throws IOException {
    AutoconfigDocument doc = sample("bigmail-oauth2.xml");
    assertEquals(Optional.of("1.2"), doc.version());
    assertEquals(Optional.of("bigmail.example"), doc.providerId());
    assertEquals(
        List.of("bigmail.example", "bigmail.example.net", "mx.bigmail.example"), doc.domains());
    assertEquals(
        "mx", doc.emailProvider().orElseThrow().getDomain().get(2).getPurpose(), "purpose kept");
    List<ServerView> in = doc.incomingServers();
    assertEquals(2, in.size());
    assertServer(in.get(0), "imap", "imap.bigmail.example", 993, SocketType.SSL, "%EMAILADDRESS%");
    assertEquals(List.of(OAUTH2, PASSWORD_CLEARTEXT), in.get(0).authentication());
    assertServer(in.get(1), "pop3", "pop.bigmail.example", 995, SocketType.SSL, "%EMAILADDRESS%");
    assertEquals(
        Optional.of(OnOff.ON),
        in.get(1).model().getPop3().getLeaveMessagesOnServer().known(),
        "leaveMessagesOnServer true");
    assertServer(
        doc.outgoingServers().get(0),
        "smtp",
        "smtp.bigmail.example",
        465,
        SocketType.SSL,
        "%EMAILADDRESS%");
    OAuth2Config oauth = doc.oAuth2().orElseThrow();
    assertEquals("accounts.bigmail.example", oauth.getIssuer());
    assertEquals("https://accounts.bigmail.example/o/oauth2/token", oauth.getTokenURL());
    assertEquals("https://accounts.bigmail.example/o/oauth2/auth", oauth.getAuthURL());
    assertEquals("https://mail.bigmail.example/ offline_access", oauth.getScope());
    var docs = doc.emailProvider().orElseThrow().getDocumentation();
    assertEquals("https://support.bigmail.example/imap", docs.get(0).getUrl());
    assertEquals("de", docs.get(0).getDescr().get(1).getLang());
    assertEquals("IMAP in BigMail einschalten", docs.get(0).getDescr().get(1).getValue());
  }

  @Test
  void cloudSuiteListsTheExchangeUrlTypesBeforeImap() throws IOException {
    AutoconfigDocument doc = sample("cloud-suite-exchange-urls.xml");
    List<ServerView> in = doc.incomingServers();
    assertEquals(
        List.of("ews", "graph", "activesync", "imap"), in.stream().map(ServerView::type).toList());
    assertTrue(in.get(0).isUrlBased());
    assertEquals(
        Optional.of("https://outlook.cloudsuite.example/EWS/Exchange.asmx"), in.get(0).url());
    assertEquals(Optional.of("https://graph.cloudsuite.example/v1.0/"), in.get(1).url());
    assertEquals(
        Optional.of("https://outlook.cloudsuite.example/Microsoft-Server-ActiveSync"),
        in.get(2).url());
    assertFalse(in.get(3).isUrlBased());
    assertServer(
        doc.outgoingServers().get(0),
        "smtp",
        "smtp.cloudsuite.example",
        587,
        SocketType.STARTTLS,
        "%EMAILADDRESS%");
    assertEquals("login.cloudsuite.example", doc.oAuth2().orElseThrow().getIssuer());
  }

  @Test
  void pop3OnlyIspKeepsItsPop3Options() throws IOException {
    AutoconfigDocument doc = sample("pop3-only-isp.xml");
    assertEquals(1, doc.incomingServers().size());
    ServerView pop = doc.incomingServers().get(0);
    assertServer(pop, "pop3", "pop.dialup.example", 995, SocketType.SSL, "%EMAILLOCALPART%");
    var options = pop.model().getPop3();
    assertEquals(Optional.of(OnOff.OFF), options.getLeaveMessagesOnServer().known());
    assertEquals("7", options.getDaysToLeaveMessagesOnServer());
    assertEquals(Optional.of(OnOff.ON), options.getDownloadOnBiff().known());
    assertEquals("15", options.getCheckInterval().getMinutes());
    assertEquals(Optional.of("alice"), pop.username("alice@dialup.example"));
    assertServer(
        doc.outgoingServers().get(0),
        "smtp",
        "smtp.dialup.example",
        587,
        SocketType.STARTTLS,
        "%EMAILLOCALPART%");
  }

  @Test
  void freemailAlternativesKeepTheirOrder() throws IOException {
    AutoconfigDocument doc = sample("alternatives-freemail.xml");
    assertEquals(
        List.of("imap:993:SSL", "imap:143:STARTTLS", "pop3:995:SSL", "pop3:110:STARTTLS"),
        doc.incomingServers().stream()
            .map(s -> s.type() + ":" + s.port().getAsInt() + ":" + s.socketType())
            .toList());
    assertEquals(
        List.of("smtp:465:SSL", "smtp:587:STARTTLS"),
        doc.outgoingServers().stream()
            .map(s -> s.type() + ":" + s.port().getAsInt() + ":" + s.socketType())
            .toList());
    assertEquals(List.of("freemail.example", "freemail.example.org"), doc.domains());
  }

  @Test
  void hostedDomainTemplatesFillForTheAddress() throws IOException {
    AutoconfigDocument doc = sample("localpart-emaildomain-hosts.xml");
    assertEquals(Optional.of("mail.%EMAILDOMAIN%"), doc.incomingServers().get(0).hostname());
    AutoconfigDocument filled = doc.filledFor("bob@shop.example");
    assertServer(
        filled.incomingServers().get(0), "imap", "mail.shop.example", 993, SocketType.SSL, "bob");
    assertEquals(List.of(PASSWORD_ENCRYPTED), filled.outgoingServers().get(0).authentication());
    assertEquals(Optional.of("shop.example"), filled.providerId());
    assertEquals(Optional.of("Hosted mail for shop.example"), filled.displayName());
    assertEquals(Optional.of("mail.%EMAILDOMAIN%"), doc.incomingServers().get(0).hostname());
  }

  @Test
  void cableRelayTrustsTheClientAddress() throws IOException {
    ServerView smtp = sample("restriction-client-ip.xml").outgoingServers().get(0);
    assertEquals(List.of(CLIENT_IP_ADDRESS), smtp.authentication());
    assertEquals(List.of("client-IP-address"), smtp.restrictions());
    assertEquals(Optional.empty(), smtp.username());
    assertEquals(Optional.of(OnOff.ON), smtp.model().getAddThisServer().known());
    assertEquals(Optional.of(OnOff.OFF), smtp.model().getUseGlobalPreferredServer().known());
  }

  @Test
  void legacyExchangeTypeCarriesItsThreeUrls() throws IOException {
    AutoconfigDocument doc = sample("legacy-exchange-type.xml");
    AutoconfigServer exchange = doc.incomingServers().get(0).model();
    assertEquals("exchange", doc.incomingServers().get(0).type());
    assertEquals("https://mail.corp.example/owa/", exchange.getOwaURL());
    assertEquals("https://mail.corp.example/EWS/Exchange.asmx", exchange.getExchangeURL());
    assertEquals("https://mail.corp.example/Microsoft-Server-ActiveSync", exchange.getEasURL());
    assertEquals(List.of(NTLM, PASSWORD_CLEARTEXT), doc.incomingServers().get(1).authentication());
  }

  @Test
  void mailcowOffersBothTlsStylesAndAnEnablePage() throws IOException {
    AutoconfigDocument doc = sample("mailcow-style.xml");
    assertEquals(4, doc.incomingServers().size());
    assertEquals(2, doc.outgoingServers().size());
    assertEquals(List.of("%EMAILDOMAIN%"), doc.domains());
    var enable = doc.emailProvider().orElseThrow().getEnable().get(0);
    assertEquals("https://mail.cowfarm.example/admin.php", enable.getVisiturl());
    assertEquals(2, enable.getInstruction().size());
    assertEquals("de", enable.getInstruction().get(1).getLang());
    assertTrue(enable.getInstruction().get(1).getValue().contains("geändert"));
    // webMail sits beside emailProvider here, where the schema does not expect it: kept as unknown
    List<Object> unknown = doc.root().getUnknownElements();
    assertEquals(1, unknown.size());
    assertEquals(new QName("", "webMail"), ((UnknownElement) unknown.get(0)).name());
  }

  @Test
  void mailuTurnsOnTheGlobalPreferredServer() throws IOException {
    AutoconfigDocument doc = sample("mailu-style.xml");
    assertServer(
        doc.incomingServers().get(0),
        "imap",
        "mailu.hosting.example",
        993,
        SocketType.SSL,
        "%EMAILADDRESS%");
    assertEquals(
        Optional.of(OnOff.ON),
        doc.outgoingServers().get(0).model().getUseGlobalPreferredServer().known());
    assertEquals(Optional.of("%EMAILDOMAIN%"), doc.providerId());
  }

  @Test
  void stalwartWritesTheLiteralAddressAndAnUpdateUrl() throws IOException {
    AutoconfigDocument doc = sample("stalwart-style.xml");
    assertEquals(3, doc.incomingServers().size());
    assertEquals(
        Optional.of("alice@stalwart.example.org"), doc.incomingServers().get(0).username());
    assertEquals(
        "https://autoconfig.stalwart.example.org/mail/config-v1.1.xml",
        doc.root().getClientConfigUpdate().getUrl());
  }

  @Test
  void moxUsesEncryptedPasswordsOnImplicitTls() throws IOException {
    AutoconfigDocument doc = sample("mox-style.xml");
    assertServer(
        doc.incomingServers().get(0),
        "imap",
        "mail.moxhost.example",
        993,
        SocketType.SSL,
        "%EMAILADDRESS%");
    assertEquals(List.of(PASSWORD_ENCRYPTED), doc.incomingServers().get(0).authentication());
    assertEquals(
        OptionalInt.of(465), doc.outgoingServers().get(0).port(), "submission over implicit TLS");
  }

  @Test
  void iredmailUsesStarttlsEverywhere() throws IOException {
    AutoconfigDocument doc = sample("iredmail-style.xml");
    assertEquals(
        List.of(SocketType.STARTTLS, SocketType.STARTTLS),
        doc.incomingServers().stream().map(ServerView::socketType).toList());
    assertServer(
        doc.outgoingServers().get(0),
        "smtp",
        "mail.redmail.example",
        587,
        SocketType.STARTTLS,
        "%EMAILADDRESS%");
  }

  @Test
  void zimbraPublishesDavServicesBesideMail() throws IOException {
    AutoconfigDocument doc = sample("zimbra-style.xml");
    List<ServerView> services = doc.services();
    assertEquals(2, services.size());
    assertEquals("caldav", services.get(0).type());
    assertEquals(ServerView.Role.SERVICE, services.get(0).role());
    assertEquals("clientConfig/calendar[1]", services.get(0).path());
    assertEquals(
        Optional.of("https://zmail.collab.example/dav/%EMAILADDRESS%/Contacts"),
        services.get(1).url());
    assertEquals(List.of(HTTP_BASIC), services.get(1).authentication());
  }

  @Test
  void anHtmlPageIsNamedAsSuch() {
    AutodiscoverException e =
        assertThrows(AutodiscoverException.class, () -> sample("html-not-found-page.xml"));
    assertTrue(
        e.getMessage().startsWith("an HTML page, not an autoconfig document"), e.getMessage());
    assertEquals(1, e.line());
    assertEquals(AutodiscoverException.Kind.HTML, e.kind());
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    AutoconfigDocument doc = sample("utf8-bom.xml");
    assertEquals(Optional.of("Bömmel Mail"), doc.displayName());
    assertEquals(OptionalInt.of(465), doc.outgoingServers().get(0).port());
  }

  @Test
  void namesAndValuesInTheWrongCaseStillRead() throws IOException {
    AutoconfigDocument doc = sample("wrong-case-values.xml");
    assertEquals(Optional.of("1.1"), doc.version());
    assertEquals(Optional.of("casual.example"), doc.providerId());
    ServerView imap = doc.incomingServers().get(0);
    assertServer(imap, "imap", "imap.casual.example", 993, SocketType.SSL, "%EMAILADDRESS%");
    assertEquals(List.of(PASSWORD_CLEARTEXT), imap.authentication());
    assertEquals("ssl", imap.model().getSocketType().get(0), "the raw text is kept");
    ServerView smtp = doc.outgoingServers().get(0);
    assertEquals(SocketType.STARTTLS, smtp.socketType());
    assertEquals(List.of(OAUTH2, PASSWORD_CLEARTEXT), smtp.authentication());
  }

  @Test
  void unknownElementsAndAttributesSurviveInPlace() throws IOException {
    AutoconfigDocument doc = sample("unknown-elements.xml");
    QName generator = new QName("urn:vendor:mailhost", "generator");
    assertEquals("MailHost 9.4", doc.root().getOtherAttributes().get(generator));
    EmailProvider provider = doc.emailProvider().orElseThrow();
    assertEquals(
        "gold", provider.getOtherAttributes().get(new QName("urn:vendor:mailhost", "tier")));
    AutoconfigServer imap = provider.getIncomingServer().get(0);
    assertEquals("sasl", imap.getAuthentication().get(0).getSystem());
    assertEquals(2, imap.getUnknownElements().size());
    UnknownElement idle = (UnknownElement) imap.getUnknownElements().get(0);
    assertEquals("idleTimeout", idle.name().getLocalPart());
    assertEquals("1740", idle.text());
    UnknownElement hint = (UnknownElement) imap.getUnknownElements().get(1);
    assertEquals(new QName("urn:vendor:mailhost", "hint"), hint.name());
    assertEquals("2", hint.attributes().get(new QName("", "level")));
    assertEquals(1, provider.getUnknownElements().size(), "identity");
    assertEquals(1, doc.root().getUnknownElements().size(), "futureService");
    String xml = Autoconfig.toXml(doc);
    assertTrue(xml.contains("v:hint") || xml.contains("hint xmlns=\"urn:vendor:mailhost\""), xml);
    assertTrue(xml.contains("<idleTimeout>1740</idleTimeout>"), xml);
  }

  @Test
  void templateWhiteSpaceIsTrimmedInTheViews() throws IOException {
    AutoconfigDocument doc = sample("template-whitespace.xml");
    assertEquals(Optional.of("templated.example"), doc.providerId());
    assertEquals(List.of("templated.example"), doc.domains());
    assertEquals(Optional.of("Templated Mail"), doc.displayName());
    assertServer(
        doc.incomingServers().get(0),
        "imap",
        "imap.templated.example",
        993,
        SocketType.SSL,
        "%EMAILADDRESS%");
    assertEquals(SocketType.STARTTLS, doc.outgoingServers().get(0).socketType());
  }

  @Test
  void draftServicesAndOAuth2ClientAreRead() throws IOException {
    AutoconfigDocument doc = sample("draft-1.2-services.xml");
    ServerView jmap = doc.incomingServers().get(0);
    assertEquals("jmap", jmap.type());
    assertEquals(Optional.of("https://jmap.groupware.example/.well-known/jmap"), jmap.url());
    assertEquals(List.of(OAUTH2, HTTP_BASIC), jmap.authentication());
    assertEquals("http", jmap.model().getAuthentication().get(1).getSystem());
    assertEquals(
        List.of("caldav", "carddav", "webdav", "xmpp"),
        doc.services().stream().map(ServerView::type).toList());
    assertEquals(OptionalInt.of(5223), doc.services().get(3).port());
    assertEquals("open", doc.oAuth2().orElseThrow().getClientID());
    assertNotNull(doc.root().getClientConfigUpdate());
  }

  @Test
  void smtpAfterPopNeedsNoUserName() throws IOException {
    AutoconfigDocument doc = sample("smtp-after-pop.xml");
    ServerView smtp = doc.outgoingServers().get(0);
    assertEquals(List.of(SMTP_AFTER_POP), smtp.authentication());
    assertEquals(Optional.empty(), smtp.username());
    assertEquals("pop3", doc.incomingServers().get(0).type());
  }

  @Test
  void ispdbWebmailLoginFormIsTyped() throws IOException {
    AutoconfigDocument doc = sample("ispdb-webmail.xml");
    var webMail = doc.root().getUnknownElements();
    assertEquals(1, webMail.size(), "webMail beside the provider is kept as unknown");
    var enable = doc.emailProvider().orElseThrow().getEnable().get(0);
    assertEquals("https://portal.example/settings/imap", enable.getVisiturl());
    assertEquals("fr", enable.getInstruction().get(1).getLang());
  }

  @Test
  void lintSampleStillReadsItsServers() throws IOException {
    AutoconfigDocument doc = sample("lint-insecure.xml");
    assertEquals(4, doc.incomingServers().size());
    assertEquals("changeme", doc.incomingServers().get(1).model().getPassword());
    assertEquals(SocketType.PLAIN, doc.incomingServers().get(1).socketType());
    assertEquals(SocketType.UNKNOWN, doc.outgoingServers().get(1).socketType());
    assertEquals(
        List.of(AutoconfigAuthentication.UNKNOWN), doc.outgoingServers().get(1).authentication());
  }

  @Test
  void misspeltPlaceholdersAreListed() throws IOException {
    AutoconfigDocument doc = sample("misspelt-placeholders.xml");
    List<PlaceholderProblem> problems = doc.placeholderProblems();
    assertEquals(
        List.of("%EMAILADDRESS", "%emaillocalpart%", "%EMAIL%"),
        problems.stream().map(PlaceholderProblem::found).toList());
    assertEquals(
        List.of("%EMAILADDRESS%", "%EMAILLOCALPART%", "%EMAILADDRESS%"),
        problems.stream().map(PlaceholderProblem::suggestion).toList());
    AutoconfigDocument filled = doc.filledFor("eve@typo.example");
    assertEquals(Optional.of("%EMAIL%"), filled.outgoingServers().get(0).username(), "not filled");
    assertEquals(
        "https://typo.example/help?user=eve@typo.example&page=%C3%A9t%C3%A9",
        filled.emailProvider().orElseThrow().getDocumentation().get(0).getUrl());
  }

  @Test
  void imapWithoutOutgoingServerReads() throws IOException {
    AutoconfigDocument doc = sample("imap-without-outgoing.xml");
    assertEquals(1, doc.incomingServers().size());
    assertTrue(doc.outgoingServers().isEmpty());
  }

  @Test
  void aUtf16DeclarationOverUtf8BytesReadsAsUtf8() throws IOException {
    AutoconfigDocument doc = sample("declared-utf16-over-utf8.xml");
    assertEquals(Optional.of("Müller Mail für Familien"), doc.displayName());
  }

  @Test
  void inputFieldDeclaresItsOwnPlaceholder() throws IOException {
    AutoconfigDocument doc = sample("inputfield-custom-placeholder.xml");
    assertEquals(java.util.Set.of("STUDENTID"), doc.customPlaceholders());
    assertTrue(doc.placeholderProblems().isEmpty(), doc.placeholderProblems().toString());
    var field = doc.emailProvider().orElseThrow().getInputField().get(0);
    assertEquals("Student ID", field.getLabel());
    assertEquals("s1234567", field.getValue());
  }

  @Test
  void corporateKerberosKeepsItsPreferenceOrder() throws IOException {
    AutoconfigDocument doc = sample("corporate-gssapi.xml");
    assertEquals(List.of(GSSAPI, NTLM), doc.incomingServers().get(0).authentication());
    assertEquals(List.of(GSSAPI, TLS_CLIENT_CERT), doc.outgoingServers().get(0).authentication());
  }

  @Test
  void aJunkPortIsKeptRawAndReportedWithItsPosition() throws IOException {
    AutoconfigDocument doc = sample("junk-port.xml");
    ServerView imap = doc.incomingServers().get(0);
    assertEquals(OptionalInt.empty(), imap.port());
    assertEquals("nine-nine-three", imap.model().getPort().raw());
    assertEquals(1, doc.problems().size(), doc.problems().toString());
    assertEquals(8, doc.problems().get(0).line());
    assertTrue(
        doc.problems().get(0).path().endsWith("incomingServer/port"), doc.problems().toString());
  }

  @Test
  void oAuth2InsideTheProviderIsFoundToo() throws IOException {
    AutoconfigDocument doc = sample("provider-oauth2-inside.xml");
    assertTrue(doc.root().getOAuth2().isEmpty());
    assertEquals("auth.webmail.example", doc.oAuth2().orElseThrow().getIssuer());
    assertEquals("mail-r mail-w", doc.oAuth2().orElseThrow().getScope());
  }
}
