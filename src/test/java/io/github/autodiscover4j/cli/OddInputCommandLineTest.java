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
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The odd-input table of the README's command-line section, row by row: what a user types, the exit
 * status, the exact standard error, and how standard output starts. Nothing here touches the
 * network ({@code discover} fails while parsing).
 */
class OddInputCommandLineTest {
  private static final String POX = "src/test/resources/samples/isp-imap-smtp-smtplast-on.xml";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          missing file      | missing.xml                         |     | 1 | autodiscover4j: missing.xml: No such file or directory                                                             |
          a directory       | src/test/resources/cli/             |     | 1 | autodiscover4j: src/test/resources/cli/: Is a directory                                                            |
          an empty file     | src/test/resources/cli/empty.xml    |     | 1 | autodiscover4j: src/test/resources/cli/empty.xml: an empty body, not an Autodiscover document                        |
          an HTML page      | src/test/resources/cli/login-page.html |  | 1 | autodiscover4j: src/test/resources/cli/login-page.html: an HTML page, not an Autodiscover document (line 1, column 1) |
          a JSON body       | src/test/resources/cli/v2-answer.json |   | 1 | autodiscover4j: src/test/resources/cli/v2-answer.json: a JSON body, not an Autodiscover document (line 1, column 1)   |
          standard input    | -                                   | POX | 0 |                                                                                                                    | "-: SETTINGS\n  user: Alice Example\n  incoming IMAP: imap.example.com port 993"
          --help            | --help                              |     | 0 |                                                                                                                    | Usage: autodiscover4j [
          lint --help       | lint --help                         |     | 0 |                                                                                                                    | Usage: autodiscover4j lint [
          convert --help    | convert --help                      |     | 0 |                                                                                                                    | Usage: autodiscover4j convert [
          discover --help   | discover --help                     |     | 0 |                                                                                                                    | Usage: autodiscover4j discover [
          an unknown flag   | --frobnicate x.xml                  |     | 2 | "autodiscover4j: --frobnicate: unknown option\nTry 'autodiscover4j --help'."                                         |
          lint unknown flag | lint --frobnicate x.xml             |     | 2 | "autodiscover4j: --frobnicate: unknown option\nTry 'autodiscover4j lint --help'."                                    |
          a bad number      | discover --timeout abc alice@example.com | | 2 | "autodiscover4j: --timeout abc: not a duration\nTry 'autodiscover4j discover --help'."                          |
          """)
  void oddInput(
      String name, String args, String stdin, int status, String stderr, String stdoutStart)
      throws IOException {
    byte[] in = stdin == null ? new byte[0] : Files.readAllBytes(Path.of(POX));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int actual =
        Main.run(
            args.split(" "),
            new ByteArrayInputStream(in),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            false,
            UnaryOperator.identity());
    String o = out.toString(StandardCharsets.UTF_8);
    String e = err.toString(StandardCharsets.UTF_8);
    assertEquals(status, actual, name + ": " + o + e);
    assertEquals(stderr == null ? "" : stderr.replace("\\n", "\n") + "\n", e, name);
    if (stdoutStart != null) {
      assertTrue(o.startsWith(stdoutStart.replace("\\n", "\n")), name + ": " + o);
    } else {
      assertEquals("", o, name);
    }
    assertTrue(!e.contains("Exception") && !e.contains("\tat "), "no Java in messages: " + e);
  }
}
