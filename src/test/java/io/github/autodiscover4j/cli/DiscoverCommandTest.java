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
    assertTrue(text.contains("  1. POST " + ROOT + " -> 302 HTTP_REDIRECT"), text);
    assertTrue(
        text.contains(
            "  3. POST https://mail.example.com/autodiscover/autodiscover.xml -> 200 SETTINGS"),
        text);
    assertTrue(text.contains("credentials BASIC"), text);
    assertTrue(
        text.contains(
            "answered by https://mail.example.com/autodiscover/autodiscover.xml for alice@example.com, valid until"),
        text);
    assertTrue(
        text.contains("protocol IMAP: imap.example.com port 993, security SSL on, login alice"),
        text);
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("alice@example.com:secret".getBytes(StandardCharsets.UTF_8));
    assertEquals(expected, net.requests("mail.example.com").get(1).authorization());
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
    assertTrue(err().contains("usage: autodiscover4j discover"), err());
    assertEquals(0, Main.run(new String[] {"--help"}, o, e));
    assertTrue(out().contains("autodiscover4j discover"), out());
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

  private int discoverUnwired(Map<String, String> env, String... args) {
    return DiscoverCommand.run(
        args,
        env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        net.wiringWithoutTls());
  }
}
