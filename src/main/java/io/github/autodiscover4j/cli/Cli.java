package io.github.autodiscover4j.cli;

import io.github.autodiscover4j.discovery.AutodiscoverClient;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What one run of the command line works with: its streams, its environment, whether it may colour
 * its output, and (for tests) how discovery's client is wired.
 *
 * @param in standard input, read for the FILE {@code -}
 * @param out standard output
 * @param err standard error
 * @param env the environment (credentials, {@code NO_COLOR})
 * @param terminal whether standard output is a terminal ({@code System.console() != null})
 * @param wiring adjusts discovery's client builder before the options apply
 */
record Cli(
    InputStream in,
    PrintStream out,
    PrintStream err,
    Map<String, String> env,
    boolean terminal,
    UnaryOperator<AutodiscoverClient.Builder> wiring) {
  /** The program's name in messages. */
  static final String NAME = "autodiscover4j";

  /** Success. */
  static final int OK = 0;

  /** An input problem: a file that cannot be read, an error finding, no settings found. */
  static final int INPUT = 1;

  /** A usage error: an unknown option, a missing argument, a bad value. */
  static final int USAGE = 2;

  /**
   * Whether to colour: only on a terminal, and never with {@code NO_COLOR} set (to anything, the
   * empty string included).
   */
  boolean colour() {
    return terminal && !env.containsKey("NO_COLOR");
  }

  /** Prints {@code autodiscover4j: WHAT: REASON} on standard error, control characters removed. */
  void error(String what, String reason) {
    err.println(Terminal.clean(NAME + ": " + what + ": " + reason));
  }

  /** Text in red (errors), when colouring. */
  String red(String text) {
    return colour() ? "\u001b[31m" + text + "\u001b[0m" : text;
  }

  /** Text in yellow (warnings), when colouring. */
  String yellow(String text) {
    return colour() ? "\u001b[33m" + text + "\u001b[0m" : text;
  }

  /** Text in bold (headings), when colouring. */
  String bold(String text) {
    return colour() ? "\u001b[1m" + text + "\u001b[0m" : text;
  }
}
