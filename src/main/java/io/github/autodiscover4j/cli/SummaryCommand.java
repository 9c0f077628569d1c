package io.github.autodiscover4j.cli;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.AutodiscoverV2;
import io.github.autodiscover4j.V2Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code autodiscover4j [--xml | --json] [--verbose] [--email ADDRESS] [--output DIR] FILE...}: the
 * summary of each document, or its canonical rewrite, or the JSON array.
 */
@Command(
    name = Cli.NAME,
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = false,
    description = {
      "Summarises POX Autodiscover and Mozilla autoconfig documents (told apart by their root"
          + " element): the account dialog, then the Exchange endpoints; and Autodiscover v2"
          + " bodies (JSON, or a FILE named *.json): the URL or the error they carry.",
      "FILE - is standard input; -- ends the options."
    },
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  every file was read",
      "  1  a file could not be read (a line on standard error; an entry in --json)",
      "  2  a usage error"
    })
final class SummaryCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(
      names = "--xml",
      description = "Print the canonical rewrite instead (one FILE, or --output DIR).")
  boolean xml;

  @Option(
      names = "--json",
      description = "Print a JSON array, one entry per FILE (formatVersion 2).")
  boolean json;

  @Option(
      names = {"-v", "--verbose"},
      description = "Add the raw protocols (POX) or servers (autoconfig) as sent.")
  boolean verbose;

  @Option(
      names = "--email",
      paramLabel = "ADDRESS",
      description = "Fill an autoconfig document's placeholders for this address.")
  @Nullable String email;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "With --xml: write each FILE's rewrite to DIR/its file name (- as stdin.xml).")
  @Nullable Path output;

  @Option(names = "--debug", description = "Print stack traces with errors.")
  boolean debug;

  @Parameters(paramLabel = "FILE", description = "The documents to read.")
  List<String> files = new ArrayList<>();

  SummaryCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    if (files.isEmpty()) {
      throw new Main.UsageException("no FILE given");
    }
    if (xml && json) {
      throw new Main.UsageException("choose one of --xml and --json");
    }
    Path dir = output;
    if (dir != null && !xml) {
      throw new Main.UsageException("--output DIR goes with --xml");
    }
    if (xml && files.size() > 1 && dir == null) {
      throw new Main.UsageException(
          "--xml takes one FILE; give --output DIR to write one file per input");
    }
    Map<String, String> targets = new HashMap<>();
    if (dir != null) {
      for (String file : files) {
        String name = outputName(file);
        String before = targets.put(name, file);
        if (before != null) {
          throw new Main.UsageException(
              "--output " + dir + ": " + before + " and " + file + " would both be " + name);
        }
      }
    }
    Json out = json ? new Json().beginArray() : null;
    int status = Cli.OK;
    for (String file : files) {
      try {
        byte[] bytes = Input.read(cli, file);
        if (V2Report.isV2(file, bytes)) {
          V2Document doc = AutodiscoverV2.parse(bytes);
          if (out != null) {
            V2Report.write(out, file, doc);
          } else if (xml) {
            cli.error(file, "an Autodiscover v2 body is JSON; it has no XML form");
            status = Cli.INPUT;
          } else {
            V2Report.print(cli, file, doc);
          }
        } else if (Autoconfig.isAutoconfig(bytes)) {
          AutoconfigDocument doc = Autoconfig.parse(bytes);
          if (out != null) {
            AutoconfigReport.write(out, file, doc, email);
          } else if (xml) {
            status = Math.max(status, xml(file, Autoconfig.toXml(filled(doc)), dir));
          } else {
            new Summary(cli, verbose).print(file, doc, email);
          }
        } else {
          AutodiscoverDocument doc = Autodiscover.parse(bytes);
          if (out != null) {
            JsonReport.write(out, file, doc);
          } else if (xml) {
            status = Math.max(status, xml(file, Autodiscover.toXml(doc), dir));
          } else {
            new Summary(cli, verbose).print(file, doc);
          }
        }
      } catch (Input.Unreadable e) {
        status = fail(out, file, e.failure());
      } catch (AutodiscoverException e) {
        status = fail(out, file, Input.Failure.of(e));
      } catch (IllegalArgumentException e) { // filledFor: not an address
        throw new Main.UsageException("--email " + email + ": " + e.getMessage());
      }
    }
    if (out != null) {
      cli.out().println(out.endArray());
    }
    return status;
  }

  private AutoconfigDocument filled(AutoconfigDocument doc) {
    String address = email;
    return address == null ? doc : doc.filledFor(address);
  }

  private int fail(@Nullable Json out, String file, Input.Failure failure) {
    if (out != null) {
      JsonReport.writeFailure(out, file, failure);
      if (debug && failure.cause() != null) {
        failure.print(cli, file, true);
      }
    } else {
      failure.print(cli, file, debug);
    }
    return Cli.INPUT;
  }

  private int xml(String file, String text, @Nullable Path dir) {
    if (dir == null) {
      cli.out().print(text);
      return Cli.OK;
    }
    Path target = dir.resolve(outputName(file));
    try {
      Files.createDirectories(dir);
      Files.writeString(target, text, StandardCharsets.UTF_8);
      return Cli.OK;
    } catch (IOException e) {
      cli.error(target.toString(), "cannot be written (" + e.getMessage() + ")");
      return Cli.INPUT;
    }
  }

  /** The name a FILE's rewrite gets in {@code --output DIR}: its own, {@code stdin.xml} for -. */
  private static String outputName(String file) {
    if (file.equals(Input.STDIN)) {
      return "stdin.xml";
    }
    Path name = Path.of(file).getFileName();
    return name == null ? "output.xml" : name.toString();
  }
}
