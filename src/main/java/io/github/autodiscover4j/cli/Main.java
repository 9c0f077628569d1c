package io.github.autodiscover4j.cli;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.ParseOptions;
import io.github.autodiscover4j.Problem;
import io.github.autodiscover4j.lint.AutoconfigLintReport;
import io.github.autodiscover4j.lint.Finding;
import io.github.autodiscover4j.lint.LintReport;
import io.github.autodiscover4j.model.mobilesync.MobileSyncServer;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.value.IntValue;
import io.github.autodiscover4j.value.OnOffSetting;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The command line in the jar.
 *
 * <ul>
 *   <li>{@code java -jar autodiscover4j.jar [--xml | --json] FILE...} prints a readable summary of
 *       each Autodiscover document, or with {@code --xml} its canonical rewrite, or with {@code
 *       --json} the parsed document and the resolved account settings as a JSON array (one object
 *       per file). Exits 0 when every file was read, 1 when one could not be (with a one-line
 *       reason on standard error).
 *   <li>{@code java -jar autodiscover4j.jar lint FILE...} prints what a server administrator should
 *       fix; exits 1 when any file has an error finding (or cannot be read), 0 otherwise.
 *   <li>{@code java -jar autodiscover4j.jar convert --to autoconfig|pox [--email ADDRESS] FILE}
 *       converts between the formats ({@link ConvertCommand}).
 *   <li>{@code java -jar autodiscover4j.jar discover [OPTION]... ADDRESS} runs discovery ({@link
 *       DiscoverCommand}).
 * </ul>
 *
 * Every command takes POX Autodiscover and Mozilla autoconfig documents alike, told apart by their
 * root element; {@code --email ADDRESS} fills an autoconfig document's placeholders.
 *
 * <p>A file named {@code lint} or {@code discover} is read when given as {@code ./lint} or {@code
 * ./discover}.
 *
 * <p>A usage error exits 2.
 */
public final class Main {
  private static final String USAGE =
      "usage: autodiscover4j [--xml | --json] [--email ADDRESS] FILE...\n"
          + "       autodiscover4j lint FILE...\n"
          + ConvertCommand.USAGE
          + DiscoverCommand.USAGE;

  private Main() {}

