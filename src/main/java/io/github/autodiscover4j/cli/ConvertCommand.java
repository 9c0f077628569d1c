package io.github.autodiscover4j.cli;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.ParseOptions;
import io.github.autodiscover4j.convert.Conversion;
import io.github.autodiscover4j.convert.ConversionLoss;
import io.github.autodiscover4j.convert.Converted;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * {@code convert --to autoconfig|pox [--email ADDRESS] FILE}: the converted document on standard
 * output, the loss report (one entry a line) on standard error. Exit 0 when converted, 1 when the
 * input cannot be read, 2 on a usage error. POX needs the address, autoconfig takes it to turn
 * {@code LoginName} back into placeholders.
 */
final class ConvertCommand {
  static final String USAGE =
      "       autodiscover4j convert --to autoconfig|pox [--email ADDRESS] FILE\n";

  private ConvertCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    String to = null;
    String email = null;
    String file = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if ((arg.equals("--to") || arg.equals("--email")) && i + 1 < args.length) {
        if (arg.equals("--to")) {
          to = args[++i];
        } else {
          email = args[++i];
        }
      } else if (arg.startsWith("-")) {
        err.println("autodiscover4j convert: unknown option " + arg + "\n" + USAGE);
        return 2;
      } else if (file == null) {
        file = arg;
      } else {
        err.println("autodiscover4j convert: one FILE at a time\n" + USAGE);
        return 2;
      }
    }
    if (file == null || to == null || !(to.equals("autoconfig") || to.equals("pox"))) {
      err.println(
          "autodiscover4j convert: give --to autoconfig or --to pox, and one FILE\n" + USAGE);
      return 2;
    }
    if (to.equals("pox") && email == null) {
      err.println(
          "autodiscover4j convert: --to pox needs --email ADDRESS to fill the templates\n" + USAGE);
      return 2;
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      bytes = in.readNBytes(ParseOptions.defaults().maxInputBytes() + 1);
    } catch (IOException e) {
      err.println(file + ": cannot read: " + e);
      return 1;
    }
    try {
      if (Autoconfig.isAutoconfig(bytes)) {
        AutoconfigDocument doc = Autoconfig.parse(bytes);
        if (to.equals("autoconfig")) {
          out.print(Autoconfig.toXml(email == null ? doc : doc.filledFor(email)));
          return 0;
        }
        return report(file, Conversion.toPox(doc, email(email)), out, err);
      }
      AutodiscoverDocument doc = Autodiscover.parse(bytes);
      if (to.equals("pox")) {
        out.print(Autodiscover.toXml(doc));
        return 0;
      }
      Converted<AutoconfigDocument> converted = Conversion.toAutoconfig(doc, email);
      for (ConversionLoss loss : converted.losses()) {
        err.println(file + ": " + loss);
      }
      out.print(Autoconfig.toXml(converted.document()));
      return 0;
    } catch (AutodiscoverException e) {
      err.println(file + ": " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("autodiscover4j convert: " + e.getMessage());
      return 2;
    }
  }

  private static String email(@Nullable String email) {
    if (email == null) {
      throw new IllegalArgumentException("--to pox needs --email ADDRESS");
    }
    return email;
  }

  private static int report(
      String file, Converted<AutodiscoverDocument> converted, PrintStream out, PrintStream err) {
    for (ConversionLoss loss : converted.losses()) {
      err.println(file + ": " + loss);
    }
    out.print(Autodiscover.toXml(converted.document()));
    return 0;
  }
}
