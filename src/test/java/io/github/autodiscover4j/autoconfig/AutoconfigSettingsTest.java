package io.github.autodiscover4j.autoconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.DocumentKind;
import io.github.autodiscover4j.convert.Conversion;
import io.github.autodiscover4j.settings.AccountSettings;
import io.github.autodiscover4j.settings.Advisory;
import io.github.autodiscover4j.settings.MailServer;
import io.github.autodiscover4j.settings.SendingAdvice;
import io.github.autodiscover4j.settings.SourceFormat;
import io.github.autodiscover4j.settings.TransportSecurity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The account-dialog view read from autoconfig: the same type as from POX, its source recorded. */
class AutoconfigSettingsTest {
  private static String describe(MailServer s) {
    return s.type().value()
        + " "
        + s.host().orElse("?")
        + ":"
        + s.port()
        + " "
        + s.security().mode()
        + " "
        + s.userName().orElse("-")
        + (s.mustReceiveBeforeSending() ? " receive-first" : "")
        + (s.requiresAuthentication() ? "" : " no-login");
  }

  @Test
  void serversComeInTheDocumentsOrderFilledForTheAddress() throws IOException {
    AccountSettings settings =
        AccountSettings.of(
            AutoconfigSamplesTest.sample("alternatives-freemail.xml"), "bob@freemail.example");
    assertEquals(
        List.of(
            "IMAP imap.freemail.example:993 IMPLICIT_TLS bob@freemail.example",
            "IMAP imap.freemail.example:143 STARTTLS bob@freemail.example",
            "POP3 pop.freemail.example:995 IMPLICIT_TLS bob@freemail.example",
            "POP3 pop.freemail.example:110 STARTTLS bob@freemail.example"),
        settings.incomingServers().stream().map(AutoconfigSettingsTest::describe).toList());
    MailServer smtp = settings.outgoing().orElseThrow();
    assertEquals(SourceFormat.AUTOCONFIG, smtp.source());
    assertEquals(TransportSecurity.Source.SOCKET_TYPE, smtp.security().source());
    assertEquals(Optional.empty(), smtp.protocol());
  }

  @Test
  void templatesStayWithoutAnAddress() throws IOException {
    MailServer pop =
        AccountSettings.of(AutoconfigSamplesTest.sample("pop3-only-isp.xml"))
            .incoming()
            .orElseThrow();
    assertEquals(Optional.of("%EMAILLOCALPART%"), pop.userName());
  }

  @Test
  void smtpAfterPopIsReceiveBeforeSend() throws IOException {
    MailServer smtp =
        AccountSettings.of(AutoconfigSamplesTest.sample("smtp-after-pop.xml"), "x@oldisp.example")
            .outgoing()
            .orElseThrow();
    assertTrue(smtp.mustReceiveBeforeSending());
    assertEquals(SendingAdvice.RECEIVE_BEFORE_SEND_REQUIRED, smtp.sendingAdvice());
    assertFalse(smtp.requiresAuthentication());
  }

  @Test
  void theUrlTypesAreNotAccountDialogServers() throws IOException {
    AccountSettings settings =
        AccountSettings.of(
            AutoconfigSamplesTest.sample("cloud-suite-exchange-urls.xml"), "a@cloudsuite.example");
    assertEquals(1, settings.incomingServers().size());
    assertTrue(settings.incoming().orElseThrow().requiresAuthentication());
  }

  @Test
  void theSameAdvisoriesAsPoxComeFromTheOneCheck() throws IOException {
    AccountSettings settings =
        AccountSettings.of(AutoconfigSamplesTest.sample("lint-insecure.xml"), "a@careless.example");
    assertEquals(
        List.of(Advisory.STARTTLS_ON_IMPLICIT_TLS_PORT),
        settings.incomingServers().get(0).advisories());
    assertEquals(List.of(Advisory.PLAIN_TEXT), settings.incomingServers().get(1).advisories());
    assertEquals(
        List.of(Advisory.IMPLICIT_TLS_ON_STARTTLS_PORT),
        settings.outgoingServers().get(0).advisories());
    assertEquals(
        List.of(Advisory.UNKNOWN_ENCRYPTION), settings.outgoingServers().get(1).advisories());
  }

  static Stream<String> poxSamples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/samples"))) {
      return files.map(Path::toString).filter(n -> n.endsWith(".xml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("poxSamples")
  void aPoxAnswerAndItsConversionGiveTheSameAccountDialog(String file) throws IOException {
    AutodiscoverDocument pox = Autodiscover.parse(Path.of(file));
    if (pox.kind() != DocumentKind.SETTINGS) {
      return;
    }
    String address = "chris@contoso.example";
    AccountSettings direct = AccountSettings.of(pox);
    AccountSettings viaAutoconfig =
        AccountSettings.of(Conversion.toAutoconfig(pox, address).document(), address);
    List<String> a =
        direct.incomingServers().stream().map(AutoconfigSettingsTest::describe).toList();
    List<String> b =
        viaAutoconfig.incomingServers().stream().map(AutoconfigSettingsTest::describe).toList();
    assertEquals(a.size(), b.size(), file);
    for (int i = 0; i < a.size(); i++) {
      if (!direct.incomingServers().get(i).security().mode().equals(TransportSecurity.Mode.AUTO)
          && direct.incomingServers().get(i).userName().isPresent()) {
        assertEquals(a.get(i), b.get(i), file);
      }
    }
    assertEquals(direct.outgoingServers().size(), viaAutoconfig.outgoingServers().size(), file);
  }
}
