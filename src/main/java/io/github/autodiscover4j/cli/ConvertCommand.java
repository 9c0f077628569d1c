package io.github.autodiscover4j.cli;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.convert.Conversion;
import io.github.autodiscover4j.convert.ConversionLoss;
import io.github.autodiscover4j.convert.Converted;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code autodiscover4j convert --to autoconfig|pox [--email ADDRESS] FILE}: the converted document
 * on standard output, the loss report (one entry a line) on standard error. POX needs the address,
 * autoconfig takes it to turn {@code LoginName} back into placeholders.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = false,
    description = {
      "Converts between POX Autodiscover and Mozilla autoconfig: the document on standard output,"
          + " what could not go across on standard error.",
      "FILE - is standard input; -- ends the options."
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  converted",
      "  1  the input cannot be read (a missing file, an HTML page, malformed XML)",
      "  2  a usage error (--to pox needs --email)"
    })
final class ConvertCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "autoconfig|pox",
      description = "The format to convert to.")
  String to = "";

  @Option(
      names = "--email",
      paramLabel = "ADDRESS",
      description = "The address to fill the templates for (needed for --to pox).")
  @Nullable String email;

  @Option(names = "--debug", description = "Print stack traces with errors.")
  boolean debug;

  @Parameters(arity = "1", paramLabel = "FILE", description = "The document to convert.")
  String file = "";

  ConvertCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    String target = to.toLowerCase(Locale.ROOT);
    if (!target.equals("autoconfig") && !target.equals("pox")) {
      throw new Main.UsageException("--to " + to + ": give --to autoconfig or --to pox");
    }
    String address = email;
    if (target.equals("pox") && address == null) {
      throw new Main.UsageException("--to pox needs --email ADDRESS to fill the templates");
    }
    byte[] bytes;
    try {
      bytes = Input.read(cli, file);
    } catch (Input.Unreadable e) {
      e.failure().print(cli, file, debug);
      return Cli.INPUT;
    }
    try {
      if (Autoconfig.isAutoconfig(bytes)) {
        AutoconfigDocument doc = Autoconfig.parse(bytes);
        if (target.equals("autoconfig")) {
          cli.out().print(Autoconfig.toXml(address == null ? doc : doc.filledFor(address)));
          return Cli.OK;
        }
        Converted<AutodiscoverDocument> converted = Conversion.toPox(doc, String.valueOf(address));
        losses(converted.losses());
        cli.out().print(Autodiscover.toXml(converted.document()));
        return Cli.OK;
      }
      AutodiscoverDocument doc = Autodiscover.parse(bytes);
      if (target.equals("pox")) {
        cli.out().print(Autodiscover.toXml(doc));
        return Cli.OK;
      }
      Converted<AutoconfigDocument> converted = Conversion.toAutoconfig(doc, address);
      losses(converted.losses());
      cli.out().print(Autoconfig.toXml(converted.document()));
      return Cli.OK;
    } catch (AutodiscoverException e) {
      Input.Failure.of(e).print(cli, file, debug);
      return Cli.INPUT;
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException("--email " + address + ": " + e.getMessage());
    }
  }

  private void losses(List<ConversionLoss> losses) {
    for (ConversionLoss loss : losses) {
      cli.err().println(Terminal.clean(file + ": " + loss));
    }
  }
}
