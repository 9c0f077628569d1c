package io.github.autodiscover4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.discovery.Answers;
import io.github.autodiscover4j.discovery.DiscoveryTestBase;
import io.github.autodiscover4j.discovery.LoopbackNet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code discover ADDRESS}: credentials from the environment, --trust, the attempt chain and the
 * summary.
 */
class DiscoverCommandTest extends DiscoveryTestBase {
  private static final String EVIL = "https://evil.test/autodiscover/autodiscover.xml";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int discover(Map<String, String> env, String... args) {
    return DiscoverCommand.run(
        args,
        env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        net.wiring());
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheAttemptChainAndTheSettingsWithCredentialsFromTheEnvironment() {
    net.on(
        ROOT, LoopbackNet.redirect(302, "https://mail.example.com/autodiscover/autodiscover.xml"));
    net.on(
        "https://mail.example.com/autodiscover/autodiscover.xml",
        LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.example.com"))));
    int status = discover(Map.of("AUTODISCOVER4J_PASSWORD", "secret"), "alice@example.com");
    assertEquals(0, status, err());
    String text = out();
    // the engine runs its sources at once, so POX's attempts are numbered among the others'
    assertTrue(text.contains(". POST " + ROOT + " -> 302 HTTP_REDIRECT"), text);
    assertTrue(
        text.contains(
            ". POST https://mail.example.com/autodiscover/autodiscover.xml -> 200 SETTINGS"),
        text);
    assertTrue(text.contains("credentials BASIC"), text);
    assertTrue(
        text.contains(
            "answered by POX https://mail.example.com/autodiscover/autodiscover.xml (trust DOMAIN)"
                + " for alice@example.com, valid until"),
        text);
    assertTrue(
        text.contains(
            "  IMAP imap.example.com:993 IMPLICIT_TLS user alice from POX"
                + " https://mail.example.com/autodiscover/autodiscover.xml (trust DOMAIN)"),
        text);
    assertTrue(
        text.contains("incoming IMAP: imap.example.com port 993, SSL/TLS, user alice"), text);
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("alice@example.com:secret".getBytes(StandardCharsets.UTF_8));
    assertEquals(expected, net.requests("mail.example.com").get(1).authorization());
  }

  @Test
  void theReadmesDiscoverCommandsRun() throws java.io.IOException {
    net.on(ROOT, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.example.com"))));
    int ran = 0;
    for (ReadmeCommands c : ReadmeCommands.all()) {
      if (!c.args().get(0).equals("discover")) {
        continue;
      }
      out.reset();
      List<String> args = c.args().subList(1, c.args().size());
      assertEquals(c.status(), discover(c.env(), args.toArray(String[]::new)), c.line() + err());
      assertTrue(out().contains("incoming IMAP: imap.example.com port 993"), out());
      ran++;
    }
    assertTrue(ran > 0, "the README shows discover");
  }

  @Test
  void anUntrustedRedirectIsRefusedUnlessTrusted() {
    net.on(ROOT, LoopbackNet.xml(Answers.redirectUrl(EVIL)));
    net.on(EVIL, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.evil.test"))));
    assertEquals(
        1,
        discover(
            Map.of("AUTODISCOVER4J_TOKEN", "t0ken"),
            "--no-http-probe",
            "--no-srv",
            "alice@example.com"));
    assertTrue(
        out().contains("not trusted, so not contacted: evil.test (allow one with --trust HOST)"),
        out());
    assertTrue(err().contains("no settings found for alice@example.com"), err());
    assertTrue(net.requests("evil.test").isEmpty());

    assertEquals(
        0,
        discover(
            Map.of("AUTODISCOVER4J_TOKEN", "t0ken"), "--trust", "evil.test", "alice@example.com"));
    assertEquals("Bearer t0ken", net.requests("evil.test").get(1).authorization());
  }

  @Test
  void withoutCredentialsNothingIsSent() {
    net.on(ROOT, LoopbackNet.xml(Answers.settings("imap.example.com")));
    assertEquals(0, discover(Map.of(), "alice@example.com"));
    assertNull(net.requests().get(net.requests().size() - 1).authorization());
  }

  @Test
  void credentialsAreNeverTakenFromTheCommandLine() {
    assertEquals(2, discover(Map.of(), "--password", "secret", "alice@example.com"));
    assertTrue(err().contains("never from the command line"), err());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, discover(Map.of()));
    assertEquals(2, discover(Map.of(), "--timeout", "soon", "alice@example.com"));
    assertEquals(2, discover(Map.of(), "alice@com"));
    assertEquals(
        2,
        discover(
            Map.of("AUTODISCOVER4J_PASSWORD", "a", "AUTODISCOVER4J_TOKEN", "b"),
            "alice@example.com"));
  }

  @Test
  void mainHandsDiscoverToTheCommand() {
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertEquals(2, Main.run(new String[] {"discover"}, o, e)); // fails before any network use
    assertEquals(
        "autodiscover4j: no ADDRESS given\nTry 'autodiscover4j discover --help'.\n", err());
    assertEquals(0, Main.run(new String[] {"--help"}, o, e));
    assertTrue(out().contains("  discover  "), out());
  }

  @Test
  void finding6_controlCharactersFromAServerAreStrippedBeforePrinting() {
    // an escape sequence in a Location (sets the window title, clears the screen) and C1 controls
    // in the error message a server sends (XML can carry U+0080..U+009F)
    net.on(
        ROOT,
        LoopbackNet.redirect(
            302, "https://example.com/\u001b]0;pwned\u0007\u001b[2J/autodiscover.xml"));
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.error(500, "bad\u009b2J\u0085mailbox\u009d")));
    assertEquals(1, discover(Map.of(), "--no-http-probe", "--no-srv", "alice@example.com"));
    String all = out() + err();
    assertTrue(all.contains("bad2Jmailbox") || all.contains("bad"), all);
    for (char c : all.toCharArray()) {
      assertTrue(
          c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f)),
          "control character U+" + Integer.toHexString(c) + " printed: " + all);
    }
    assertTrue(!all.contains("[2J"), all);
  }

  @Test
  void finding10_aHugeTimeoutIsAccepted() {
    net.on(ROOT, LoopbackNet.xml(Answers.settings("imap.example.com")));
    assertEquals(0, discover(Map.of(), "--timeout", "9300000000", "alice@example.com"), err());
  }

  @Test
  void finding5_aTokenWithALineBreakIsNeverPrinted() {
    net.on(ROOT, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.example.com"))));
    int status =
        discover(
            Map.of("AUTODISCOVER4J_TOKEN", "abc\r\nX-Stolen: the-secret-part"),
            "--no-http-probe",
            "--no-srv",
            "alice@example.com");
    assertEquals(1, status);
    assertTrue(!(out() + err()).contains("secret-part"), out() + err());
  }

  @Test
  void aCompanyCaIsTrustedFromATrustStore() throws Exception {
    net.on(ROOT, LoopbackNet.xml(Answers.settings("imap.example.com")));
    java.nio.file.Path store = java.nio.file.Files.createTempFile("company-ca", ".p12");
    try {
      io.github.autodiscover4j.discovery.TestCertificates.writeTrustStore(
          store, "changeit".toCharArray());
      // without the store, the JDK's default trust store does not know the test CA
      assertEquals(
          1, discoverUnwired(Map.of(), "--no-http-probe", "--no-srv", "alice@example.com"));
      assertTrue(out().contains("TLS_FAILURE"), out());
      assertEquals(
          0,
          discoverUnwired(
              Map.of("AUTODISCOVER4J_TRUST_STORE_PASSWORD", "changeit"),
              "--trust-store",
              store.toString(),
              "alice@example.com"),
          err());
      assertEquals(
          2,
          discoverUnwired(
              Map.of("AUTODISCOVER4J_TRUST_STORE_PASSWORD", "wrong"),
              "--trust-store",
              store.toString(),
              "alice@example.com"));
      assertTrue(!err().contains("changeit") && !err().contains("wrong"), err());
    } finally {
      java.nio.file.Files.deleteIfExists(store);
    }
  }

  @Test
  void theWinnerIsPrintedWithTheSourceAndTrustOfEveryServerThenTheAlternatives() {
    net.on(
        "https://autoconfig.example.com/mail/config-v1.1.xml",
        LoopbackNet.xml(Answers.autoconfig("imap.example.com", "smtp.example.com")));
    net.on(ROOT, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("pox.example.com"))));
    int status = discover(Map.of("AUTODISCOVER4J_PASSWORD", "secret"), "alice@example.com");
    assertEquals(0, status, err());
    String text = out();
    assertTrue(
        text.contains(
            "answered by AUTOCONFIG"
                + " https://autoconfig.example.com/mail/config-v1.1.xml?emailaddress=alice%40example.com"
                + " (trust DOMAIN) for alice@example.com\n"),
        text);
    assertTrue(
        text.contains(
            "  IMAP imap.example.com:993 IMPLICIT_TLS user alice@example.com from AUTOCONFIG"),
        text);
    assertTrue(
        text.contains(
            "  SMTP smtp.example.com:587 STARTTLS user alice@example.com from AUTOCONFIG"),
        text);
    assertTrue(
        text.contains(
            "alternatives:\n  POX https://example.com/autodiscover/autodiscover.xml (trust DOMAIN):"
                + " 1 incoming, 0 outgoing\n    IMAP pox.example.com:993"),
        text);
    assertEquals("", err(), "nothing on standard error without --verbose");
  }

  @Test
  void sourcesChooseAndVerboseReportsEachAttemptOnStandardError() {
    net.on(
        "https://autoconfig.example.com/mail/config-v1.1.xml",
        LoopbackNet.xml(Answers.autoconfig("imap.example.com", "smtp.example.com")));
    net.on(ROOT, LoopbackNet.xml(Answers.settings("pox.example.com")));
    assertEquals(
        0, discover(Map.of(), "--sources", "pox", "--verbose", "alice@example.com"), err());
    assertTrue(out().contains("answered by POX " + ROOT), out());
    assertTrue(net.requests("autoconfig.example.com").isEmpty(), "autoconfig was not chosen");
    assertTrue(err().contains("attempt: POST " + ROOT + " -> 200 SETTINGS"), "progress: " + err());

    out.reset();
    err.reset();
    assertEquals(0, discover(Map.of(), "--sources", "srv,autoconfig", "alice@example.com"));
    assertTrue(out().contains("answered by AUTOCONFIG "), out());
    assertTrue(!out().contains(". POST "), "POX was not chosen: " + out());

    assertEquals(2, discover(Map.of(), "--sources", "carrier-pigeon", "alice@example.com"));
    assertTrue(err().contains("not a source"), err());
  }

  @Test
  void v2NamesThePoxUrlAndTheConsentIsPrinted() {
    String v2 =
        "https://autodiscover.example.com/autodiscover/autodiscover.json/v1.0/alice@example.com";
    net.on(v2, LoopbackNet.json("{\"Protocol\":\"AutodiscoverV1\",\"Url\":\"" + EVIL + "\"}"));
    net.on(EVIL, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("imap.evil.test"))));
    int status =
        discover(
            Map.of("AUTODISCOVER4J_PASSWORD", "secret"),
            "--sources",
            "v2",
            "--trust",
            "evil.test",
            "alice@example.com");
    assertEquals(0, status, err());
    assertTrue(out().contains("answered by AUTODISCOVER_V2 " + EVIL + " (trust ALLOWED)"), out());
    assertTrue(
        out().contains("consented: " + EVIL + " (V2_URL, named by " + v2 + "?Protocol="), out());
    assertTrue(
        net.requests().stream()
            .noneMatch(r -> r.method().equals("GET") && r.authorization() != null));
  }

  private int discoverUnwired(Map<String, String> env, String... args) {
    return DiscoverCommand.run(
        args,
        env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        net.wiringWithoutTls());
  }
}
