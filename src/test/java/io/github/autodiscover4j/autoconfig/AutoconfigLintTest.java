package io.github.autodiscover4j.autoconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.lint.AutoconfigLintReport;
import io.github.autodiscover4j.lint.Finding;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The autoconfig lint rules, each on the sample that shows it. */
class AutoconfigLintTest {
  private static AutoconfigLintReport lint(String name) throws IOException {
    return Autoconfig.lint(AutoconfigSamplesTest.SAMPLES.resolve(name));
  }

  private static List<String> rules(AutoconfigLintReport report) {
    return report.findings().stream().map(Finding::ruleId).toList();
  }

  private static Finding only(AutoconfigLintReport report, String rule) {
    List<Finding> found = report.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    assertEquals(1, found.size(), rule + " in " + report.findings());
    return found.get(0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bigmail-oauth2.xml",
        "cloud-suite-exchange-urls.xml",
        "pop3-only-isp.xml",
        "alternatives-freemail.xml",
        "localpart-emaildomain-hosts.xml",
        "restriction-client-ip.xml",
        "legacy-exchange-type.xml",
        "mailu-style.xml",
        "stalwart-style.xml",
        "mox-style.xml",
        "iredmail-style.xml",
        "zimbra-style.xml",
        "draft-1.2-services.xml",
        "smtp-after-pop.xml",
        "corporate-gssapi.xml",
        "inputfield-custom-placeholder.xml",
        "provider-oauth2-inside.xml",
        "utf8-bom.xml",
        "template-whitespace.xml",
        "unknown-elements.xml"
      })
  void wellMadeDocumentsHaveNoFindings(String name) throws IOException {
    assertEquals(List.of(), lint(name).findings());
  }

  @Test
  void insecureDocumentGetsEveryTransportFinding() throws IOException {
    AutoconfigLintReport report = lint("lint-insecure.xml");
    assertTrue(report.hasErrors());
    assertEquals(
        List.of(
            "starttls-on-implicit-tls-port",
            "password-over-plain",
            "published-password",
            "duplicate-server",
            "starttls-on-implicit-tls-port",
            "insecure-url",
            "ssl-on-starttls-port",
            "unknown-socket-type",
            "no-usable-authentication"),
        rules(report));
  }

  @Test
  void starttlsOnPort993SaysWhatToWrite() throws IOException {
    Finding f = lint("lint-insecure.xml").findings().get(0);
    assertEquals("starttls-on-implicit-tls-port", f.ruleId());
    assertEquals(Finding.Severity.ERROR, f.severity());
    assertEquals("clientConfig/emailProvider[1]/incomingServer[1]/socketType[1]", f.path());
    assertEquals(9, f.line());
    assertEquals("Write <socketType>SSL</socketType> for port 993.", f.fix());
  }

  @Test
  void theAmbiguousWordTlsIsExplained() throws IOException {
    Finding f = only(lint("lint-insecure.xml"), "unknown-socket-type");
    assertTrue(f.message().contains("TLS is ambiguous"), f.message());
    assertEquals("clientConfig/emailProvider[1]/outgoingServer[2]/socketType[1]", f.path());
  }

  @Test
  void aUrlTypeOverHttpIsAnError() throws IOException {
    Finding f = only(lint("lint-insecure.xml"), "insecure-url");
    assertEquals("clientConfig/emailProvider[1]/incomingServer[4]/url", f.path());
    assertEquals(29, f.line());
  }

  @Test
  void aRepeatedServerIsNamedWithTheOneItRepeats() throws IOException {
    Finding f = only(lint("lint-insecure.xml"), "duplicate-server");
    assertEquals("clientConfig/emailProvider[1]/incomingServer[3]", f.path());
    assertTrue(f.message().contains("incomingServer[1]"), f.message());
  }

