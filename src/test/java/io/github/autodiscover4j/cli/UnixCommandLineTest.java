package io.github.autodiscover4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.autodiscover4j.Autodiscover;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unix habits and script-friendly output: --version, --, -, --debug, the --json format version and
 * error entries, lint --json and its count, --xml with --output DIR, colour only on a terminal.
 */
class UnixCommandLineTest {
  private static final String S = "src/test/resources/samples/";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private ByteArrayOutputStream out;
  private ByteArrayOutputStream err;
  private byte[] stdin = new byte[0];
  private Map<String, String> env = Map.of();
  private boolean terminal;

  @BeforeEach
  void streams() {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
  }

  private int run(String... args) {
    return Main.run(
        args,
        new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        env,
        terminal,
        UnaryOperator.identity());
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void versionIsTheProjectsOnEveryCommand() throws IOException {
    Matcher m =
        Pattern.compile("<artifactId>autodiscover4j</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(Files.readString(Path.of("pom.xml")));
    assertTrue(m.find());
    assertEquals(0, run("--version"));
    assertEquals("autodiscover4j " + m.group(1) + "\n", out());
    streams();
    assertEquals(0, run("lint", "--version"));
    assertEquals("autodiscover4j " + m.group(1) + "\n", out());
  }

  @Test
  void doubleDashEndsTheOptions() {
    assertEquals(1, run("--", "--json"));
    assertEquals("autodiscover4j: --json: No such file or directory\n", err());
    assertEquals("", out());
  }

  @Test
  void debugAddsTheStackTrace() {
    assertEquals(1, run("--debug", "missing.xml"));
    assertTrue(err().startsWith("autodiscover4j: missing.xml: No such file or directory\n"), err());
    assertTrue(err().contains("NoSuchFileException"), err());
  }

  @Test
  void standardInputWorksForLintToo() throws IOException {
    stdin = Files.readAllBytes(Path.of(S + "exchange-2016-mapihttp.xml"));
    assertEquals(0, run("lint", "-"));
    assertEquals("-: no findings\n1 file, 0 errors, 0 warnings\n", out());
  }

  @Test
  void jsonCarriesTheFormatVersionAndAnEntryForAFileThatCannotBeRead() throws IOException {
    assertEquals(
        1,
        run(
            "--json",
            "missing.xml",
            S + "redirect-addr.xml",
            "src/test/resources/cli/login-page.html"));
    assertEquals("", err());
    JsonNode array = MAPPER.readTree(out());
    assertEquals(3, array.size());
    for (JsonNode entry : array) {
      assertEquals(2, entry.get("formatVersion").asInt());
    }
    JsonNode missing = array.get(0);
    assertEquals(3, missing.size(), "file, formatVersion, error: " + missing);
    assertEquals("missing.xml", missing.get("file").asText());
    assertEquals("NO_SUCH_FILE", missing.get("error").get("kind").asText());
    assertEquals("No such file or directory", missing.get("error").get("message").asText());
    assertTrue(missing.get("error").get("line").isNull());
    assertEquals("pox", array.get(1).get("format").asText());
    JsonNode html = array.get(2).get("error");
    assertEquals("HTML", html.get("kind").asText());
    assertEquals("an HTML page, not an Autodiscover document", html.get("message").asText());
    assertEquals(1, html.get("line").asInt());
    assertEquals(1, html.get("column").asInt());
  }

  @Test
  void lintJsonListsEveryFindingWithItsFix() throws IOException {
    assertEquals(
        1,
        run(
            "lint",
            "--json",
            S + "lint-misconfigured-isp.xml",
            S + "exchange-2016-mapihttp.xml",
            "missing.xml"));
    JsonNode array = MAPPER.readTree(out());
    assertEquals(3, array.size());
    JsonNode first = array.get(0);
    assertEquals(2, first.get("formatVersion").asInt());
    JsonNode finding = first.get("findings").get(1);
    assertEquals("encryption-tls-on-implicit-tls-port", finding.get("rule").asText());
    assertEquals("ERROR", finding.get("severity").asText());
    assertEquals(
        "Autodiscover/Response/Account/Protocol[1]/Encryption", finding.get("path").asText());
    assertEquals(16, finding.get("line").asInt());
    assertEquals(21, finding.get("column").asInt());
    assertTrue(finding.get("message").asText().startsWith("Encryption TLS means STARTTLS"));
    assertEquals("Use <Encryption>SSL</Encryption> on port 993.", finding.get("fix").asText());
    assertEquals(0, array.get(1).get("findings").size());
    assertEquals("NO_SUCH_FILE", array.get(2).get("error").get("kind").asText());
  }

  @Test
  void lintEndsWithACount() {
    assertEquals(
        0, run("lint", S + "lenient-https-namespaces.xml", S + "exchange-2016-mapihttp.xml"));
    assertTrue(out().endsWith("\n2 files, 0 errors, 2 warnings\n"), out());
    streams();
    assertEquals(1, run("lint", S + "lint-misconfigured-isp.xml", "missing.xml"));
    assertTrue(out().endsWith("\n2 files, 3 errors, 4 warnings (1 file not read)\n"), out());
  }

  @Test
  void severalXmlOutputsNeedADirectory(@TempDir Path dir) throws IOException {
    assertEquals(2, run("--xml", S + "redirect-addr.xml", S + "mobilesync-settings.xml"));
    assertEquals(
        "autodiscover4j: --xml takes one FILE; give --output DIR to write one file per input\n"
            + "Try 'autodiscover4j --help'.\n",
        err());
    streams();
    Path target = dir.resolve("out");
    assertEquals(
        0,
        run(
            "--xml",
            "--output",
            target.toString(),
            S + "redirect-addr.xml",
            S + "mobilesync-settings.xml"));
    assertEquals("", out());
    assertEquals(
        "bob@fabrikam.com",
        Autodiscover.parse(target.resolve("redirect-addr.xml")).redirectAddress().orElseThrow());
    assertTrue(Files.isRegularFile(target.resolve("mobilesync-settings.xml")));
    streams();
    assertEquals(
        2, run("--xml", "-o", target.toString(), S + "redirect-addr.xml", S + "redirect-addr.xml"));
    assertTrue(err().contains("would both be redirect-addr.xml"), err());
    streams();
    assertEquals(2, run("--output", target.toString(), S + "redirect-addr.xml"));
    assertTrue(err().startsWith("autodiscover4j: --output DIR goes with --xml\n"), err());
  }

  @Test
  void colourOnlyOnATerminalAndNeverWithNoColor() {
    String[] lint = {"lint", S + "lint-misconfigured-isp.xml"};
    terminal = true;
    run(lint);
    assertTrue(out().contains("\u001b[31mERROR\u001b[0m"), out());
    streams();
    env = Map.of("NO_COLOR", "1");
    run(lint);
    assertFalse(out().contains("\u001b"), out());
    streams();
    env = Map.of("NO_COLOR", "");
    run(lint);
    assertFalse(out().contains("\u001b"), out());
    streams();
    env = Map.of();
    terminal = false;
    run(lint);
    run(S + "lint-misconfigured-isp.xml");
    run("--help");
    assertFalse(out().contains("\u001b"), out());
    assertTrue(out().contains("warning:"), out());
  }

  @Test
  void usageErrorsSayWhatInPlainWords() {
    assertEquals(2, run());
    assertEquals("autodiscover4j: no FILE given\nTry 'autodiscover4j --help'.\n", err());
    streams();
    assertEquals(2, run("--xml", "--json", S + "redirect-addr.xml"));
    assertTrue(err().startsWith("autodiscover4j: choose one of --xml and --json\n"), err());
    streams();
    assertEquals(2, run("convert", S + "redirect-addr.xml"));
    assertTrue(err().startsWith("autodiscover4j: --to autoconfig|pox: required\n"), err());
    streams();
    assertEquals(2, run("discover", "--timeout"));
    assertTrue(err().startsWith("autodiscover4j: --timeout: needs a value\n"), err());
    streams();
    assertEquals(2, run("convert", "--to", "pox", "a.xml", "b.xml"));
    assertTrue(err().startsWith("autodiscover4j: b.xml: unexpected argument\n"), err());
  }
}
