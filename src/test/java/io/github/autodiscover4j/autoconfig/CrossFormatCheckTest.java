package io.github.autodiscover4j.autoconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.convert.Conversion;
import io.github.autodiscover4j.lint.CrossFormatCheck;
import io.github.autodiscover4j.lint.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cross-format check: a POX and an autoconfig answer for one address, compared. */
class CrossFormatCheckTest {
  private static final Path POX =
      Path.of("src/test/resources/samples/isp-imap-smtp-smtplast-on.xml");
  private static final String ADDRESS = "alice@example.com";

  @Test
  void anAnswerAndItsConversionAgree() throws IOException {
    AutodiscoverDocument pox = Autodiscover.parse(POX);
    AutoconfigDocument ac = Conversion.toAutoconfig(pox, ADDRESS).document();
    assertEquals(List.of(), CrossFormatCheck.compare(pox, ac, ADDRESS));
  }

  @Test
  void everyDifferenceAClientWouldSeeIsNamed() throws IOException {
    AutodiscoverDocument pox = Autodiscover.parse(POX);
    AutoconfigDocument ac =
        Autoconfig.parse(
            "<clientConfig version=\"1.1\"><emailProvider id=\"example.com\">"
                + "<domain>example.com</domain>"
                + "<incomingServer type=\"imap\"><hostname>IMAP.example.com</hostname><port>143</port>"
                + "<socketType>STARTTLS</socketType><username>%EMAILLOCALPART%</username>"
                + "<authentication>password-cleartext</authentication></incomingServer>"
                + "<incomingServer type=\"pop3\"><hostname>pop.example.com</hostname><port>995</port>"
                + "<socketType>SSL</socketType><username>%EMAILADDRESS%</username>"
                + "<authentication>password-cleartext</authentication></incomingServer>"
                + "<outgoingServer type=\"smtp\"><hostname>smtp.example.com</hostname><port>465</port>"
                + "<socketType>SSL</socketType><username>%EMAILADDRESS%</username>"
                + "<authentication>password-cleartext</authentication></outgoingServer>"
                + "</emailProvider></clientConfig>");
    List<Finding> findings = CrossFormatCheck.compare(pox, ac, ADDRESS);
    List<String> messages = findings.stream().map(Finding::message).toList();
    assertEquals(
        List.of(
            "IMAP port: POX says 993, autoconfig says 143.",
            "IMAP transport security: POX says IMPLICIT_TLS, autoconfig says STARTTLS.",
            "IMAP user name: POX says alice@example.com, autoconfig says alice.",
            "POX says SMTPLast on but autoconfig does not list smtp-after-pop.",
            "autoconfig offers POP3 pop.example.com but POX has no POP3 protocol."),
        messages);
    assertEquals("formats-disagree", findings.get(0).ruleId());
    assertEquals("Autodiscover/Response/Account/Protocol[1]", findings.get(0).path());
    assertTrue(findings.stream().allMatch(f -> f.severity() == Finding.Severity.ERROR));
  }
}
