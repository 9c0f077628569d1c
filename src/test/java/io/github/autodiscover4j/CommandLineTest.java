package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line in the jar: summaries, the canonical rewrite, exit codes. */
class CommandLineTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void summarisesTheAccountDialogAndTheRawProtocolsWithVerbose() {
    assertEquals(0, run("src/test/resources/samples/isp-imap-smtp-smtplast-on.xml"));
    String text = out();
    assertTrue(text.contains(": SETTINGS"), text);
    assertTrue(
        text.contains(
            "  incoming IMAP: imap.example.com port 993, SSL/TLS, user alice@example.com"),
        text);
    assertTrue(
        text.contains(
            "  outgoing SMTP: smtp.example.com port 465, SSL/TLS, user and password of the incoming"
                + " server\n"
                + "    Check for new mail on the incoming server before sending"),
        text);
    assertTrue(!text.contains("protocol IMAP"), "raw protocols only with --verbose: " + text);
    out.reset();
    assertEquals(0, run("--verbose", "src/test/resources/samples/isp-imap-smtp-smtplast-on.xml"));
    text = out();
    assertTrue(
        text.contains(
            "protocol IMAP: imap.example.com port 993, security SSL on, login alice@example.com, SMTPLast off (default)"),
        text);
    assertTrue(
        text.contains(
            "protocol SMTP: smtp.example.com port 465, security SSL on, login alice@example.com, SMTPLast on"),
        text);
  }

  @Test
  void advisoriesAreWarningsAndEndpointsFollowTheAccount() {
    assertEquals(0, run("src/test/resources/samples/isp-plain-text-on-587.xml"));
    String text = out();
    assertTrue(
        text.contains(
            "  outgoing SMTP: mail.example.net port 587, no encryption, user sam@example.net\n"
                + "  warning: outgoing SMTP mail.example.net: the password would travel in plain text"
                + " (PLAIN_TEXT)\n"),
        text);
    assertTrue(
        text.contains("  warning: incoming POP3: no host name: ask the user (NO_HOST)"), text);
    out.reset();
    assertEquals(0, run("src/test/resources/samples/exchange-2016-mapihttp.xml"));
    assertTrue(
        out()
            .startsWith(
                "src/test/resources/samples/exchange-2016-mapihttp.xml: SETTINGS\n"
                    + "  user: Lee Gu <lee.gu@contoso.com>\n"
                    + "  EWS: https://mail.contoso.com/EWS/Exchange.asmx\n"),
        out());
  }

  @Test
  void summarisesRedirectsAndErrors() {
    assertEquals(
        0,
        run(
            "src/test/resources/samples/redirect-addr.xml",
            "src/test/resources/samples/error-response-level-600.xml"));
    String text = out();
    assertTrue(text.contains("redirect to address: bob@fabrikam.com"), text);
    assertTrue(text.contains("error 600: Invalid Request (protocol)"), text);
  }

  @Test
  void printsTheCanonicalRewriteWithXml() {
    assertEquals(0, run("--xml", "src/test/resources/samples/lenient-no-namespace.xml"));
    assertTrue(out().contains("<Response xmlns=\"" + Namespaces.OUTLOOK_RESPONSE + "\">"), out());
  }

  @Test
  void badInputExitsNonZeroWithOneLineReason() {
    assertEquals(1, run("src/test/resources/samples/INDEX.md"));
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, message.strip().lines().count(), message);
    assertTrue(message.contains("INDEX.md: "), message);
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, run());
    assertEquals(2, run("--frobnicate", "x.xml"));
    assertEquals(2, run("--xml", "--json", "x.xml"));
    assertEquals(2, run("lint"));
  }

  @Test
  void lintExitsNonZeroOnErrorsOnly() {
    assertEquals(1, run("lint", "src/test/resources/samples/lint-misconfigured-isp.xml"));
    assertTrue(
        out()
            .contains("lint-misconfigured-isp.xml:16:21 ERROR encryption-tls-on-implicit-tls-port"),
        out());
    out.reset();
    assertEquals(
        0,
        run(
            "lint",
            "src/test/resources/samples/lenient-https-namespaces.xml",
            "src/test/resources/samples/exchange-2016-mapihttp.xml"));
    assertTrue(out().contains("WARNING namespace-variant"), out());
    assertTrue(out().contains("exchange-2016-mapihttp.xml: no findings"), out());
  }
}
