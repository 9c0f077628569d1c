package io.github.autodiscover4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The responder's room, read off the compiled classes with {@code jdeps}: it builds on the front
 * doors and the conversion only (never on discovery or the command line), and the Servlet API,
 * optional for the library, is touched by the servlet package alone, so that a program without it
 * can use everything else.
 */
class ServerPackageShapeTest {
  private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)");

  /** Every class (any package) the classes of one package reference. */
  private static Set<String> references(String pkg) throws Exception {
    Path classes =
        Path.of(Responder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> args = new ArrayList<>(List.of("-verbose:class", "-filter:none"));
    try (Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', '/')))) {
      files.filter(f -> f.toString().endsWith(".class")).forEach(f -> args.add(f.toString()));
    }
    StringWriter out = new StringWriter();
    int status =
        ToolProvider.findFirst("jdeps")
            .orElseThrow()
            .run(
                new PrintWriter(out),
                new PrintWriter(new StringWriter()),
                args.toArray(String[]::new));
    assertEquals(0, status, out.toString());
    Set<String> to = new TreeSet<>();
    for (String line : out.toString().split("\n")) {
      Matcher m = EDGE.matcher(line);
      if (m.find() && m.group(1).startsWith(pkg + ".")) {
        to.add(m.group(2));
      }
    }
    return to;
  }

  @Test
  void theResponderNeedsNoServletAPIAndNoDiscovery() throws Exception {
    Set<String> to = references("io.github.autodiscover4j.server");
    assertTrue(to.contains("io.github.autodiscover4j.convert.Conversion"), to.toString());
    for (String forbidden :
        List.of(
            "jakarta.servlet.",
            "io.github.autodiscover4j.discovery.",
            "io.github.autodiscover4j.cli.",
            "io.github.autodiscover4j.internal.")) {
      assertEquals(
          List.of(),
          to.stream().filter(c -> c.startsWith(forbidden)).toList(),
          "the server package references " + forbidden);
    }
  }

  @Test
  void theServletAdapterIsAnAdapterOnly() throws Exception {
    Set<String> to = references("io.github.autodiscover4j.server.servlet");
    assertTrue(to.contains("jakarta.servlet.http.HttpServlet"), to.toString());
    assertEquals(
        List.of(),
        to.stream()
            .filter(c -> c.startsWith("io.github.autodiscover4j."))
            .filter(c -> !c.startsWith("io.github.autodiscover4j.server."))
            .toList(),
        "the servlet adapter goes through the responder alone");
  }
}
