package io.github.autodiscover4j.cli;

import static java.util.stream.Collectors.joining;

import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.discovery.Attempt;
import io.github.autodiscover4j.discovery.AutodiscoverClient;
import io.github.autodiscover4j.discovery.Credentials;
import io.github.autodiscover4j.discovery.DiscoveryException;
import io.github.autodiscover4j.discovery.DiscoveryResult;
import io.github.autodiscover4j.discovery.RefusedUrl;
import io.github.autodiscover4j.discovery.ResponseSchema;
import io.github.autodiscover4j.discovery.TrustCallback;
import io.github.autodiscover4j.discovery.TrustDecision;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;

/**
 * {@code java -jar autodiscover4j.jar discover [OPTION]... ADDRESS}: runs the discovery procedure
 * and prints every attempt, then the settings. Credentials come from the environment only, so they
 * never show in a process list or a shell history: {@code AUTODISCOVER4J_PASSWORD} (with {@code
 * AUTODISCOVER4J_USER}, default the address) for Basic, or {@code AUTODISCOVER4J_TOKEN} for a
 * bearer token. {@code --trust-store FILE} replaces the JDK's trusted CAs with those of a file (a
 * company CA), its password read from {@code AUTODISCOVER4J_TRUST_STORE_PASSWORD}. Everything a
 * server sent is printed only after {@link Terminal#clean(String)} has removed escape sequences and
 * control characters. Exits 0 with settings, 1 without, 2 on a usage error.
 */
final class DiscoverCommand {
  static final String USAGE =
      "usage: autodiscover4j discover [--trust HOST]... [--trust-store FILE] [--parallel]"
          + " [--mobilesync] [--no-http-probe] [--no-srv] [--dns SERVER]... [--timeout SECONDS]"
          + " [--xml] ADDRESS\n"
          + "  credentials from the environment: AUTODISCOVER4J_PASSWORD (and AUTODISCOVER4J_USER, default ADDRESS)"
          + " or AUTODISCOVER4J_TOKEN\n"
          + "  --trust-store FILE: trust the CAs in this PKCS12 or JKS file (a company CA) instead of"
          + " the JDK's; its password, if any, from AUTODISCOVER4J_TRUST_STORE_PASSWORD";

  private DiscoverCommand() {}

  /** Runs with the real network. */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return run(args, env, out, err, UnaryOperator.identity());
  }

  /**
   * Runs with a builder adjusted by {@code wiring} before the options are applied; tests use it to
   * point the client at their loopback servers.
   */
  static int run(
      String[] args,
      Map<String, String> env,
      PrintStream out,
      PrintStream err,
      UnaryOperator<AutodiscoverClient.Builder> wiring) {
    AutodiscoverClient.Builder builder = wiring.apply(AutodiscoverClient.builder());
    List<String> trusted = new ArrayList<>();
    List<String> dns = new ArrayList<>();
    boolean xml = false;
    String address = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--trust" -> trusted.add(value(args, ++i, arg));
          case "--dns" -> dns.add(value(args, ++i, arg));
          case "--trust-store" ->
              builder.sslContext(
                  trustStore(
                      value(args, ++i, arg), env.get("AUTODISCOVER4J_TRUST_STORE_PASSWORD")));
          case "--timeout" ->
              builder.requestTimeout(Duration.ofSeconds(Long.parseLong(value(args, ++i, arg))));
          case "--parallel" -> builder.parallelCandidates(true);
          case "--mobilesync" -> builder.schema(ResponseSchema.MOBILE_SYNC);
          case "--no-http-probe" -> builder.httpProbe(false);
          case "--no-srv" -> builder.srvLookup(false);
          case "--xml" -> xml = true;
          case "--help", "-h" -> {
            out.println(USAGE);
            return 0;
          }
          default -> {
            if (arg.startsWith("--pass") || arg.startsWith("--token") || arg.startsWith("--user")) {
              throw new IllegalArgumentException(
                  arg
                      + ": credentials are read from AUTODISCOVER4J_PASSWORD /"
                      + " AUTODISCOVER4J_TOKEN, never from the command line");
            }
            if (arg.startsWith("-") || address != null) {
              throw new IllegalArgumentException(
                  arg.startsWith("-") ? "unknown option " + arg : "one address only");
            }
            address = arg;
          }
        }
      }
      if (address == null) {
        throw new IllegalArgumentException("no address");
      }
      if (!dns.isEmpty()) {
        builder.dnsServers(dns.toArray(String[]::new));
      }
      builder.trust(TrustCallback.allowHosts(trusted)).credentials(credentials(env, address));
    } catch (IllegalArgumentException e) { // NumberFormatException included
      err.println(Terminal.clean("autodiscover4j discover: " + e.getMessage()));
      err.println(USAGE);
      return 2;
    }
    return discover(builder.build(), address, xml, out, err);
  }

  private static int discover(
      AutodiscoverClient client, String address, boolean xml, PrintStream out, PrintStream err) {
    // Everything is written to buffers and cleaned before it reaches the terminal: attempts,
    // error messages and settings all carry text a server chose.
    ByteArrayOutputStream outBuffer = new ByteArrayOutputStream();
    ByteArrayOutputStream errBuffer = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(outBuffer, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(errBuffer, true, StandardCharsets.UTF_8);
    int status = discoverInto(client, address, xml, o, e);
    out.print(Terminal.clean(outBuffer.toString(StandardCharsets.UTF_8)));
    out.flush();
    err.print(Terminal.clean(errBuffer.toString(StandardCharsets.UTF_8)));
    err.flush();
    return status;
  }

  private static int discoverInto(
      AutodiscoverClient client, String address, boolean xml, PrintStream out, PrintStream err) {
    out.println(address + ": attempts");
    try {
      DiscoveryResult result = client.discover(address);
      print(result.attempts(), out);
      out.println(
          "answered by "
              + result.url()
              + " for "
              + result.emailAddress()
              + result
                  .expiresAt()
                  .map(expiry -> ", valid until " + expiry)
                  .orElse(", no rediscovery needed (TTL 0)"));
      if (xml) {
        out.print(Autodiscover.toXml(result.document()));
      } else {
        Main.summarize(result.url().toString(), result.document(), out);
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

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
