package io.github.autodiscover4j.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.DocumentKind;
import io.github.autodiscover4j.settings.MailServer.UserNameSource;
import io.github.autodiscover4j.settings.TransportSecurity.Mode;
import io.github.autodiscover4j.settings.TransportSecurity.Source;
import io.github.autodiscover4j.value.OnOffSetting;
import io.github.autodiscover4j.value.ProtocolType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a mail client fills into its account dialog, for every sample. */
class AccountSettingsTest {
  private static AccountSettings settings(String sample) throws IOException {
    return AccountSettings.of(Autodiscover.parse(Path.of("src/test/resources/samples", sample)));
  }

  /**
   * The account dialog of every sample that has one, one line per server: protocol, host, port
   * (marked when defaulted), security and where it came from, user name and where it came from,
   * SPA, authentication, credential reuse, and whether mail must be received before sending.
   */
  private static final Map<String, List<String>> DIALOGS =
      Map.ofEntries(
          Map.entry(
              "isp-plain-text-on-587.xml",
              List.of(
                  "in IMAP mail.example.net:993 STARTTLS/ENCRYPTION user=sam@example.net/LOGIN_NAME spa=false auth=true",
                  "in POP3 -:110 IMPLICIT_TLS/SSL user=-/NONE spa=true auth=true",
                  "out SMTP mail.example.net:587 NONE/ENCRYPTION user=sam@example.net/LOGIN_NAME spa=false auth=true reuse=false receiveFirst=false")),
          Map.entry(
              "isp-usepopauth-different-login.xml",
              List.of(
                  "in POP3 pop.fabrikam.com:995 IMPLICIT_TLS/ENCRYPTION user=FABRIKAM\\ddoe/DOMAIN_AND_LOGIN_NAME spa=false auth=true",
                  "out SMTP smtp.fabrikam.com:587 STARTTLS/ENCRYPTION user=FABRIKAM\\ddoe/INCOMING_SERVER spa=false auth=true reuse=true receiveFirst=true")),
          Map.entry(
              "two-accounts-imap-then-smtp.xml",
              List.of(
                  "in IMAP imap.example.org:993 IMPLICIT_TLS/SSL user=kim@example.org/LOGIN_NAME spa=false auth=true",
                  "out SMTP smtp.example.org:587 STARTTLS/ENCRYPTION user=kim@example.org/INCOMING_SERVER spa=false auth=true reuse=true receiveFirst=false")),
          Map.entry(
              "full-coverage.xml",
              List.of(
                  "in IMAP imap.contoso.com:993 IMPLICIT_TLS/ENCRYPTION user=fc.login@contoso.com/LOGIN_NAME spa=false auth=true",
                  "out SMTP smtp.contoso.com:587 STARTTLS/ENCRYPTION user=fc.smtp@contoso.com/LOGIN_NAME spa=false auth=true reuse=false receiveFirst=true")),
          Map.entry(
              "isp-encryption-variants.xml",
              List.of(
                  "in IMAP imap-plain.fabrikam.com:143 NONE/ENCRYPTION user=dave@fabrikam.com/LOGIN_NAME spa=false auth=true",
                  "in IMAP imap.fabrikam.com:993 IMPLICIT_TLS/ENCRYPTION user=dave@fabrikam.com/LOGIN_NAME spa=false auth=true",
                  "in POP3 pop.fabrikam.com:110 AUTO/ENCRYPTION user=dave@fabrikam.com/LOGIN_NAME spa=false auth=true",
                  "out SMTP smtp.fabrikam.com:587 STARTTLS/ENCRYPTION user=dave@fabrikam.com/LOGIN_NAME spa=false auth=true reuse=false receiveFirst=false")),
          Map.entry(
              "isp-imap-smtp-smtplast-on.xml",
              List.of(
                  "in IMAP imap.example.com:993 IMPLICIT_TLS/SSL user=alice@example.com/LOGIN_NAME spa=false auth=true",
                  "out SMTP smtp.example.com:465 IMPLICIT_TLS/SSL user=alice@example.com/INCOMING_SERVER spa=false auth=true reuse=true receiveFirst=true")),
          Map.entry(
              "isp-junk-values.xml",
              List.of(
                  "in IMAP imap.example.com:993(default) IMPLICIT_TLS/DEFAULT user=erin@example.com/LOGIN_NAME spa=true auth=true",
                  "out SMTP smtp.example.com:465(default) IMPLICIT_TLS/DEFAULT user=erin@example.com/LOGIN_NAME spa=true auth=true reuse=false receiveFirst=false")),
          Map.entry(
              "isp-pop3-smtplast-off.xml",
              List.of(
                  "in POP3 pop.example.net:995 IMPLICIT_TLS/SSL user=EXAMPLE\\bob/DOMAIN_AND_LOGIN_NAME spa=false auth=true",
                  "out SMTP smtp.example.net:587 STARTTLS/ENCRYPTION user=EXAMPLE\\bob/DOMAIN_AND_LOGIN_NAME spa=false auth=true reuse=false receiveFirst=false")),
          Map.entry(
              "isp-smtplast-absent.xml",
              List.of(
                  "in IMAP mail.example.org:143 STARTTLS/ENCRYPTION user=carol@example.org/LOGIN_NAME spa=true auth=true",
                  "out SMTP mail.example.org:587 STARTTLS/ENCRYPTION user=carol@example.org/LOGIN_NAME spa=true auth=true reuse=false receiveFirst=false")),
          Map.entry(
              "lenient-any-order.xml",
              List.of(
                  "in IMAP imap.order.example.com:993 IMPLICIT_TLS/SSL user=olivia@example.com/LOGIN_NAME spa=true auth=true",
                  "out SMTP smtp.order.example.com:465 IMPLICIT_TLS/SSL user=olivia@example.com/LOGIN_NAME spa=true auth=true reuse=false receiveFirst=true")),
          Map.entry(
              "lenient-case-insensitive-names.xml",
              List.of(
                  "out SMTP smtp.contoso.com:587 NONE/SSL user=kate@contoso.com/LOGIN_NAME spa=true auth=true reuse=false receiveFirst=true")),
          Map.entry(
              "lenient-duplicate-protocol-types.xml",
              List.of(
                  "in IMAP mail.example.org:993 IMPLICIT_TLS/SSL user=rita@example.org/LOGIN_NAME spa=false auth=true",
                  "in IMAP mail.example.org:143 STARTTLS/ENCRYPTION user=rita@example.org/LOGIN_NAME spa=false auth=true",
                  "in POP3 mail.example.org:995 IMPLICIT_TLS/SSL user=rita@example.org/LOGIN_NAME spa=false auth=true",
                  "in POP3 mail.example.org:110 STARTTLS/ENCRYPTION user=rita@example.org/LOGIN_NAME spa=false auth=true",
                  "out SMTP mail.example.org:465 IMPLICIT_TLS/SSL user=rita@example.org/LOGIN_NAME spa=false auth=true reuse=false receiveFirst=false",
                  "out SMTP mail.example.org:587 STARTTLS/ENCRYPTION user=rita@example.org/LOGIN_NAME spa=false auth=true reuse=false receiveFirst=false")),
          Map.entry(
              "lenient-no-namespace.xml",
              List.of(
                  "out SMTP smtp.nons.example.com:465 IMPLICIT_TLS/SSL user=mia@example.com/LOGIN_NAME spa=true auth=true reuse=false receiveFirst=true")),
          Map.entry(
              "lenient-onoff-casing.xml",
              List.of(
                  "in IMAP imap.case.example.com:993 NONE/SSL user=-/NONE spa=true auth=true",
                  "in POP3 pop.case.example.com:995 NONE/SSL user=-/NONE spa=true auth=false",
                  "out SMTP smtp.case.example.com:587 IMPLICIT_TLS/SSL user=-/NONE spa=false auth=false reuse=true receiveFirst=true")),
          Map.entry(
              "lenient-response-in-envelope-namespace.xml",
              List.of(
                  "in IMAP imap.example.org:993 IMPLICIT_TLS/SSL user=frank@example.org/LOGIN_NAME spa=true auth=true")),
          Map.entry(
              "lenient-stray-text.xml",
              List.of(
                  "in IMAP imap.stray.example.com:993 IMPLICIT_TLS/SSL user=quentin@example.com/LOGIN_NAME spa=true auth=true")),
          Map.entry(
              "lenient-unknown-elements.xml",
              List.of(
                  "in IMAP imap.example.org:993 IMPLICIT_TLS/SSL user=sam@example.org/LOGIN_NAME spa=true auth=true")),
          Map.entry(
              "lint-missing-action.xml",
              List.of(
                  "in IMAP imap.noaction.example:993 IMPLICIT_TLS/SSL user=-/NONE spa=true auth=true")),
          Map.entry(
              "lint-misconfigured-isp.xml",
              List.of(
                  "in IMAP imap2.misconfigured.example:993 STARTTLS/ENCRYPTION user=lena@misconfigured.example/LOGIN_NAME spa=true auth=true",
                  "in POP3 pop.misconfigured.example:995(default) IMPLICIT_TLS/SSL user=lena@misconfigured.example/LOGIN_NAME spa=true auth=true",
                  "out SMTP smtp.misconfigured.example:587 NONE/SSL user=lena@misconfigured.example/LOGIN_NAME spa=true auth=true reuse=false receiveFirst=true")));

