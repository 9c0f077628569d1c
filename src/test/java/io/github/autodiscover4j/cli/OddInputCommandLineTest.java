package io.github.autodiscover4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The odd-input table of the README's command-line section, row by row: what a user types, the exit
 * status, the exact standard error, and how standard output starts. Nothing here touches the
 * network ({@code discover} fails while parsing).
 */
class OddInputCommandLineTest {
  private static final String POX = "src/test/resources/samples/isp-imap-smtp-smtplast-on.xml";
  private static final String CLI = "src/test/resources/cli/";

  /**
   * One row of the table.
   *
   * @param args what follows {@code autodiscover4j}, split at spaces
   * @param stdin a file piped to standard input, or "" for none
   * @param status the exit status
   * @param stderr standard error exactly, lines joined with \n
   * @param stdout how standard output starts ("" when it stays empty)
   */
  record Row(String name, String args, String stdin, int status, String stderr, String stdout) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Row> table() {
    return List.of(
        new Row(
            "missing file",
            "missing.xml",
            "",
            1,
            "autodiscover4j: missing.xml: No such file or directory",
            ""),
        new Row("a directory", CLI, "", 1, "autodiscover4j: " + CLI + ": Is a directory", ""),
        new Row(
            "an empty file",
            CLI + "empty.xml",
            "",
            1,
            "autodiscover4j: " + CLI + "empty.xml: an empty body, not an Autodiscover document",
            ""),
        new Row(
            "an HTML page",
            CLI + "login-page.html",
            "",
            1,
            "autodiscover4j: "
                + CLI
                + "login-page.html: an HTML page, not an Autodiscover document (line 1, column 1)",
            ""),
        new Row(
            "a JSON body: Autodiscover v2, read as such",
            CLI + "v2-answer.json",
            "",
            0,
            "",
            CLI + "v2-answer.json: AUTODISCOVER_V2 ANSWER\n  protocol: AutodiscoverV1\n"),
        new Row(
            "an HTML page named .json: not a v2 answer",
            CLI + "login-page.json",
            "",
            1,
            "autodiscover4j: "
                + CLI
                + "login-page.json: an HTML page, not an Autodiscover v2 answer (line 1, column 1)",
            ""),
        new Row(
            "standard input",
            "-",
            POX,
            0,
            "",
            "-: SETTINGS\n  user: Alice Example\n  incoming IMAP: imap.example.com port 993"),
        new Row("--help", "--help", "", 0, "", "Usage: autodiscover4j ["),
        new Row("lint --help", "lint --help", "", 0, "", "Usage: autodiscover4j lint ["),
        new Row("convert --help", "convert --help", "", 0, "", "Usage: autodiscover4j convert ["),
        new Row(
            "discover --help", "discover --help", "", 0, "", "Usage: autodiscover4j discover ["),
        new Row(
            "an unknown flag",
            "--frobnicate x.xml",
            "",
            2,
            "autodiscover4j: --frobnicate: unknown option\nTry 'autodiscover4j --help'.",
            ""),
        new Row(
            "an unknown flag of a subcommand",
            "lint --frobnicate x.xml",
            "",
            2,
            "autodiscover4j: --frobnicate: unknown option\nTry 'autodiscover4j lint --help'.",
            ""),
        new Row(
            "a bad number",
            "discover --timeout abc alice@example.com",
            "",
            2,
            "autodiscover4j: --timeout abc: not a duration\nTry 'autodiscover4j discover --help'.",
            ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void oddInput(Row row) throws IOException {
    byte[] in = row.stdin().isEmpty() ? new byte[0] : Files.readAllBytes(Path.of(row.stdin()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int actual =
        Main.run(
            row.args().split(" "),
            new ByteArrayInputStream(in),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            false,
            UnaryOperator.identity());
    String o = out.toString(StandardCharsets.UTF_8);
    String e = err.toString(StandardCharsets.UTF_8);
    assertEquals(row.status(), actual, o + e);
    assertEquals(row.stderr().isEmpty() ? "" : row.stderr() + "\n", e);
    if (row.stdout().isEmpty()) {
      assertEquals("", o);
    } else {
      assertTrue(o.startsWith(row.stdout()), o);
    }
    assertTrue(!e.contains("Exception") && !e.contains("\tat "), "no Java in messages: " + e);
  }

  @Test
  void theReadmeShowsTheSameTable() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (Row row : table()) {
      for (String line : row.stderr().lines().toList()) {
        assertTrue(
            readme.contains("| `" + line + "`")
                || readme.contains("`" + line + "` |")
                || readme.contains("and `" + line + "`"),
            "README's odd-input table lacks " + line);
      }
      String typed = "`autodiscover4j " + row.args();
      assertTrue(readme.contains(typed), "README's odd-input table lacks " + typed);
    }
  }
}
