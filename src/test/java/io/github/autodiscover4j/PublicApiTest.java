package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.model.AutodiscoverRoot;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules of the public API that no compiler checks. */
class PublicApiTest {
  private static final Path CLASSES = Path.of("target/classes");

  /**
   * Every public top-level type of the exported packages, by simple name. The generated JAXB
   * registries ({@code ObjectFactory}, one per model package) are the one name XJC cannot vary;
   * they are JAXB's machinery, never named by a user.
   */
  private static Map<String, List<String>> publicTypesBySimpleName()
      throws IOException, ClassNotFoundException {
    Map<String, List<String>> bySimpleName = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(CLASSES.resolve("io/github/autodiscover4j"))) {
      files = walk.filter(p -> p.toString().endsWith(".class")).toList();
    }
    for (Path file : files) {
      String name = CLASSES.relativize(file).toString().replace('/', '.');
      name = name.substring(0, name.length() - ".class".length());
      if (name.contains("$") || name.endsWith("package-info") || name.contains(".internal.")) {
        continue;
      }
      Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
      if (Modifier.isPublic(type.getModifiers()) && !type.getSimpleName().equals("ObjectFactory")) {
        bySimpleName.computeIfAbsent(type.getSimpleName(), k -> new ArrayList<>()).add(name);
      }
    }
    return bySimpleName;
  }

  @Test
  void noTwoPublicTypesShareASimpleName() throws Exception {
    Map<String, List<String>> types = publicTypesBySimpleName();
    assertTrue(types.size() > 60, "found only " + types.keySet());
    List<String> clashes = new ArrayList<>();
    types.forEach(
        (simple, names) -> {
          if (names.size() > 1) {
            clashes.add(simple + " " + names);
          }
        });
    assertEquals(List.of(), clashes);
  }

  @Test
  void theGeneratedRootsAreNamedForWhatTheyAre() throws Exception {
    Map<String, List<String>> types = publicTypesBySimpleName();
    for (String simple :
        List.of(
            "ResponseEnvelope",
            "OutlookRequestEnvelope",
            "MobileSyncRequestEnvelope",
            "OutlookResponse",
            "ProtocolErrorResponse",
            "MobileSyncResponse",
            "ProtocolError",
            "OutlookError",
            "MobileSyncError",
            "OutlookRequest",
            "MobileSyncRequest",
            "OutlookUser",
            "MobileSyncUser")) {
      assertTrue(types.containsKey(simple), simple);
    }
    assertTrue(
        AutodiscoverRoot.class.isAssignableFrom(
            io.github.autodiscover4j.model.envelope.ResponseEnvelope.class));
  }

  @Test
  void theFrontDoorsTakeAndReturnNoObject() {
    for (Class<?> door : List.of(Autodiscover.class, Autoconfig.class)) {
      for (Method m : door.getMethods()) {
        if (m.getDeclaringClass() != door) {
          continue;
        }
        for (Class<?> parameter : m.getParameterTypes()) {
          assertTrue(parameter != Object.class, m.toString());
        }
        assertTrue(m.getReturnType() != Object.class, m.toString());
      }
    }
    for (Class<?> document : List.of(AutodiscoverDocument.class, AutoconfigDocument.class)) {
      for (Method m : document.getMethods()) {
        if (m.getDeclaringClass() == document && !m.getName().equals("equals")) {
          assertTrue(m.getReturnType() != Object.class, m.toString());
        }
      }
    }
  }
}