  private static String line(String direction, MailServer s) {
    String common =
        direction
            + " "
            + s.type().raw().strip()
            + " "
            + s.host().orElse("-")
            + ":"
            + s.port()
            + (s.isPortDefaulted() ? "(default)" : "")
            + " "
            + s.security().mode()
            + "/"
            + s.security().source()
            + " user="
            + s.userName().orElse("-")
            + "/"
            + s.userNameSource()
            + " spa="
            + s.requiresSecurePasswordAuthentication()
            + " auth="
            + s.requiresAuthentication();
    return direction.equals("out")
        ? common
            + " reuse="
            + s.reusesIncomingCredentials()
            + " receiveFirst="
            + s.mustReceiveBeforeSending()
        : common;
  }

  static Stream<String> allSamples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/samples"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".xml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("allSamples")
  void everySampleGivesTheAccountDialogAClientNeeds(String sample) throws IOException {
    AccountSettings account = settings(sample);
    List<String> lines =
        Stream.concat(
                account.incomingServers().stream().map(s -> line("in", s)),
                account.outgoingServers().stream().map(s -> line("out", s)))
            .collect(Collectors.toList());
    assertEquals(DIALOGS.getOrDefault(sample, List.of()), lines, sample);
    assertEquals(lines.isEmpty(), account.isEmpty());
  }

