package io.github.autodiscover4j.cli;

import io.github.autodiscover4j.discovery.AutodiscoverClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * The command line in the jar, parsed by picocli (which only this package uses: the library runs
 * without it).
 *
 * <ul>
 *   <li>{@code autodiscover4j [--xml | --json] [--verbose] [--email ADDRESS] [--output DIR]
 *       FILE...} summarises documents ({@link SummaryCommand});
 *   <li>{@code autodiscover4j lint [--json] FILE...} ({@link LintCommand});
 *   <li>{@code autodiscover4j convert --to autoconfig|pox [--email ADDRESS] FILE} ({@link
 *       ConvertCommand});
 *   <li>{@code autodiscover4j discover [OPTION]... ADDRESS} ({@link DiscoverCommand});
 *   <li>{@code autodiscover4j serve --settings FILE [--bind ADDRESS] [--port N] [--https KEYSTORE]}
 *       ({@link ServeCommand}).
 * </ul>
 *
 * Each has {@code --help}; {@code --version} prints the version; {@code --} ends the options;
 * {@code -} is standard input. Errors are one line, {@code autodiscover4j: WHAT: REASON}, in plain
 * words; {@code --debug} adds the stack trace. Exit status: 0 ok, 1 an input problem (a file that
 * cannot be read, an error finding, no settings found), 2 a usage error.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments ({@code --help} lists them)
   */
  public static void main(String[] args) {
    System.exit(
        run(
            args,
            System.in,
            new PrintStream(System.out, true, StandardCharsets.UTF_8),
            new PrintStream(System.err, true, StandardCharsets.UTF_8),
            System.getenv(),
            isTerminal(),
            UnaryOperator.identity()));
  }

  /**
   * Whether standard output is a terminal: {@code System.console() != null} up to JDK 21; from JDK
   * 22 on, where there is always a console, its {@code isTerminal()}.
   */
  @SuppressWarnings("SystemConsoleNull") // handled: isTerminal() where it exists
  private static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException | ClassCastException e) {
      return true; // before JDK 22: a console means a terminal
    }
  }

  /**
   * Runs the command line with the given streams (standard input stays {@code System.in}, and
   * output is never coloured), for tests and embedding.
   *
   * @param args the arguments ({@code --help} lists them)
   * @param out where output goes
   * @param err where errors go
   * @return the exit status: 0 ok, 1 an input problem, 2 a usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err, System.getenv(), false, UnaryOperator.identity());
  }

  /** Runs the command line with everything it reads from given. */
  static int run(
      String[] args,
      InputStream in,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      boolean terminal,
      UnaryOperator<AutodiscoverClient.Builder> wiring) {
    Cli cli = new Cli(in, out, err, env, terminal, wiring);
    boolean debug = debug(args);
    CommandLine line = commandLine(cli);
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    line.setOut(outWriter);
    line.setErr(errWriter);
    line.setColorScheme(CommandLine.Help.defaultColorScheme(cli.colour() ? Ansi.ON : Ansi.OFF));
    line.setParameterExceptionHandler(
        (e, arguments) -> {
          errWriter.flush();
          err.println(Terminal.clean(Cli.NAME + ": " + usageMessage(e)));
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          if (debug) {
            e.printStackTrace(err);
          }
          return Cli.USAGE;
        });
    line.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UsageException) {
            err.println(Terminal.clean(Cli.NAME + ": " + e.getMessage()));
            err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
            return Cli.USAGE;
          }
          err.println(
              Terminal.clean(
                  Cli.NAME
                      + ": failed unexpectedly: "
                      + (e.getMessage() == null ? "no reason given" : e.getMessage())
                      + (debug ? "" : " (--debug shows where)")));
          if (debug) {
            e.printStackTrace(err);
          }
          return Cli.INPUT;
        });
    int status = line.execute(args);
    outWriter.flush();
    errWriter.flush();
    out.flush();
    err.flush();
    return status;
  }

  /** The command tree: the summary at the top, lint, convert, discover and serve below it. */
  static CommandLine commandLine(Cli cli) {
    CommandLine line = new CommandLine(new SummaryCommand(cli));
    line.addSubcommand("lint", new LintCommand(cli));
    line.addSubcommand("convert", new ConvertCommand(cli));
    line.addSubcommand("discover", new DiscoverCommand(cli));
    line.addSubcommand("serve", new ServeCommand(cli));
    String[] version = {Cli.NAME + " " + version()};
    line.getCommandSpec().version(version);
    for (CommandLine sub : line.getSubcommands().values()) {
      sub.getCommandSpec().version(version);
    }
    return line;
  }

  /** {@code --debug} before any {@code --}: stack traces on errors. */
  private static boolean debug(String[] args) {
    List<String> list = Arrays.asList(args);
    int end = list.indexOf("--");
    return (end < 0 ? list : list.subList(0, end)).contains("--debug");
  }

  /** The project version, from the {@code version.properties} the build writes. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "(unknown version)";
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "(unknown version)");
  }

  /**
   * A usage error in plain words: {@code --frobnicate: unknown option}, {@code --timeout abc: not a
   * duration}, {@code no FILE given}.
   */
  static String usageMessage(ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String arg = u.getUnmatched().get(0);
      if (arg.startsWith("--pass") || arg.startsWith("--token") || arg.startsWith("--user")) {
        return arg
            + ": credentials are read from AUTODISCOVER4J_PASSWORD / AUTODISCOVER4J_TOKEN, never"
            + " from the command line";
      }
      return arg.startsWith("-") && arg.length() > 1
          ? arg + ": unknown option"
          : arg + ": unexpected argument";
    }
    if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
      ArgSpec missing = m.getMissing().get(0);
      if (missing instanceof OptionSpec option) {
        return String.valueOf(m.getMessage()).contains("for option")
            ? option.longestName() + ": needs a value"
            : option.longestName() + " " + option.paramLabel() + ": required";
      }
      if (missing instanceof PositionalParamSpec param) {
        return "no " + param.paramLabel().replace("...", "") + " given";
      }
    }
    ArgSpec spec = e.getArgSpec();
    Throwable cause = e.getCause();
    if (cause instanceof CommandLine.TypeConversionException && spec instanceof OptionSpec o) {
      return o.longestName() + " " + e.getValue() + ": " + cause.getMessage();
    }
    return String.valueOf(e.getMessage());
  }

  /** A usage error found after parsing (two options that exclude each other, a bad address). */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
