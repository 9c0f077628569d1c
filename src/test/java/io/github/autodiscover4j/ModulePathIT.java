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
 * The built jar works as a named module: a small consumer module ({@code src/it/module-consumer})
 * is compiled against the jar and its dependencies on the module path, then run as a module. Proves
 * the module descriptor exports what a client needs and opens enough for JAXB, with nothing on the
 * class path.
 */
class ModulePathIT {
  @Test
  void aConsumerModuleCompilesAndRunsAgainstTheJar(@TempDir Path work) throws Exception {
    Path jar = Path.of(System.getProperty("autodiscover4j.jar"));
    Path lib = Path.of(System.getProperty("autodiscover4j.lib"));
    assertTrue(Files.isRegularFile(jar), jar + " is built by the package phase");
    String modulePath = jar + File.pathSeparator + lib;

    Path classes = work.resolve("classes");
    List<String> javac =
        new ArrayList<>(List.of("-d", classes.toString(), "--module-path", modulePath));
    try (Stream<Path> sources = Files.walk(Path.of("src/it/module-consumer"))) {
      sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> javac.add(p.toString()));
    }
    int compiled =
        ToolProvider.findFirst("javac")
            .orElseThrow()
            .run(System.out, System.err, javac.toArray(new String[0]));
    assertEquals(0, compiled, "the consumer compiles against the exported packages");

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "--module-path",
                classes + File.pathSeparator + modulePath,
                "-m",
                "consumer/consumer.Main",
                "src/test/resources/samples/lenient-unknown-elements.xml")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    assertTrue(output.startsWith("SETTINGS\nIMAP imap.example.org:993\nOFF\n<?xml"), output);
    assertTrue(output.contains("<EMailAddress>alice@example.com</EMailAddress>"), output);
    assertTrue(
        output.contains("autoconfig imap:993 SSL, 1 unknown, converted 1 protocol\n"), output);
    assertTrue(output.endsWith("1 unknown\npublic suffix refused\n"), output);
  }
}
