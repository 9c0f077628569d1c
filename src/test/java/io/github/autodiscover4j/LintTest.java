package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.lint.Finding;
import io.github.autodiscover4j.lint.LintReport;
import io.github.autodiscover4j.settings.AccountSettings;
import io.github.autodiscover4j.settings.Advisory;
import io.github.autodiscover4j.settings.MailServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each misconfiguration a server administrator should hear about is caught on a sample that has it.
 */
class LintTest {
  private static LintReport lint(String sample) throws IOException {
    return Autodiscover.lint(Path.of("src/test/resources/samples", sample));
  }

  /** {@code line:column severity rule path} of every finding, in order. */
  private static List<String> summary(LintReport report) {
    return report.findings().stream()
        .map(
            f ->
                f.line()
                    + ":"
                    + f.column()
                    + " "
                    + f.severity()
                    + " "
                    + f.ruleId()
                    + " "
                    + f.path())
        .collect(Collectors.toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "exchange-2013-settings.xml",
        "exchange-2016-mapihttp.xml",
        "exchange-2019-settings.xml",
        "exchange-online-settings.xml",
        "full-coverage.xml",
        "isp-imap-smtp-smtplast-on.xml",
        "isp-pop3-smtplast-off.xml",
        "isp-smtplast-absent.xml",
        "redirect-addr.xml",
        "redirect-url.xml",
        "error-response-level-600.xml",
        "error-account-level-500.xml",
        "mobilesync-settings.xml",
        "outlook-request-email.xml",
        "lenient-prefixed.xml",
        "lenient-any-order.xml"
      })
  void cleanResponsesGiveNoFindings(String sample) throws IOException {
    LintReport report = lint(sample);
    assertEquals(List.of(), report.findings(), sample);
    assertFalse(report.hasErrors());
    assertTrue(report.document().isPresent());
  }

  @Test
  void aPasswordOverAPlainConnectionIsAWarningSharedWithTheSettingsView() throws IOException {
    LintReport report = lint("isp-encryption-variants.xml");
    assertEquals(
        List.of("13:21 WARNING plain-text Autodiscover/Response/Account/Protocol[1]/Encryption"),
        summary(report));
    MailServer plain = AccountSettings.of(report.document().orElseThrow()).incomingServers().get(0);
    assertEquals(List.of(Advisory.PLAIN_TEXT), plain.advisories());
  }

  @Test
  void theClassicIspMisconfigurationsAreCaughtWithTheirPositions() throws IOException {
    LintReport report = lint("lint-misconfigured-isp.xml");
    assertEquals(
        List.of(
            "13:17 WARNING duplicate-element Autodiscover/Response/Account/Protocol[1]/Server[2]",
            "16:21 ERROR encryption-tls-on-implicit-tls-port Autodiscover/Response/Account/Protocol[1]/Encryption",
            "21:15 ERROR port-out-of-range Autodiscover/Response/Account/Protocol[2]/Port",
            "23:14 WARNING on-off-spelling Autodiscover/Response/Account/Protocol[2]/SSL",
            "30:14 WARNING ssl-off-on-starttls-port Autodiscover/Response/Account/Protocol[3]/SSL",
            "34:15 WARNING unknown-protocol-type Autodiscover/Response/Account/Protocol[4]/Type"),
        summary(report));
    assertTrue(report.hasErrors());
    Finding tls = report.findings().get(1);
    assertTrue(tls.message().contains("port 993"), tls.message());
    assertEquals("Use <Encryption>SSL</Encryption> on port 993.", tls.fix());
    // the document is still read as a client would read it
    assertEquals(
        "imap2.misconfigured.example",
        report.document().orElseThrow().protocols("IMAP").get(0).getServer());
  }

  @Test
  void nonHttpsServiceUrlsAndAMissingAccountTypeAreCaught() throws IOException {
    assertEquals(
        List.of(
            "8:14 WARNING missing-account-type Autodiscover/Response/Account/AccountType",
            "13:16 ERROR insecure-url Autodiscover/Response/Account/Protocol[1]/ASUrl",
            "14:17 ERROR insecure-url Autodiscover/Response/Account/Protocol[1]/EwsUrl",
            "15:17 ERROR insecure-url Autodiscover/Response/Account/Protocol[1]/EcpUrl"),
        summary(lint("lint-insecure-exchange.xml")));
  }

