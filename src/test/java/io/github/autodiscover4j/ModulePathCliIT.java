package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * picocli stays on the command line's side of the module: the command line runs as a module with
 * {@code --add-modules info.picocli} (its option classes opened to picocli alone), and a consumer
 * runs with picocli absent from the module path.
 */
class ModulePathCliIT {
  private static final Path JAR = Path.of(System.getProperty("autodiscover4j.jar"));
  private static final Path LIB = Path.of(System.getProperty("autodiscover4j.lib"));

  private static String java(List<String> args, int status) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(status, process.waitFor(), output);
    return output;
  }

  @Test
  void theCommandLineRunsAsAModule() throws Exception {
    List<String> module =
        List.of(
            "--module-path",
            JAR + File.pathSeparator + LIB,
            "--add-modules", // requires static: resolved only when asked for
            "info.picocli",
            "-m",
            "io.github.autodiscover4j/io.github.autodiscover4j.cli.Main");
    List<String> help = new ArrayList<>(module);
    help.addAll(List.of("lint", "--help"));
    assertTrue(java(help, 0).startsWith("Usage: autodiscover4j lint ["));
    List<String> lint = new ArrayList<>(module);
    lint.addAll(List.of("lint", "--json", "src/test/resources/samples/lint-misconfigured-isp.xml"));
    assertTrue(java(lint, 1).contains("\"rule\": \"encryption-tls-on-implicit-tls-port\""));
  }

  @Test
  void theLibraryRunsWithoutPicocli(@TempDir Path work) throws Exception {
    Path lib = Files.createDirectories(work.resolve("lib"));
    try (Stream<Path> jars = Files.list(LIB)) {
      for (Path jar : jars.toList()) {
        if (!jar.getFileName().toString().startsWith("picocli")) {
          Files.copy(jar, lib.resolve(jar.getFileName()));
        }
      }
    }
    String modulePath = JAR + File.pathSeparator + lib;
    Path classes = work.resolve("classes");
    List<String> javac =
        new ArrayList<>(List.of("-d", classes.toString(), "--module-path", modulePath));
    try (Stream<Path> sources = Files.walk(Path.of("src/it/module-consumer"))) {
      sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> javac.add(p.toString()));
    }
    assertEquals(
        0,
        ToolProvider.findFirst("javac")
            .orElseThrow()
            .run(System.out, System.err, javac.toArray(new String[0])));
    String output =
        java(
            List.of(
                "--module-path",
                classes + File.pathSeparator + modulePath,
                "-m",
                "consumer/consumer.Main",
                "src/test/resources/samples/lenient-unknown-elements.xml"),
            0);
    assertTrue(output.startsWith("SETTINGS\n"), output);
  }
}
