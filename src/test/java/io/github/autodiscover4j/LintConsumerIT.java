package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer that compiles with {@code javac -Xlint:all -Werror} sees no warning from the library:
 * {@code src/it/lint-consumer} is compiled on the class path against the jar, copied alone into a
 * folder as it lies in a local Maven repository, plus its run-time dependencies. javac runs as on
 * the command line (the {@code javac} tool, not the compiler API, which does not read a jar's
 * manifest): a {@code Class-Path} in the manifest, for instance, names jars that are not there and
 * gives one "bad path element" warning each.
 */
class LintConsumerIT {
  @Test
  void aConsumerCompiledWithAllLintWarningsAsErrorsSeesNone(@TempDir Path work) throws Exception {
    Path built = Path.of(System.getProperty("autodiscover4j.jar"));
    Path lib = Path.of(System.getProperty("autodiscover4j.lib"));
    assertTrue(Files.isRegularFile(built), built + " is built by the package phase");
    Path repository = Files.createDirectories(work.resolve("repository"));
    Path jar = Files.copy(built, repository.resolve(built.getFileName()));

    List<String> classPath = new ArrayList<>(List.of(jar.toString()));
    try (Stream<Path> dependencies = Files.list(lib)) {
      dependencies
          .filter(p -> p.toString().endsWith(".jar"))
          .sorted()
          .forEach(p -> classPath.add(p.toString()));
    }
    assertTrue(classPath.size() > 2, "the JAXB API and runtime are in " + lib);

    List<String> javac =
        new ArrayList<>(
            List.of(
                "-Xlint:all",
                "-Werror",
                "--release",
                "17",
                "-d",
                work.resolve("classes").toString(),
                "-cp",
                String.join(File.pathSeparator, classPath)));
    try (Stream<Path> sources = Files.walk(Path.of("src/it/lint-consumer"))) {
      sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> javac.add(p.toString()));
    }
    assertEquals(9, javac.size(), "one consumer source: " + javac);
    StringWriter output = new StringWriter();
    int status;
    try (PrintWriter out = new PrintWriter(output)) {
      status =
          ToolProvider.findFirst("javac").orElseThrow().run(out, out, javac.toArray(new String[0]));
    }
    assertEquals("", output.toString(), "no diagnostic at all");
    assertEquals(0, status, output.toString());
    assertTrue(Files.isRegularFile(work.resolve("classes/lint/Consumer.class")));
  }

  @Test
  void theReadmeListsExactlyTheRunTimeClassPath() throws Exception {
    List<String> listed = new ArrayList<>();
    Matcher row =
        Pattern.compile("(?m)^\\| `([^`/]+\\.jar)` \\|")
            .matcher(Files.readString(Path.of("README.md")));
    while (row.find()) {
      listed.add(row.group(1));
    }
    List<String> copied;
    try (Stream<Path> dependencies =
        Files.list(Path.of(System.getProperty("autodiscover4j.lib")))) {
      // picocli is copied too, for ModulePathCliIT: an optional dependency of the command line
      // alone,
      // not on the library's run-time class path
      copied =
          dependencies
              .map(p -> p.getFileName().toString())
              .filter(name -> !name.startsWith("picocli-"))
              .sorted()
              .toList();
    }
    assertTrue(copied.contains("jaxb-runtime-" + jaxbRuntimeVersion() + ".jar"), copied::toString);
    assertEquals(copied, listed.stream().sorted().toList(), "README's run-time class path table");
  }

  private static String jaxbRuntimeVersion() throws Exception {
    Matcher version =
        Pattern.compile("<jaxb-runtime.version>([^<]+)<")
            .matcher(Files.readString(Path.of("pom.xml")));
    assertTrue(version.find());
    return version.group(1);
  }
}
