package io.github.autodiscover4j.cli;

import static java.util.stream.Collectors.joining;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.discovery.AccountDiscovery;
import io.github.autodiscover4j.discovery.AccountDiscoveryResult;
import io.github.autodiscover4j.discovery.Attempt;
import io.github.autodiscover4j.discovery.AutodiscoverClient;
import io.github.autodiscover4j.discovery.Credentials;
import io.github.autodiscover4j.discovery.DiscoveryException;
import io.github.autodiscover4j.discovery.DiscoveryResult;
import io.github.autodiscover4j.discovery.FoundSettings;
import io.github.autodiscover4j.discovery.RefusedUrl;
import io.github.autodiscover4j.discovery.ResponseSchema;
import io.github.autodiscover4j.discovery.ServerOrigin;
import io.github.autodiscover4j.discovery.SettingsSource;
import io.github.autodiscover4j.discovery.TrustCallback;
import io.github.autodiscover4j.discovery.TrustDecision;
import io.github.autodiscover4j.discovery.TrustRequest;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code autodiscover4j discover [OPTION]... ADDRESS}: runs the discovery engine ({@link
 * AccountDiscovery}) over every source chosen with {@code --sources} and prints every attempt, the
 * winning settings with the source, URL and trust decision of each server, the alternatives and the
 * consents; {@code --verbose} also reports each attempt on standard error as it ends. Credentials
 * come from the environment only, so they never show in a process list or a shell history: {@code
 * AUTODISCOVER4J_PASSWORD} (with {@code AUTODISCOVER4J_USER}, default the address) for Basic, or
 * {@code AUTODISCOVER4J_TOKEN} for a bearer token. {@code --trust-store FILE} replaces the JDK's
 * trusted CAs with those of a file (a company CA), its password read from {@code
 * AUTODISCOVER4J_TRUST_STORE_PASSWORD}. Everything a server sent is printed only after {@link
 * Terminal#clean(String)} has removed escape sequences and control characters. Exits 0 with
 * settings, 1 without, 2 on a usage error.
 */
@Command(
    name = "discover",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = false,
    description = {
      "Finds the mail settings of ADDRESS with autoconfig, the MX domain, Exchange and SRV:"
          + " every attempt, the winning settings with the source and trust of each server, then"
          + " the alternatives.",
      "Credentials from the environment only: AUTODISCOVER4J_PASSWORD (with AUTODISCOVER4J_USER,"
          + " default ADDRESS) or AUTODISCOVER4J_TOKEN."
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  settings found",
      "  1  no settings (the attempts say why)",
      "  2  a usage error"
    })
final class DiscoverCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(
      names = "--trust",
      paramLabel = "HOST",
      description = "Allow one more host to be contacted (repeatable).")
  List<String> trusted = new ArrayList<>();

  @Option(
      names = "--trust-store",
      paramLabel = "FILE",
      description =
          "Trust the CAs in this PKCS12 or JKS file (a company CA) instead of the JDK's; its"
              + " password, if any, from AUTODISCOVER4J_TRUST_STORE_PASSWORD.")
  @Nullable String trustStore;

  @Option(
      names = "--sources",
      paramLabel = "LIST",
      split = ",",
      description =
          "The sources to ask, highest priority first: autoconfig (autoconfig.DOMAIN and the"
              + " .well-known path), well-known, ispdb, mx, v2, pox, srv. Default:"
              + " autoconfig,ispdb,mx,v2,pox,srv.")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--ispdb",
      paramLabel = "URL",
      description =
          "Ask an ISPDB-style directory at this base URL (Thunderbird's is"
              + " https://autoconfig.thunderbird.net/v1.1/); off unless given.")
  @Nullable String ispdb;

  @Option(
      names = "--plain-http-autoconfig",
      description =
          "Also fetch autoconfig over plain http: (anonymously) when https: gives nothing.")
  boolean plainHttpAutoconfig;

  @Option(names = "--parallel", description = "Try the two POX candidate URLs in parallel.")
  boolean parallel;

  @Option(names = "--mobilesync", description = "Ask for the MobileSync (ActiveSync) schema.")
  boolean mobileSync;

  @Option(names = "--no-http-probe", description = "Skip the plain-HTTP redirect probe.")
  boolean noHttpProbe;

  @Option(
      names = "--no-srv",
      description = "Skip DNS SRV: POX's _autodiscover._tcp and the RFC 6186 source.")
  boolean noSrv;

  @Option(names = "--dns", paramLabel = "SERVER", description = "A DNS server to ask (repeatable).")
  List<String> dns = new ArrayList<>();

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Each request's timeout: seconds (30), or 30s, 500ms, 2m.")
  @Nullable Duration timeout;

  @Option(
      names = "--xml",
      description = "Print the winning document's canonical rewrite, not the summary.")
  boolean xml;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Report each attempt on standard error as it ends, and add the raw protocols to the"
              + " summary.")
  boolean verbose;

  @Option(names = "--debug", description = "Print stack traces with errors.")
  boolean debug;

  @Parameters(arity = "1", paramLabel = "ADDRESS", description = "The e-mail address.")
  String address = "";

  DiscoverCommand(Cli cli) {
    this.cli = cli;
  }

  /** Runs with the real network. */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return run(args, env, out, err, UnaryOperator.identity());
  }

  /**
   * Runs {@code discover ARGS} with a builder adjusted by {@code wiring} before the options are
   * applied; tests use it to point the client at their loopback servers.
   */
  static int run(
      String[] args,
      Map<String, String> env,
      PrintStream out,
      PrintStream err,
      UnaryOperator<AutodiscoverClient.Builder> wiring) {
    String[] all = new String[args.length + 1];
    all[0] = "discover";
    System.arraycopy(args, 0, all, 1, args.length);
    return Main.run(all, InputStream.nullInputStream(), out, err, env, false, wiring);
  }

  @Override
  public Integer call() {
    AutodiscoverClient.Builder builder = cli.wiring().apply(AutodiscoverClient.builder());
    try {
      String store = trustStore;
      if (store != null) {
        builder.sslContext(trustStore(store, cli.env().get("AUTODISCOVER4J_TRUST_STORE_PASSWORD")));
      }
      Duration t = timeout;
      if (t != null) {
        builder.requestTimeout(t);
      }
      builder.parallelCandidates(parallel);
      if (mobileSync) {
        builder.schema(ResponseSchema.MOBILE_SYNC);
      }
      if (noHttpProbe) {
        builder.httpProbe(false);
      }
      if (noSrv) {
        builder.srvLookup(false);
      }
      if (!dns.isEmpty()) {
        builder.dnsServers(dns.toArray(String[]::new));
      }
      builder.trust(TrustCallback.allowHosts(trusted)).credentials(credentials(cli.env(), address));
      AccountDiscovery.Builder engine = AccountDiscovery.builder(builder);
      List<SettingsSource> chosen = new ArrayList<>();
      for (String name : sources) {
        for (SettingsSource s : source(name)) {
          if (!chosen.contains(s)) {
            chosen.add(s);
          }
        }
      }
      if (chosen.isEmpty()) {
        chosen.addAll(AccountDiscovery.DEFAULT_SOURCES);
      }
      if (noSrv) {
        chosen.remove(SettingsSource.SRV);
      }
      engine.sources(chosen).plainHttpAutoconfig(plainHttpAutoconfig);
      String base = ispdb;
      if (base != null) {
        engine.ispdb(URI.create(base.strip()));
      }
      return discover(engine.build(), address, xml, cli.out(), cli.err());
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage() == null ? "bad option" : e.getMessage());
    }
  }

  /** Reads one name of {@code --sources}; {@code autoconfig} is both autoconfig places. */
  private static List<SettingsSource> source(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "autoconfig" -> List.of(SettingsSource.AUTOCONFIG, SettingsSource.WELL_KNOWN);
      case "well-known" -> List.of(SettingsSource.WELL_KNOWN);
      case "ispdb" -> List.of(SettingsSource.ISPDB);
      case "mx" -> List.of(SettingsSource.MX);
      case "v2" -> List.of(SettingsSource.AUTODISCOVER_V2);
      case "pox" -> List.of(SettingsSource.POX);
      case "srv" -> List.of(SettingsSource.SRV);
      default ->
          throw new IllegalArgumentException(
              "--sources "
                  + value.strip()
                  + ": not a source (autoconfig, well-known, ispdb, mx, v2, pox, srv)");
    };
  }

  /**
   * Reads {@code --timeout}: whole seconds, or a number with {@code ms}, {@code s} or {@code m}.
   */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      try {
        if (v.endsWith("ms")) {
          return positive(Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2))));
        }
        if (v.endsWith("s")) {
          return positive(Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1))));
        }
        if (v.endsWith("m")) {
          return positive(Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1))));
        }
        return positive(Duration.ofSeconds(Long.parseLong(v)));
      } catch (NumberFormatException | ArithmeticException e) {
        throw new TypeConversionException("not a duration");
      }
    }

    private static Duration positive(Duration d) {
      if (d.isNegative() || d.isZero()) {
        throw new TypeConversionException("not a positive duration");
      }
      return d;
    }
  }

  private int discover(
      AccountDiscovery engine, String address, boolean xml, PrintStream out, PrintStream err) {
    // Everything is written to buffers and cleaned before it reaches the terminal: attempts,
    // error messages and settings all carry text a server chose.
    ByteArrayOutputStream outBuffer = new ByteArrayOutputStream();
    ByteArrayOutputStream errBuffer = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(outBuffer, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(errBuffer, true, StandardCharsets.UTF_8);
    int status = discoverInto(engine, address, xml, o, e, err);
    out.print(Terminal.clean(outBuffer.toString(StandardCharsets.UTF_8)));
    out.flush();
    err.print(Terminal.clean(errBuffer.toString(StandardCharsets.UTF_8)));
    err.flush();
    return status;
  }

  private int discoverInto(
      AccountDiscovery engine,
      String address,
      boolean xml,
      PrintStream out,
      PrintStream err,
      PrintStream progress) {
    out.println(address + ": attempts");
    try {
      AccountDiscoveryResult result =
          engine.discover(
              address,
              attempt -> {
                if (verbose) {
                  // as it happens, cleaned line by line: a server chose some of this text
                  progress.println(Terminal.clean("attempt: " + attempt));
                  progress.flush();
                }
              });
      print(result.attempts(), out);
      FoundSettings best = result.best();
      out.println(
          "answered by "
              + best.source()
              + " "
              + best.url()
              + " (trust "
              + best.trust()
              + ") for "
              + best.exchange().map(DiscoveryResult::emailAddress).orElse(result.emailAddress())
              + best.exchange()
                  .map(
                      pox ->
                          pox.expiresAt()
                              .map(expiry -> ", valid until " + expiry)
                              .orElse(", no rediscovery needed (TTL 0)"))
                  .orElse(""));
      Cli inner = new Cli(cli.in(), out, err, cli.env(), false, cli.wiring());
      if (xml) {
        if (best.exchange().isPresent()) {
          out.print(Autodiscover.toXml(best.exchange().get().document()));
        } else if (best.autoconfig().isPresent()) {
          out.print(Autoconfig.toXml(best.autoconfig().get()));
        } else {
          err.println("autodiscover4j discover: --xml: the settings came from DNS, not a document");
          return 1;
        }
        return 0;
      }
      if (best.exchange().isPresent()) {
        new Summary(inner, verbose).print(best.url().toString(), best.exchange().get().document());
      } else if (best.autoconfig().isPresent()) {
        new Summary(inner, verbose)
            .print(best.url().toString(), best.autoconfig().get(), result.emailAddress());
      }
      out.println("servers (source, URL, trust):");
      for (ServerOrigin origin : best.servers()) {
        out.println("  " + origin);
      }
      if (!result.alternatives().isEmpty()) {
        out.println("alternatives:");
        for (FoundSettings alternative : result.alternatives()) {
          out.println("  " + alternative);
          for (ServerOrigin origin : alternative.servers()) {
            out.println("    " + origin.server());
          }
        }
      }
      for (TrustRequest consent : result.consents()) {
        out.println(
            "consented: "
                + consent.url()
                + " ("
                + consent.source()
                + ", named by "
                + consent.from()
                + ")");
      }
      return 0;
    } catch (DiscoveryException e) {
      print(e.attempts(), out);
      List<RefusedUrl> refused =
          e.refused().stream().filter(r -> r.decision() == TrustDecision.REFUSED).toList();
      if (!refused.isEmpty()) {
        out.println(
            "not trusted, so not contacted: "
                + refused.stream().map(RefusedUrl::host).distinct().collect(joining(", "))
                + " (allow one with --trust HOST)");
      }
      err.println(
          "autodiscover4j discover: "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("autodiscover4j discover: " + e.getMessage());
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("autodiscover4j discover: interrupted");
      return 1;
    }
  }

  private static void print(List<Attempt> attempts, PrintStream out) {
    for (int i = 0; i < attempts.size(); i++) {
      out.println("  " + (i + 1) + ". " + attempts.get(i));
    }
  }

  /**
   * Reads a trust store (PKCS12 or JKS, found out from the file) into a TLS context that trusts its
   * CAs alone.
   *
   * @throws IllegalArgumentException when it cannot be read, naming the file but not the password
   */
  private static SSLContext trustStore(String file, @Nullable String password) {
    try {
      KeyStore store =
          KeyStore.getInstance(new File(file), password == null ? null : password.toCharArray());
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "cannot read the trust store " + file + " (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static Credentials credentials(Map<String, String> env, String address) {
    String password = env.get("AUTODISCOVER4J_PASSWORD");
    String token = env.get("AUTODISCOVER4J_TOKEN");
    if (password != null && token != null) {
      throw new IllegalArgumentException(
          "set AUTODISCOVER4J_PASSWORD or AUTODISCOVER4J_TOKEN, not both");
    }
    if (token != null) {
      return Credentials.bearer(() -> token);
    }
    if (password != null) {
      return Credentials.basic(
          env.getOrDefault("AUTODISCOVER4J_USER", address), password.toCharArray());
    }
    return Credentials.none();
  }
}
