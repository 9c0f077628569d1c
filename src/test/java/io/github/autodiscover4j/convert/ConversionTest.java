package io.github.autodiscover4j.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.DocumentKind;
import io.github.autodiscover4j.autoconfig.ServerView;
import io.github.autodiscover4j.autoconfig.SocketType;
import io.github.autodiscover4j.settings.AccountSettings;
import io.github.autodiscover4j.settings.MailServer;
import io.github.autodiscover4j.settings.TransportSecurity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conversion both ways on every sample of either format: a round trip through the other format
 * keeps every server, port, transport security and user name, and the loss report names exactly
 * what was dropped.
 */
class ConversionTest {
  private static final Path POX = Path.of("src/test/resources/samples");
  private static final Path AUTOCONFIG = Path.of("src/test/resources/samples/autoconfig");
  private static final String FALLBACK_ADDRESS = "chris@contoso.example";

  static Stream<String> poxSamples() throws IOException {
    try (Stream<Path> files = Files.list(POX)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".xml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  static Stream<String> autoconfigSamples() throws IOException {
    try (Stream<Path> files = Files.list(AUTOCONFIG)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".xml") && !n.startsWith("html-"))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static String address(AutodiscoverDocument pox) {
    return pox.outlookResponse()
        .map(r -> r.getUser() == null ? null : r.getUser().getAutoDiscoverSMTPAddress())
        .filter(s -> !s.isBlank())
        .map(String::strip)
        .orElse(FALLBACK_ADDRESS);
  }

  /** host, port, security and user name of one server, as a client would use it. */
  private static String describe(MailServer s, String address, List<ConversionLoss> losses) {
    TransportSecurity.Mode mode = s.security().mode();
    boolean auto = mode == TransportSecurity.Mode.AUTO;
    return s.type().value()
        + " "
        + s.host().orElse("?")
        + ":"
        + s.port()
        + " "
        + (auto ? "(auto)" : mode)
        + " "
        + s.userName().orElse(address);
  }

  private static List<String> servers(AutodiscoverDocument pox, String address) {
    List<String> out = new ArrayList<>();
    AccountSettings settings = AccountSettings.of(pox);
    for (MailServer s : settings.incomingServers()) {
      out.add(describe(s, address, List.of()));
    }
    for (MailServer s : settings.outgoingServers()) {
      out.add(describe(s, address, List.of()));
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("poxSamples")
  void everyPoxSampleGoesToAutoconfigAndBackWithItsServersIntact(String name) throws IOException {
    AutodiscoverDocument pox = Autodiscover.parse(POX.resolve(name));
    String address = address(pox);
    Converted<AutoconfigDocument> ac = Conversion.toAutoconfig(pox, address);
    // the converted document is itself a readable autoconfig document
    AutoconfigDocument reread = Autoconfig.parse(Autoconfig.toXml(ac.document()));
    assertEquals(ac.document().root(), reread.root());
    if (pox.kind() != DocumentKind.SETTINGS) {
      if (pox.kind() != DocumentKind.MOBILE_SYNC_SETTINGS) {
        assertEquals(ConversionLoss.Kind.NOT_CONVERTIBLE, ac.losses().get(0).kind(), name);
      }
      return;
    }
    Converted<AutodiscoverDocument> back = Conversion.toPox(ac.document(), address);
    List<String> before = servers(pox, address);
    List<String> after = servers(back.document(), address);
    assertEquals(before.size(), after.size(), name + ": " + before + " / " + after);
    for (int i = 0; i < before.size(); i++) {
      String b = before.get(i);
      String a = after.get(i);
      if (b.contains("(auto)")) {
        // Encryption Auto has no socketType: reported, and the port's convention is written
        assertTrue(
            ac.losses().stream().anyMatch(l -> l.path().endsWith("/Encryption")),
            name + " " + ac.losses());
        assertEquals(b.replaceAll(" \\(auto\\) ", " "), a.replaceAll(" [A-Z_]+ (?=\\S+$)", " "));
      } else {
        assertEquals(b, a, name);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("autoconfigSamples")
  void everyAutoconfigSampleGoesToPoxAndBackWithItsServersIntact(String name) throws IOException {
    AutoconfigDocument ac = Autoconfig.parse(AUTOCONFIG.resolve(name));
    String address =
        "alice@"
            + ac.domains().stream()
                .findFirst()
                .orElse("example.com")
                .replace("%EMAILDOMAIN%", "hosted.example");
    Converted<AutodiscoverDocument> pox = Conversion.toPox(ac, address);
    Converted<AutoconfigDocument> back = Conversion.toAutoconfig(pox.document(), address);
    AutoconfigDocument filledBefore = ac.filledFor(address);
    AutoconfigDocument filledAfter = back.document().filledFor(address);
    assertSameServers(name, filledBefore.incomingServers(), filledAfter.incomingServers(), pox);
    assertSameServers(name, filledBefore.outgoingServers(), filledAfter.outgoingServers(), pox);
    for (ServerView s : filledBefore.incomingServers()) {
      if (s.type().equals("ews")) {
        assertTrue(
            filledAfter.incomingServers().stream()
                .anyMatch(t -> t.type().equals("ews") && t.url().equals(s.url())),
            name);
      }
    }
  }

  /**
   * The IMAP, POP3 and SMTP servers match one for one; a junk port or an unknown socket type, which
   * POX cannot carry, must be in the loss report instead.
   */
  private static void assertSameServers(
      String name, List<ServerView> before, List<ServerView> after, Converted<?> pox) {
    List<ServerView> b = hostServers(before);
    List<ServerView> a = hostServers(after);
    assertEquals(b.size(), a.size(), name + ": " + b + " / " + a);
    for (int i = 0; i < b.size(); i++) {
      ServerView x = b.get(i);
      ServerView y = a.get(i);
      String where = name + " " + x.path();
      assertEquals(x.type(), y.type(), where);
      assertEquals(x.hostname(), y.hostname(), where);
      assertEquals(x.username(), y.username(), where);
      if (x.port().isPresent()) {
        assertEquals(x.port(), y.port(), where);
      } else {
        assertTrue(lossAt(pox, x.path() + "/port"), where + " " + pox.losses());
      }
      if (x.socketType() != SocketType.UNKNOWN) {
        assertEquals(x.socketType(), y.socketType(), where);
      } else {
        assertTrue(lossAt(pox, x.path() + "/socketType"), where + " " + pox.losses());
      }
    }
  }

  private static boolean lossAt(Converted<?> result, String path) {
    return result.losses().stream().anyMatch(l -> l.path().equals(path));
  }

  /** IMAP, POP3 and SMTP servers as host, port, socket type and user name. */
  private static List<ServerView> hostServers(List<ServerView> servers) {
    return servers.stream()
        .filter(s -> List.of("imap", "pop3", "smtp").contains(s.type()))
        .toList();
  }

  @Test
  void exchangeSettingsNameWhatAutoconfigCannotHold() throws IOException {
    AutodiscoverDocument pox = Autodiscover.parse(POX.resolve("exchange-2010-settings.xml"));
    Converted<AutoconfigDocument> ac = Conversion.toAutoconfig(pox);
    List<String> lost = ac.losses().stream().map(ConversionLoss::toString).toList();
    assertFalse(ac.isLossless());
    assertTrue(lost.stream().anyMatch(l -> l.contains("/TTL")), lost.toString());
    assertTrue(lost.stream().anyMatch(l -> l.contains("/EcpUrl")), lost.toString());
    ServerView ews =
        ac.document().incomingServers().stream()
            .filter(s -> s.type().equals("ews"))
            .findFirst()
            .orElseThrow();
    assertTrue(ews.url().orElseThrow().endsWith("/EWS/Exchange.asmx"), ews.toString());
  }

  @Test
  void smtpLastOnBecomesSmtpAfterPopAndBack() throws IOException {
    AutodiscoverDocument pox = Autodiscover.parse(POX.resolve("isp-imap-smtp-smtplast-on.xml"));
    Converted<AutoconfigDocument> ac = Conversion.toAutoconfig(pox);
    ServerView smtp = ac.document().outgoingServers().get(0);
    assertEquals(
        io.github.autodiscover4j.autoconfig.AutoconfigAuthentication.SMTP_AFTER_POP,
        smtp.authentication().get(0));
    AutodiscoverDocument back = Conversion.toPox(ac.document(), address(pox)).document();
    assertTrue(AccountSettings.of(back).outgoing().orElseThrow().mustReceiveBeforeSending());
  }

  @Test
  void bigWebmailLosesExactlyItsOAuth2AndProviderDetails() throws IOException {
    AutoconfigDocument ac = Autoconfig.parse(AUTOCONFIG.resolve("bigmail-oauth2.xml"));
    Converted<AutodiscoverDocument> pox = Conversion.toPox(ac, "alice@bigmail.example");
    assertEquals(
        List.of(
            "NO_EQUIVALENT clientConfig/oAuth2",
            "NO_EQUIVALENT clientConfig/@version",
            "NO_EQUIVALENT clientConfig/emailProvider[1]/domain",
            "NO_EQUIVALENT clientConfig/emailProvider[1]/displayName",
            "NO_EQUIVALENT clientConfig/emailProvider[1]/displayShortName",
            "NO_EQUIVALENT clientConfig/emailProvider[1]/documentation",
            "NO_EQUIVALENT clientConfig/emailProvider[1]/@id",
            "NO_EQUIVALENT clientConfig/emailProvider[1]/incomingServer[1]/authentication[1]",
            "NO_EQUIVALENT clientConfig/emailProvider[1]/incomingServer[2]/authentication[1]",
            "NO_EQUIVALENT clientConfig/emailProvider[1]/incomingServer[2]/pop3",
            "NO_EQUIVALENT clientConfig/emailProvider[1]/outgoingServer[1]/authentication[1]"),
        pox.losses().stream().map(l -> l.kind() + " " + l.path()).toList());
  }
}