  @Test
  void actionsAndRedirectsWithoutTargetsAreErrors() throws IOException {
    assertEquals(
        List.of("4:14 ERROR missing-action Autodiscover/Response/Account/Action"),
        summary(lint("lint-missing-action.xml")));
    assertEquals(
        List.of("9:15 ERROR settings-without-protocol Autodiscover/Response/Account/Action"),
        summary(lint("lint-settings-without-protocol.xml")));
    assertEquals(
        List.of("4:14 ERROR redirect-without-target Autodiscover/Response/Account/RedirectAddr"),
        summary(lint("lint-redirect-without-target.xml")));
    assertEquals(
        List.of("7:20 ERROR redirect-not-https Autodiscover/Response/Account/RedirectUrl"),
        summary(lint("lint-redirect-url-http.xml")));
  }

  @Test
  void responsesInTheWrongNamespaceAreCaught() throws IOException {
    assertEquals(
        List.of("3:101 WARNING response-namespace Autodiscover/Response"),
        summary(lint("lint-error-in-outlook-namespace.xml")));
    assertEquals(
        List.of("3:13 WARNING response-namespace Autodiscover/Response"),
        summary(lint("lenient-response-in-envelope-namespace.xml")));
    assertEquals(
        List.of(
            "2:95 WARNING namespace-variant Autodiscover",
            "3:102 WARNING namespace-variant Autodiscover/Response"),
        summary(lint("lenient-https-namespaces.xml")));
    assertEquals(
        List.of(
            "2:15 WARNING missing-namespace Autodiscover",
            "3:13 WARNING missing-namespace Autodiscover/Response"),
        summary(lint("lenient-no-namespace.xml")));
  }

  @Test
  void spellingVariantsTrueForOnAndStrayTextAreWarnings() throws IOException {
    assertEquals(
        List.of("7:20 WARNING spelling-variant Autodiscover/Response/Account/RedirectUrl"),
        summary(lint("lenient-redirecturl-uppercase.xml")));
    assertTrue(
        summary(lint("lenient-case-insensitive-names.xml"))
            .contains(
                "13:17 WARNING spelling-variant Autodiscover/Response/Account/Protocol[1]/EwsUrl"));
    assertEquals(
        7,
        lint("lenient-onoff-casing.xml").findings().stream()
            .filter(f -> f.ruleId().equals("on-off-spelling"))
            .count());
    assertEquals(
        List.of(
            "6:7 WARNING stray-text Autodiscover/Response/Account",
            "10:9 WARNING stray-text Autodiscover/Response/Account/Protocol",
            "13:9 WARNING stray-text Autodiscover/Response/Account/Protocol"),
        summary(lint("lenient-stray-text.xml")));
  }

  @Test
  void junkPortsAndTtlAreCaught() throws IOException {
    List<String> findings = summary(lint("isp-junk-values.xml"));
    assertTrue(
        findings.contains(
            "16:15 ERROR port-out-of-range Autodiscover/Response/Account/Protocol[1]/Port"),
        findings.toString());
    assertTrue(
        findings.contains(
            "24:15 ERROR port-out-of-range Autodiscover/Response/Account/Protocol[2]/Port"),
        findings.toString());
    assertTrue(
        findings.contains(
            "14:14 WARNING invalid-ttl Autodiscover/Response/Account/Protocol[1]/TTL"),
        findings.toString());
  }

  @Test
  void anUnreadableDocumentIsOneErrorFinding() {
    LintReport report = Autodiscover.lint("<html><body>Sign in</body></html>");
    assertTrue(report.hasErrors());
    assertEquals(1, report.findings().size());
    assertEquals("unreadable", report.findings().get(0).ruleId());
    assertEquals(1, report.findings().get(0).line());
    assertTrue(report.document().isEmpty());
  }
}
