package io.github.autodiscover4j.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the package, read off the compiled classes with the JDK's {@code jdeps}:
 * dependencies run one way (no two top-level classes depend on each other, directly or round a
 * circle), and the procedure, the policy and the request layer stay apart.
 */
class PackageShapeTest {
  private static final String PACKAGE = "io.github.autodiscover4j.discovery.";
  private static final Pattern EDGE =
      Pattern.compile(
          "^\\s+io\\.github\\.autodiscover4j\\.discovery\\.([A-Za-z0-9]+)\\S*\\s+->\\s+"
              + "(\\S+)");

  /** Top-level class of the package → every class (any package) it references. */
  private static Map<String, Set<String>> dependencies() throws Exception {
    Path classes =
        Path.of(Procedure.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> args = new ArrayList<>(List.of("-verbose:class", "-filter:none"));
    try (Stream<Path> files = Files.list(classes.resolve("io/github/autodiscover4j/discovery"))) {
      files.filter(f -> f.toString().endsWith(".class")).forEach(f -> args.add(f.toString()));
    }
    StringWriter out = new StringWriter();
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    int status =
        jdeps.run(
            new PrintWriter(out), new PrintWriter(new StringWriter()), args.toArray(String[]::new));
    assertEquals(0, status, out.toString());
    Map<String, Set<String>> edges = new TreeMap<>();
    for (String line : out.toString().split("\n")) {
      Matcher m = EDGE.matcher(line);
      if (m.find()) {
        String to = m.group(2);
        if (to.startsWith(PACKAGE)) {
          to = to.substring(PACKAGE.length()).replaceFirst("\\$.*", "");
        }
        if (!to.equals(m.group(1))) {
          edges.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(to);
        }
      }
    }
    return edges;
  }

  @Test
  void dependenciesRunOneWay() throws Exception {
    Map<String, Set<String>> edges = dependencies();
    assertTrue(edges.containsKey("Procedure"), edges.toString());
    List<List<String>> cycles = new ArrayList<>();
    for (String start : edges.keySet()) {
      // every class reachable from start that reaches start again is on a cycle with it
      Set<String> reachable = reachable(edges, start);
      for (String other : reachable) {
        if (other.compareTo(start) > 0 && reachable(edges, other).contains(start)) {
          cycles.add(List.of(start, other));
        }
      }
    }
    assertEquals(List.of(), cycles, "classes that depend on each other");
  }

  @Test
  void theProcedurePolicyAndRequestLayerStayApart() throws Exception {
    Map<String, Set<String>> edges = dependencies();
    // the procedure sends nothing itself and decides no trust itself
    assertTrue(
        !edges.get("Procedure").contains("java.net.http.HttpClient"),
        edges.get("Procedure").toString());
    assertTrue(edges.get("Procedure").stream().noneMatch(c -> c.startsWith("javax.naming")));
    // the request layer knows nothing of policy, state or the procedure
    for (String layer : List.of("Transport", "SrvLookup")) {
      for (String policy :
          List.of("TrustPolicy", "TrustCallback", "LookupState", "Procedure", "Credentials")) {
        assertTrue(!edges.get(layer).contains(policy), layer + " -> " + policy);
      }
    }
    // the policy sends nothing
    assertTrue(edges.get("TrustPolicy").stream().noneMatch(c -> c.startsWith("java.net.http")));
    assertTrue(!edges.get("TrustPolicy").contains("Transport"));
  }

  private static Set<String> reachable(Map<String, Set<String>> edges, String from) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(edges.getOrDefault(from, Set.of()));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(edges.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }
}