  /**
   * Runs the command line.
   *
   * @param args {@code [--xml | --json] FILE...}, {@code lint FILE...} or {@code discover
   *     [OPTION]... ADDRESS}
   */
  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintStream(System.out, true, StandardCharsets.UTF_8),
            new PrintStream(System.err, true, StandardCharsets.UTF_8)));
  }

  /**
   * Runs the command line with the given streams, for tests and embedding.
   *
   * @param args {@code [--xml | --json] FILE...}, {@code lint FILE...} or {@code discover
   *     [OPTION]... ADDRESS}
   * @param out where output goes
   * @param err where errors go
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("discover")) {
      return DiscoverCommand.run(
          Arrays.copyOfRange(args, 1, args.length), System.getenv(), out, err);
    }
    if (args.length > 0 && args[0].equals("convert")) {
      return ConvertCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    if (args.length > 0 && args[0].equals("lint")) {
      return lint(Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    String format = "summary";
    String email = null;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--email") && i + 1 < args.length) {
        // autoconfig documents: user names filled for this address instead of kept as templates
        email = args[++i];
      } else if (arg.equals("--xml") || arg.equals("--json")) {
        if (!format.equals("summary")) {
          err.println("autodiscover4j: choose one of --xml and --json\n" + USAGE);
          return 2;
        }
        format = arg.substring(2);
      } else if (arg.equals("--help") || arg.equals("-h")) {
        out.println(USAGE);
        return 0;
      } else if (arg.startsWith("-")) {
        err.println("autodiscover4j: unknown option " + arg + "\n" + USAGE);
        return 2;
      } else {
        files.add(arg);
      }
    }
    if (files.isEmpty()) {
      err.println(USAGE);
      return 2;
    }
    Json json = format.equals("json") ? new Json().beginArray() : null;
    int status = 0;
    for (String file : files) {
      AutodiscoverDocument doc;
      try {
        byte[] bytes = read(file);
        if (Autoconfig.isAutoconfig(bytes)) {
          // either format, told apart by content
          AutoconfigDocument autoconfig = Autoconfig.parse(bytes);
          if (format.equals("xml")) {
            out.print(Autoconfig.toXml(email == null ? autoconfig : autoconfig.filledFor(email)));
          } else if (json != null) {
            AutoconfigReport.write(json, file, autoconfig, email);
          } else {
            AutoconfigReport.summarize(
                file, email == null ? autoconfig : autoconfig.filledFor(email), out);
          }
          continue;
        }
        doc = Autodiscover.parse(bytes);
      } catch (IllegalArgumentException e) {
        err.println("autodiscover4j: " + e.getMessage());
        return 2;
      } catch (AutodiscoverException e) {
        err.println(file + ": " + e.getMessage());
        status = 1;
        continue;
      } catch (IOException e) {
        err.println(file + ": cannot read: " + e);
        status = 1;
        continue;
      }
      if (format.equals("xml")) {
        out.print(Autodiscover.toXml(doc));
      } else if (json != null) {
        JsonReport.write(json, file, doc);
      } else {
        summarize(file, doc, out);
      }
    }
    if (json != null) {
      out.println(json.endArray());
    }
    return status;
  }

  private static int lint(String[] files, PrintStream out, PrintStream err) {
    if (files.length == 0) {
      err.println(USAGE);
      return 2;
    }
    int status = 0;
    for (String file : files) {
      List<Finding> findings;
      boolean errors;
      try {
        byte[] bytes = read(file);
        if (Autoconfig.isAutoconfig(bytes)) {
          AutoconfigLintReport report = Autoconfig.lint(bytes);
          findings = report.findings();
          errors = report.hasErrors();
        } else {
          LintReport report = Autodiscover.lint(bytes);
          findings = report.findings();
          errors = report.hasErrors();
        }
      } catch (IOException e) {
        err.println(file + ": cannot read: " + e);
        status = 1;
        continue;
      }
      if (findings.isEmpty()) {
        out.println(file + ": no findings");
      }
      for (Finding finding : findings) {
        out.println(file + ":" + finding);
      }
      if (errors) {
        status = 1;
      }
    }
    return status;
  }

  /** A file's bytes, at most one more than the parse limit (so that the limit still applies). */
  private static byte[] read(String file) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return in.readNBytes(ParseOptions.defaults().maxInputBytes() + 1);
    }
  }

  static void summarize(String file, AutodiscoverDocument doc, PrintStream out) {
    out.println(file + ": " + doc.kind());
    doc.outlookResponse()
        .ifPresent(
            r -> {
              if (r.getUser() != null) {
                out.println(
                    "  user: "
                        + text(r.getUser().getDisplayName())
                        + (r.getUser().getAutoDiscoverSMTPAddress() == null
                            ? ""
                            : " <" + r.getUser().getAutoDiscoverSMTPAddress() + ">"));
              }
            });
    doc.mobileSyncResponse()
        .ifPresent(
            r -> {
              if (r.getUser() != null) {
                out.println(
                    "  user: "
                        + text(r.getUser().getDisplayName())
                        + " <"
                        + text(r.getUser().getEMailAddress())
                        + ">");
              }
              if (r.getAction() != null && r.getAction().getSettings() != null) {
                for (MobileSyncServer s : r.getAction().getSettings().getServer()) {
                  out.println("  server " + text(s.getType()) + ": " + text(s.getUrl()));
                }
              }
            });
    doc.outlookRequest()
        .ifPresent(
            r ->
                out.println(
                    "  request for: "
                        + (r.getEMailAddress() != null
                            ? r.getEMailAddress()
                            : text(r.getLegacyDN()))
                        + ", schema "
                        + text(r.getAcceptableResponseSchema())));
    doc.mobileSyncRequest()
        .ifPresent(
            r ->
                out.println(
                    "  request for: "
                        + text(r.getEMailAddress())
                        + ", schema "
                        + text(r.getAcceptableResponseSchema())));
    for (Protocol p : doc.protocols()) {
      StringBuilder line =
          new StringBuilder("  protocol ").append(text(p.protocolType().raw().strip()));
      if (p.getServer() != null) {
        line.append(": ").append(p.getServer());
      }
      if (p.getPort() != null) {
        line.append(" port ").append(port(p.getPort()));
      }
      line.append(", security ").append(security(p));
      if (p.getLoginName() != null) {
        line.append(", login ").append(p.getLoginName());
      }
      OnOffSetting smtpLast = p.smtpLast();
      line.append(", SMTPLast ").append(smtpLast.effective().name().toLowerCase(Locale.ROOT));
      if (!smtpLast.isPresent()) {
        line.append(" (default)");
      } else if (smtpLast.state() == OnOffSetting.State.UNKNOWN) {
        line.append(" (unknown '").append(smtpLast.raw().orElse("")).append("', default)");
      }
      if (p.getEwsUrl() != null) {
        line.append(", EWS ").append(p.getEwsUrl());
      }
      out.println(line);
    }
    doc.redirectAddress().ifPresent(a -> out.println("  redirect to address: " + a));
    doc.redirectUrl().ifPresent(u -> out.println("  redirect to URL: " + u));
    doc.error()
        .ifPresent(
            e ->
                out.println(
                    "  error "
                        + e.rawCode().orElse("?")
                        + ": "
                        + e.message().orElse("")
                        + " ("
                        + e.placement().name().toLowerCase(Locale.ROOT)
                        + ")"));
    for (Problem problem : doc.problems()) {
      out.println("  note: " + problem);
    }
  }

  private static String security(Protocol p) {
    if (p.getEncryption() != null) {
      return "Encryption " + p.getEncryption().strip();
    }
    OnOffSetting ssl = p.ssl();
    return "SSL "
        + ssl.effective().name().toLowerCase(Locale.ROOT)
        + (ssl.isPresent() ? "" : " (default)");
  }

  private static String port(IntValue port) {
    return port.isValid() ? port.canonical() : "'" + port.raw() + "' (invalid)";
  }

  private static String text(@Nullable String s) {
    return s == null ? "-" : s;
  }
}
