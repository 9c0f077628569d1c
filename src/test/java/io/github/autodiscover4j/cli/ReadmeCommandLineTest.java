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
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code java -jar} command the README shows runs here with the status it states ({@code
 * discover} ones in {@code DiscoverCommandTest}, against loopback servers; {@code serve} ones,
 * which run until stopped, in {@code .ci/run} and {@code ServeCommandIT}), and the first prints
 * what the README says it prints.
 */
class ReadmeCommandLineTest {
  static Stream<ReadmeCommands> fileCommands() throws IOException {
    return ReadmeCommands.all().stream()
        .filter(c -> !c.args().get(0).equals("discover") && !c.args().get(0).equals("serve"));
  }

  private static String[] run(ReadmeCommands c) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path stdin = c.stdin();
    int status =
        Main.run(
            c.args().toArray(String[]::new),
            new ByteArrayInputStream(stdin == null ? new byte[0] : Files.readAllBytes(stdin)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            c.env(),
            false,
            UnaryOperator.identity());
    String o = out.toString(StandardCharsets.UTF_8);
    String e = err.toString(StandardCharsets.UTF_8);
    assertEquals(c.status(), status, c.line() + "\n" + o + e);
    return new String[] {o, e};
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fileCommands")
  void everyReadmeCommandRunsWithItsStatus(ReadmeCommands command) throws IOException {
    String[] output = run(command);
    assertTrue(!output[0].isEmpty() || command.args().contains("--output"), command.line());
  }

  @Test
  void theReadmeHasCommandsOfEveryKind() throws IOException {
    List<String> firstWords =
        ReadmeCommands.all().stream().map(c -> c.args().get(0)).distinct().toList();
    for (String command : List.of("lint", "convert", "discover", "--json", "--xml", "-")) {
      assertTrue(firstWords.contains(command), command + " in " + firstWords);
    }
  }

  @Test
  void theFirstCommandPrintsWhatTheReadmeShows() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String intro = "The first prints the account dialog a mail client would fill in:\n\n```text\n";
    int at = readme.indexOf(intro);
    assertTrue(at > 0);
    String expected =
        readme.substring(at + intro.length(), readme.indexOf("```", at + intro.length()));
    assertEquals(expected, run(ReadmeCommands.all().get(0))[0]);
  }
}