  @Test
  void documentsWithoutInternetProtocolsHaveAnEmptyDialog() throws IOException {
    for (String sample :
        List.of(
            "exchange-2016-mapihttp.xml",
            "redirect-addr.xml",
            "error-response-level-600.xml",
            "mobilesync-settings.xml",
            "outlook-request-email.xml")) {
      AccountSettings account = settings(sample);
      assertTrue(account.isEmpty(), sample);
      assertTrue(account.incoming().isEmpty() && account.outgoing().isEmpty(), sample);
    }
  }

  @Test
  void smtpLastIsATypedAdviceWithProseOnlyInToString() throws IOException {
    MailServer on = settings("isp-imap-smtp-smtplast-on.xml").outgoing().orElseThrow();
    assertTrue(on.mustReceiveBeforeSending());
    assertEquals(SendingAdvice.RECEIVE_BEFORE_SEND_REQUIRED, on.sendingAdvice());
    assertTrue(on.sendingAdvice().toString().startsWith("Check for new mail"));

    MailServer absent = settings("isp-smtplast-absent.xml").outgoing().orElseThrow();
    assertFalse(absent.mustReceiveBeforeSending());
    assertEquals(SendingAdvice.NOT_REQUIRED, absent.sendingAdvice());
    assertEquals(OnOffSetting.State.ABSENT, absent.smtpLast().state());

    MailServer off = settings("isp-pop3-smtplast-off.xml").outgoing().orElseThrow();
    assertEquals(SendingAdvice.NOT_REQUIRED, off.sendingAdvice());
    assertEquals(OnOffSetting.State.OFF, off.smtpLast().state());

    MailServer junk = settings("isp-junk-values.xml").outgoing().orElseThrow();
    assertEquals(SendingAdvice.UNKNOWN, junk.sendingAdvice());
    assertFalse(junk.mustReceiveBeforeSending()); // the default, off, is what clients act on
    assertTrue(junk.advisories().contains(Advisory.UNKNOWN_SWITCH), junk.advisories().toString());

    MailServer imap = settings("isp-imap-smtp-smtplast-on.xml").incoming().orElseThrow();
    assertFalse(imap.mustReceiveBeforeSending());
    assertEquals(SendingAdvice.NOT_REQUIRED, imap.sendingAdvice());
  }

