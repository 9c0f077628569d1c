package io.github.autodiscover4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Every {@code java -jar} command in the README's {@code sh} blocks, as arguments for {@link Main}:
 * {@code JAR=...} lines are expanded, {@code NAME='value'} before {@code java} goes to the
 * environment, {@code cat FILE |} to standard input, and a trailing {@code # exit N} is the status
 * the command must end with (0 when there is none).
 */
record ReadmeCommands(
    String line, List<String> args, Map<String, String> env, @Nullable Path stdin, int status) {
  private static final Pattern JAR = Pattern.compile("^(\\w+)=(\\S+)$");
  private static final Pattern EXIT = Pattern.compile("#\\s*exit (\\d)");

  static List<ReadmeCommands> all() throws IOException {
    List<ReadmeCommands> commands = new ArrayList<>();
    Map<String, String> vars = new HashMap<>();
    boolean inSh = false;
    for (String raw : Files.readAllLines(Path.of("README.md"))) {
      String line = raw.strip();
      if (line.startsWith("```")) {
        inSh = line.equals("```sh");
        continue;
      }
      if (!inSh) {
        continue;
      }
      Matcher var = JAR.matcher(line);
      if (var.matches()) {
        vars.put(var.group(1), var.group(2));
        continue;
      }
      int java = line.indexOf("java -jar ");
      if (java < 0) {
        continue;
      }
      String command = line;
      int status = 0;
      int hash = command.indexOf(" #");
      if (hash >= 0) {
        Matcher exit = EXIT.matcher(command.substring(hash));
        status = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
        command = command.substring(0, hash).strip();
      }
      String before = command.substring(0, java).strip();
      Path stdin = null;
      Map<String, String> env = new HashMap<>();
      if (before.startsWith("cat ") && before.endsWith("|")) {
        stdin = Path.of(before.substring(4, before.length() - 1).strip());
      } else if (before.matches("(\\w+='[^']*'\\s*)+")) {
        for (String assignment : before.split("\\s+")) {
          int eq = assignment.indexOf('=');
          env.put(
              assignment.substring(0, eq), assignment.substring(eq + 2, assignment.length() - 1));
        }
      } else if (!before.isEmpty() && !before.endsWith("&&")) {
        throw new IllegalStateException("README command not understood: " + raw);
      }
      List<String> words = new ArrayList<>(Arrays.asList(command.substring(java).split("\\s+")));
      words = words.subList(3, words.size()); // java -jar JAR
      commands.add(new ReadmeCommands(line, List.copyOf(words), Map.copyOf(env), stdin, status));
    }
    return commands;
  }
}
