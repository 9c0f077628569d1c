package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one way the README tests find a compiled example in the README: a region of a test source
 * between {@code // README:name:begin} and {@code // README:name:end}, which the README must show
 * verbatim (indentation stripped).
 */
public final class ReadmeRegions {
  private ReadmeRegions() {}

  /**
   * Asserts that README.md shows every region of a source file verbatim.
   *
   * @param source the example's source, relative to the project
   * @return how many regions it has
   * @throws IOException when a file cannot be read
   */
  public static int assertShownInReadme(Path source) throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String text = Files.readString(source);
    int regions = 0;
    for (int at = text.indexOf("// README:"); at >= 0; at = text.indexOf("// README:", at + 1)) {
      String marker = text.substring(at, text.indexOf('\n', at));
      if (!marker.endsWith(":begin")) {
        continue;
      }
      String end = marker.replace(":begin", ":end");
      String example =
          text.substring(text.indexOf('\n', at) + 1, text.lastIndexOf('\n', text.indexOf(end)));
      assertTrue(
          readme.contains(example.stripTrailing().stripIndent()),
          "README.md must contain the example " + marker + " from " + source);
      regions++;
    }
    return regions;
  }
}
