package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every command README.md and BENCHMARKS.md show is run by {@code .ci/run}, verbatim: the lines of
 * their {@code sh} blocks, and each inline command ({@code mvn -B ...}, {@code java ...}, {@code
 * benchmarks/...}, {@code JAZZER_FUZZ=1 ...}). A command the docs show and CI does not run is a
 * bug. The only exceptions are the templates below, each with the reason it cannot run as written,
 * and the long measurements and campaigns a developer runs by hand ({@code BY_HAND}, with why).
 */
class ReadmeCommandsTest {
  private static final Map<String, String> TEMPLATES =
      Map.of(
          "AUTODISCOVER4J_PASSWORD='...' java -jar target/autodiscover4j-0.1.0-SNAPSHOT-cli.jar"
              + " discover --parallel alice@example.com",
          "needs a real mailbox and its password; DiscoverCommandTest runs discover against loopback"
              + " servers",
          "AUTODISCOVER4J_PASSWORD='...' java -jar target/autodiscover4j-0.1.0-SNAPSHOT-cli.jar"
              + " discover --sources"
              + " autoconfig,mx,v2,pox,srv --verbose alice@example.com",
          "needs a real domain and a password; DiscoverCommandTest runs discover against loopback"
              + " servers",
          "java -XX:ArchiveClassesAtExit=app.jsa -cp app.jar:lib/* com.example.Main sample.xml",
          "a pattern for the reader's own application; .ci/run runs the concrete training run",
          "java -XX:SharedArchiveFile=app.jsa -cp app.jar:lib/* com.example.Main ...",
          "a pattern for the reader's own application; .ci/run runs cold-start.sh with the archive");

  /**
   * Commands the docs show that take longer than CI's budget allows; a developer runs them by hand.
   * Keyed by a part of the command that names it.
   */
  private static final Map<String, String> BY_HAND =
      Map.of(
          "-Ppit", "mutation testing: about 50 minutes on two cores",
          "benchmarks/",
              "the JMH table and cold-start measurements: minutes, and only meaningful quiet",
          "io.github.autodiscover4j.bench.", "the benchmarks' CPU-time table and output check",
          "ArchiveClassesAtExit", "the AppCDS training run of the cold-start measurement");

  private static boolean byHand(String command) {
    return BY_HAND.keySet().stream().anyMatch(command::contains);
  }

  private static final Pattern SH_BLOCK = Pattern.compile("(?ms)^```sh\\n(.*?)^```");
  private static final Pattern INLINE =
      Pattern.compile("`((?:mvn -B |java -|benchmarks/|JAZZER_FUZZ=|\\(cd )[^`]*)`");

  /** The commands a document shows, in order: sh blocks line by line, then inline commands. */
  static List<String> commands(String markdown) {
    Set<String> commands = new LinkedHashSet<>();
    Matcher block = SH_BLOCK.matcher(markdown);
    while (block.find()) {
      String joined = block.group(1).replace("\\\n", " ");
      for (String line : joined.split("\n")) {
        String command = line.strip().replaceAll(" +", " ");
        if (!command.isEmpty() && !command.startsWith("#")) {
          commands.add(command);
        }
      }
    }
    String prose = SH_BLOCK.matcher(markdown).replaceAll("").replace("\n", " ");
    Matcher inline = INLINE.matcher(prose);
    while (inline.find()) {
      String command = inline.group(1).strip();
      if (!isSynopsis(command)) {
        commands.add(command);
      }
    }
    return new ArrayList<>(commands);
  }

  /** A usage line such as {@code java -jar ... [--xml | --json] FILE...}, not a command. */
  private static boolean isSynopsis(String command) {
    return command.endsWith("FILE...") || command.endsWith("ADDRESS");
  }

  private static String ciRun() throws IOException {
    return Files.readString(Path.of(".ci/run")).replace("\\\n", " ").replaceAll(" +", " ");
  }

  @Test
  void everyCommandInTheReadmeAndBenchmarksIsRunByCi() throws IOException {
    String ci = ciRun();
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (String doc : List.of("README.md", "BENCHMARKS.md")) {
      for (String command : commands(Files.readString(Path.of(doc)))) {
        if (TEMPLATES.containsKey(command) || byHand(command)) {
          continue;
        }
        checked++;
        if (!ci.contains(command)) {
          missing.add(doc + ": " + command);
        }
      }
    }
    assertEquals(List.of(), missing, "shown in the docs, not run by .ci/run");
    assertTrue(checked >= 10, "found only " + checked + " commands: is the extraction broken?");
  }

  @Test
  void everyTemplateIsStillInTheDocs() throws IOException {
    List<String> shown = new ArrayList<>(commands(Files.readString(Path.of("README.md"))));
    shown.addAll(commands(Files.readString(Path.of("BENCHMARKS.md"))));
    for (String template : TEMPLATES.keySet()) {
      assertTrue(shown.contains(template), "no longer in the docs, drop it here: " + template);
    }
  }

  @Test
  void theExtractionFindsBlockLinesJoinedLinesAndInlineCommands() {
    String markdown =
        "Run `mvn -B verify` or `mvn verify`; see `java -jar x.jar [--xml] FILE...`.\n"
            + "```sh\n# a comment\nmvn -B -q package \\\n  -DskipTests\n\nbenchmarks/run.sh\n```\n"
            + "```java\nmvn -B never\n```\n";
    assertEquals(
        List.of("mvn -B -q package -DskipTests", "benchmarks/run.sh", "mvn -B verify"),
        commands(markdown));
  }

  @Test
  void ciRunsTheReadmeTestCommandAndComparesTheFirstCommandsOutput() throws IOException {
    String ci = ciRun();
    assertTrue(ci.contains("\nmvn -B verify\n"), "the README's test command, as a command");
    assertTrue(ci.contains("The first prints"), "the first command's output is compared");
    assertFalse(ci.contains("-o "), "CI runs on a fresh clone: never offline");
  }
}