  @Test
  void misspeltPlaceholdersAreErrorsWithTheirPosition() throws IOException {
    AutoconfigLintReport report = lint("misspelt-placeholders.xml");
    List<Finding> found =
        report.findings().stream().filter(f -> f.ruleId().equals("misspelt-placeholder")).toList();
    assertEquals(3, found.size(), report.findings().toString());
    assertEquals("clientConfig/emailProvider[1]/incomingServer[1]/username", found.get(0).path());
    assertEquals(10, found.get(0).line());
    assertEquals("Write %EMAILADDRESS%.", found.get(0).fix());
    assertTrue(found.get(1).message().contains("upper case"), found.get(1).message());
    assertTrue(found.get(2).message().contains("no placeholder %EMAIL%"), found.get(2).message());
  }

  @Test
  void wrongCaseNamesAndValuesAreErrorsBecauseThunderbirdMatchesExactly() throws IOException {
    AutoconfigLintReport report = lint("wrong-case-values.xml");
    List<String> rules = rules(report);
    assertTrue(rules.contains("element-case"), rules.toString());
    assertEquals(4, rules.stream().filter(r -> r.equals("value-case")).count(), rules.toString());
    assertEquals(
        1,
        rules.stream().filter(r -> r.equals("deprecated-authentication")).count(),
        rules.toString());
    Finding hostname =
        report.findings().stream()
            .filter(f -> f.path().endsWith("incomingServer[1]/hostname"))
            .findFirst()
            .orElseThrow();
    assertEquals("Write <hostname>.", hostname.fix());
  }

  @Test
  void imapWithoutOutgoingServerIsAnError() throws IOException {
    Finding f = only(lint("imap-without-outgoing.xml"), "missing-outgoing-server");
    assertEquals("clientConfig/emailProvider[1]", f.path());
    assertEquals(3, f.line());
  }

  @Test
  void aJunkPortIsAnError() throws IOException {
    Finding f = only(lint("junk-port.xml"), "port-out-of-range");
    assertEquals(8, f.line());
  }

  @Test
  void anHtmlPageIsOneUnreadableFinding() throws IOException {
    AutoconfigLintReport report = lint("html-not-found-page.xml");
    assertEquals(List.of("unreadable"), rules(report));
    assertFalse(report.document().isPresent());
    assertTrue(report.findings().get(0).message().startsWith("an HTML page"));
  }

  @Test
  void outgoingServersMustBeSmtp() {
    AutoconfigLintReport report =
        Autoconfig.lint(
            "<clientConfig version=\"1.1\"><emailProvider id=\"x.example\">"
                + "<domain>x.example</domain>"
                + "<incomingServer type=\"jmap\"><url>https://x.example/jmap</url>"
                + "<authentication>OAuth2</authentication></incomingServer>"
                + "<outgoingServer type=\"jmap\"><url>https://x.example/jmap</url>"
                + "<authentication>OAuth2</authentication></outgoingServer>"
                + "</emailProvider></clientConfig>");
    assertEquals(List.of("outgoing-not-smtp"), rules(report));
  }

  @Test
  void aDocumentWithoutProviderIsAnError() {
    AutoconfigLintReport report = Autoconfig.lint("<clientConfig version=\"1.2\"/>");
    assertEquals(List.of("missing-email-provider"), rules(report));
  }

  @Test
  void aHostServerWithoutItsPartsGetsOneFindingEach() {
    AutoconfigLintReport report =
        Autoconfig.lint(
            "<clientConfig version=\"1.1\"><emailProvider id=\"x.example\">"
                + "<incomingServer type=\"pop3\"/></emailProvider></clientConfig>");
    assertEquals(
        List.of(
            "missing-domain",
            "missing-hostname",
            "missing-port",
            "missing-socket-type",
            "missing-authentication",
            "missing-outgoing-server"),
        rules(report).stream().sorted(new RuleOrder()).toList());
  }

  /** The order the checks run in, for a document whose findings all share one line. */
  private static final class RuleOrder implements java.util.Comparator<String> {
    private static final List<String> ORDER =
        List.of(
            "missing-domain",
            "missing-hostname",
            "missing-port",
            "missing-socket-type",
            "missing-authentication",
            "missing-outgoing-server");

    @Override
    public int compare(String a, String b) {
      return Integer.compare(ORDER.indexOf(a), ORDER.indexOf(b));
    }
  }
}
