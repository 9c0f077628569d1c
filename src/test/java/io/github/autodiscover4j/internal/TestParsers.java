package io.github.autodiscover4j.internal;

/**
 * Which XML parser the library reads through in this test run: Woodstox in the default test run (it
 * is an optional dependency, so on the test class path), the JDK's in the {@code jdk-parser} run,
 * which leaves Woodstox off the class path. Tests of a parser's own wording or position ask here;
 * everything else holds on both.
 */
public final class TestParsers {
  private TestParsers() {}

  /** Whether the library reads through Woodstox. */
  public static boolean woodstox() {
    return Xml.preferred() == Xml.Parser.WOODSTOX;
  }

  /** The one of two expectations that holds for the parser the library reads through. */
  public static <T> T onWoodstoxElse(T woodstox, T jdk) {
    return woodstox() ? woodstox : jdk;
  }
}