  @Test
  void theUserNameFallsBackToTheAutodiscoverSmtpAddress() throws IOException {
    AutodiscoverDocument doc =
        Autodiscover.parse(
            "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">"
                + "<Response xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a\">"
                + "<User><AutoDiscoverSMTPAddress> nina@example.com </AutoDiscoverSMTPAddress></User>"
                + "<Account><Action>settings</Action><Protocol><Type>IMAP</Type><Server>imap.example.com</Server>"
                + "<DomainRequired>on</DomainRequired><DomainName>EXAMPLE</DomainName><LoginName>EXAMPLE\\nina</LoginName>"
                + "</Protocol><Protocol><Type>POP3</Type><Server>pop.example.com</Server></Protocol></Account></Response></Autodiscover>");
    assertEquals(DocumentKind.SETTINGS, doc.kind());
    AccountSettings account = AccountSettings.of(doc);
    MailServer imap = account.incomingServers().get(0);
    assertEquals(
        "EXAMPLE\\nina", imap.userName().orElseThrow()); // already qualified: not prefixed twice
    assertEquals(UserNameSource.LOGIN_NAME, imap.userNameSource());
    MailServer pop = account.incomingServers().get(1);
    assertEquals("nina@example.com", pop.userName().orElseThrow());
    assertEquals(UserNameSource.SMTP_ADDRESS, pop.userNameSource());
    assertEquals(995, pop.port());
    assertTrue(pop.isPortDefaulted());
    assertEquals(Mode.IMPLICIT_TLS, pop.security().mode());
    assertEquals(Source.DEFAULT, pop.security().source());
  }

  @Test
  void conventionalPortsFollowProtocolAndSecurity() {
    assertEquals(993, Ports.conventional(ProtocolType.IMAP, Mode.IMPLICIT_TLS));
    assertEquals(143, Ports.conventional(ProtocolType.IMAP, Mode.STARTTLS));
    assertEquals(995, Ports.conventional(ProtocolType.POP3, Mode.IMPLICIT_TLS));
    assertEquals(110, Ports.conventional(ProtocolType.POP3, Mode.AUTO));
    assertEquals(465, Ports.conventional(ProtocolType.SMTP, Mode.IMPLICIT_TLS));
    assertEquals(587, Ports.conventional(ProtocolType.SMTP, Mode.STARTTLS));
    assertEquals(25, Ports.conventional(ProtocolType.SMTP, Mode.NONE));
    assertEquals(0, Ports.conventional(ProtocolType.EXCH, Mode.IMPLICIT_TLS));
  }
}
