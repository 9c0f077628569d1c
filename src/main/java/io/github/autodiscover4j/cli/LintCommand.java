package io.github.autodiscover4j.cli;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.lint.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code autodiscover4j lint [--json] FILE...}: what a server administrator should fix, one finding
 * a line and a closing count ({@code 3 files, 2 errors, 5 warnings}), or a JSON array.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = false,
    description = {
      "Checks POX Autodiscover and Mozilla autoconfig documents for what clients misread or fail"
          + " on: one finding a line, then a count.",
      "FILE - is standard input; -- ends the options."
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  no error findings (warnings allowed)",
      "  1  an error finding, or a file that cannot be read",
      "  2  a usage error"
    })
final class LintCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(
      names = "--json",
      description =
          "Print a JSON array: {file, formatVersion, findings: [{rule, severity, path, line,"
              + " column, message, fix}]} per FILE.")
  boolean json;

  @Option(names = "--debug", description = "Print stack traces with errors.")
  boolean debug;

  @Parameters(paramLabel = "FILE", description = "The documents to check.")
  List<String> files = new ArrayList<>();

  LintCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    if (files.isEmpty()) {
      throw new Main.UsageException("lint: no FILE given");
    }
    Json out = json ? new Json().beginArray() : null;
    int errors = 0;
    int warnings = 0;
    int unreadable = 0;
    for (String file : files) {
      List<Finding> findings;
      try {
        byte[] bytes = Input.read(cli, file);
        findings =
            Autoconfig.isAutoconfig(bytes)
                ? Autoconfig.lint(bytes).findings()
                : Autodiscover.lint(bytes).findings();
      } catch (Input.Unreadable e) {
        unreadable++;
        if (out != null) {
          JsonReport.writeFailure(out, file, e.failure());
        } else {
          e.failure().print(cli, file, debug);
        }
        continue;
      }
      for (Finding f : findings) {
        if (f.severity() == Finding.Severity.ERROR) {
          errors++;
        } else {
          warnings++;
        }
      }
      if (out != null) {
        JsonReport.writeFindings(out, file, findings);
      } else {
        print(file, findings);
      }
    }
    if (out != null) {
      cli.out().println(out.endArray());
    } else {
      cli.out()
          .println(
              count(files.size(), "file")
                  + ", "
                  + count(errors + unreadable, "error")
                  + ", "
                  + count(warnings, "warning")
                  + (unreadable > 0 ? " (" + count(unreadable, "file") + " not read)" : ""));
    }
    return errors + unreadable > 0 ? Cli.INPUT : Cli.OK;
  }

  private void print(String file, List<Finding> findings) {
    if (findings.isEmpty()) {
      cli.out().println(Terminal.clean(file + ": no findings"));
    }
    for (Finding f : findings) {
      String severity =
          f.severity() == Finding.Severity.ERROR
              ? cli.red(f.severity().name())
              : cli.yellow(f.severity().name());
      String rest =
          f.toString()
              .substring(f.toString().indexOf(f.severity().name()) + f.severity().name().length());
      String position = f.line() > 0 ? f.line() + ":" + f.column() + " " : "";
      cli.out().println(Terminal.clean(file + ":" + position) + severity + Terminal.clean(rest));
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
