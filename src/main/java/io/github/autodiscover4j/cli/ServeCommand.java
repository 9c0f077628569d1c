package io.github.autodiscover4j.cli;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.lint.Finding;
import io.github.autodiscover4j.server.Responder;
import io.github.autodiscover4j.server.ResponderAnswer;
import io.github.autodiscover4j.server.ResponderHttpServer;
import io.github.autodiscover4j.server.ResponderRequest;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autodiscover4j serve --settings FILE [--bind ADDRESS] [--port N] [--https KEYSTORE]}: one
 * autoconfig file served as POX Autodiscover (Outlook and ActiveSync), Autodiscover v2 and
 * autoconfig, on the JDK's own HTTP server ({@link ResponderHttpServer}). The file's {@code domain}
 * list says which addresses it answers. The key store's password comes from {@code
 * AUTODISCOVER4J_KEYSTORE_PASSWORD}, never from the command line. One line per request on standard
 * output (time, client, method, path, status, length, what it was; never the query, which holds the
 * address); Ctrl-C stops it cleanly.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = false,
    description = {
      "Serves one Mozilla autoconfig file as POX Autodiscover (Outlook and ActiveSync),"
          + " Autodiscover v2 and autoconfig, for the domains in its <domain> list.",
      "The key store's password from AUTODISCOVER4J_KEYSTORE_PASSWORD only. Ctrl-C stops."
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  stopped",
      "  1  the settings or the key store cannot be used, or the address cannot be bound",
      "  2  a usage error"
    })
final class ServeCommand implements Callable<Integer> {
  /** Longest path written to the log; the rest is cut. */
  private static final int LOG_PATH = 200;

  private final Cli cli;

  @Option(
      names = "--settings",
      required = true,
      paramLabel = "FILE",
      description = "The autoconfig document to serve, placeholders and all.")
  String settings = "";

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "The address to listen on (default 127.0.0.1; 0.0.0.0 for every interface).")
  String bind = "127.0.0.1";

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "The port (default 8080, or 8443 with --https; 0 picks a free one).")
  @Nullable Integer port;

  @Option(
      names = "--https",
      paramLabel = "KEYSTORE",
      description =
          "Serve HTTPS with the key and certificate chain in this PKCS12 (or JKS) file; its"
              + " password from AUTODISCOVER4J_KEYSTORE_PASSWORD.")
  @Nullable String keyStore;

  @Option(names = "--debug", description = "Print stack traces with errors.")
  boolean debug;

  ServeCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() throws InterruptedException {
    int chosen = port == null ? (keyStore == null ? 8080 : 8443) : port;
    if (chosen < 0 || chosen > 65535) {
      throw new Main.UsageException("--port " + chosen + ": not a port (0 to 65535)");
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new Main.UsageException("--bind " + bind + ": not an address of this machine");
    }
    Responder responder;
    try {
      responder = responder();
    } catch (Input.Unreadable e) {
      e.failure().print(cli, settings, debug);
      return Cli.INPUT;
    }
    if (responder == null) {
      return Cli.INPUT;
    }
    ResponderHttpServer.Builder builder =
        ResponderHttpServer.builder(responder)
            .bind(new InetSocketAddress(address, chosen))
            .log(this::log);
    if (keyStore != null) {
      SSLContext context = keyStore(keyStore);
      if (context == null) {
        return Cli.INPUT;
      }
      builder.https(context);
    }
    ResponderHttpServer server;
    try {
      server = builder.start();
    } catch (IOException e) {
      cli.error(bind + ":" + chosen, "cannot listen there (" + e.getMessage() + ")");
      return Cli.INPUT;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.close();
              cli.out().println(Cli.NAME + ": stopped");
              cli.out().flush();
              stopped.countDown();
            },
            "autodiscover4j-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    cli.out()
        .println(
            Cli.NAME
                + ": serving "
                + String.join(", ", responder.domains())
                + " on "
                + server.uri()
                + " (Ctrl-C stops)");
    cli.out().flush();
    stopped.await();
    return Cli.OK;
  }

  /** The responder for the settings file, or null after saying why it cannot be one. */
  private @Nullable Responder responder() throws Input.Unreadable {
    byte[] bytes = Input.read(cli, settings);
    if (!Autoconfig.isAutoconfig(bytes)) {
      cli.error(
          settings,
          "not a Mozilla autoconfig document (convert a POX file first: convert --to autoconfig)");
      return null;
    }
    AutoconfigDocument document;
    try {
      document = Autoconfig.parse(bytes);
    } catch (AutodiscoverException e) {
      Input.Failure.of(e).print(cli, settings, debug);
      return null;
    }
    for (Finding f : Autoconfig.lint(bytes).findings()) {
      cli.err().println(Terminal.clean(settings + ": " + f));
    }
    try {
      return Responder.of(document);
    } catch (IllegalArgumentException e) {
      cli.error(settings, String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** The TLS context of a key store, or null after saying why it cannot be read. */
  private @Nullable SSLContext keyStore(String file) {
    String secret = cli.env().get("AUTODISCOVER4J_KEYSTORE_PASSWORD");
    char[] password = secret == null ? new char[0] : secret.toCharArray();
    try {
      KeyStore store = KeyStore.getInstance(new File(file), password);
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      cli.error(
          file,
          "cannot be used as a key store: not a PKCS12 or JKS file, or the password in"
              + " AUTODISCOVER4J_KEYSTORE_PASSWORD does not open it");
      if (debug) {
        e.printStackTrace(cli.err());
      }
      return null;
    }
  }

  /** One line per request: never the query (it holds the address), control characters removed. */
  private void log(InetSocketAddress client, ResponderRequest request, ResponderAnswer answer) {
    String path = request.path();
    if (path.length() > LOG_PATH) {
      path = path.substring(0, LOG_PATH) + "...";
    }
    String method = request.method();
    if (method.length() > 16) {
      method = method.substring(0, 16) + "...";
    }
    String line =
        Instant.now().truncatedTo(ChronoUnit.MILLIS)
            + " "
            + client.getAddress().getHostAddress()
            + " "
            + method
            + " "
            + path
            + " "
            + answer.status()
            + " "
            + answer.body().length
            + " "
            + answer.note();
    synchronized (cli.out()) {
      cli.out().println(Terminal.clean(line));
      cli.out().flush();
    }
  }
}
