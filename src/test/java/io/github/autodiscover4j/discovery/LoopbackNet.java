package io.github.autodiscover4j.discovery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * A small internet on loopback for discovery tests: one HTTPS server (standing in for port 443 of
 * every test host, with a certificate from the test CA naming them all), one HTTP server (port 80),
 * and a DNS server for SRV. The test JVM maps the host names to 127.0.0.1 with {@code
 * jdk.net.hosts.file} (see the surefire configuration), and the client connects to the servers'
 * ephemeral ports through its test-only port mapping; the host name, SNI and certificate checks are
 * the real ones. Requests are dispatched by Host header and path, and every request is recorded,
 * with its {@code Authorization} header, before it is answered. Nothing here listens on anything
 * but the loopback address.
 */
public final class LoopbackNet implements AutoCloseable {
  /** A trusted-domain host the certificate does not name: host-name validation must reject it. */
  static final String WRONG_NAME = "wrongname.example.com";

  /** What a test server does with a request. */
  @FunctionalInterface
  public interface Handler {
    /**
     * Answers one request.
     *
     * @param exchange the exchange, not yet answered
     * @throws Exception anything; the client then sees the connection drop
     */
    void handle(HttpExchange exchange) throws Exception;
  }

  /**
   * One request as a server saw it.
   *
   * @param scheme {@code https} or {@code http}
   * @param host the Host header without the port
   * @param method the method
   * @param path the path
   * @param authorization the Authorization header, or null
   * @param body the body as text
   * @param headers every header, first value each, names in lower case
   * @param query the raw query, or the empty string
   */
  public record Request(
      String scheme,
      String host,
      String method,
      String path,
      String authorization,
      String body,
      Map<String, String> headers,
      String query) {}

  private final HttpsServer https;
  private final HttpServer http;
  private final DnsResponder dns;
  private final ExecutorService threads;
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile CountDownLatch release = new CountDownLatch(1);

  private LoopbackNet() throws IOException, InterruptedException {
    threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "loopback-net");
              t.setDaemon(true);
              return t;
            });
    InetAddress loopback = InetAddress.getLoopbackAddress();
    https = HttpsServer.create(new InetSocketAddress(loopback, 0), 0);
    https.setHttpsConfigurator(new HttpsConfigurator(TestCertificates.get().server()));
    https.createContext("/", exchange -> dispatch("https", exchange));
    https.setExecutor(threads);
    https.start();
    http = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
    http.createContext("/", exchange -> dispatch("http", exchange));
    http.setExecutor(threads);
    http.start();
    dns = new DnsResponder();
  }

  /**
   * Starts the servers.
   *
   * @return the running servers
   * @throws IOException when a server cannot start
   * @throws InterruptedException when interrupted while making certificates
   */
  public static LoopbackNet start() throws IOException, InterruptedException {
    return new LoopbackNet();
  }

  /**
   * Answers requests for one URL (scheme, host and path; the path compared case-insensitively).
   *
   * @param url for example {@code https://example.com/autodiscover/autodiscover.xml}
   * @param handler what to answer
   */
  public void on(String url, Handler handler) {
    handlers.put(url.toLowerCase(Locale.ROOT), handler);
  }

  /**
   * Answers the standard Autodiscover path of one host.
   *
   * @param scheme {@code https} or {@code http}
   * @param host the host
   * @param handler what to answer
   */
  public void onAutodiscover(String scheme, String host, Handler handler) {
    on(scheme + "://" + host + "/autodiscover/autodiscover.xml", handler);
  }

  /**
   * Returns every request so far, in arrival order.
   *
   * @return the requests
   */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /**
   * Returns the requests one host received.
   *
   * @param host the host
   * @return its requests
   */
  public List<Request> requests(String host) {
    return requests.stream().filter(r -> r.host().equalsIgnoreCase(host)).toList();
  }

  int httpsPort() {
    return https.getAddress().getPort();
  }

  int httpPort() {
    return http.getAddress().getPort();
  }

  DnsResponder dns() {
    return dns;
  }

  /** Forgets handlers, records and SRV records, and lets hanging handlers go. */
  void reset() {
    release.countDown();
    release = new CountDownLatch(1);
    handlers.clear();
    requests.clear();
    dns.reset();
  }

  /**
   * Returns what a client needs to live in this internet: the test CA, the port mapping, the DNS
   * server, and timeouts short enough for tests. For use from other test packages (the command
   * line's tests).
   *
   * @return a function that configures a builder
   */
  public UnaryOperator<AutodiscoverClient.Builder> wiring() {
    return builder ->
        builder
            .sslContext(uncheckedClientContext())
            .connectPorts(httpsPort(), httpPort())
            .dnsServers(dns.url());
  }

  /**
   * Like {@link #wiring()} but without the test CA: for a command line that brings its own trust
   * store.
   *
   * @return a function that configures a builder
   */
  public UnaryOperator<AutodiscoverClient.Builder> wiringWithoutTls() {
    return builder -> builder.connectPorts(httpsPort(), httpPort()).dnsServers(dns.url());
  }

  /**
   * Wires a client to one HTTPS server on loopback that stands in for port 443 of every test host
   * (a responder under test), trusting the test CA; the HTTP probe and SRV are off, as there is
   * neither. For use from other test packages.
   *
   * @param httpsPort the server's port
   * @return a function that configures a builder
   */
  public static UnaryOperator<AutodiscoverClient.Builder> wiringTo(int httpsPort) {
    return builder ->
        builder
            .sslContext(uncheckedClientContext())
            .connectPorts(httpsPort, httpsPort)
            .httpProbe(false)
            .srvLookup(false);
  }

  /** A builder wired to this internet, with 5-second requests in a 20-second deadline. */
  AutodiscoverClient.Builder client() {
    return wiring()
        .apply(AutodiscoverClient.builder())
        .requestTimeout(Duration.ofSeconds(5))
        .deadline(Duration.ofSeconds(20));
  }

  @Override
  public void close() {
    release.countDown();
    https.stop(0);
    http.stop(0);
    dns.close();
    threads.shutdownNow();
  }

  // ---- answers ----

  /**
   * Answers with an XML document, 200.
   *
   * @param xml the document
   * @return the handler
   */
  public static Handler xml(String xml) {
    return exchange -> send(exchange, 200, "text/xml; charset=utf-8", xml);
  }

  /**
   * Answers with a JSON body, 200 (an Autodiscover v2 answer).
   *
   * @param json the body
   * @return the handler
   */
  public static Handler json(String json) {
    return exchange -> send(exchange, 200, "application/json; charset=utf-8", json);
  }

  /**
   * Answers with a bare status.
   *
   * @param status the status
   * @return the handler
   */
  public static Handler status(int status) {
    return exchange -> send(exchange, status, "text/plain", "");
  }

  /**
   * Answers with a redirect.
   *
   * @param status 301, 302, ...
   * @param location the Location header
   * @return the handler
   */
  public static Handler redirect(int status, String location) {
    return exchange -> {
      exchange.getResponseHeaders().add("Location", location);
      send(exchange, status, "text/plain", "");
    };
  }

  /** An HTML page with 200, as a web site at the root domain answers. */
  static Handler html() {
    return exchange ->
        send(exchange, 200, "text/html", "<!DOCTYPE html><html><body>Welcome</body></html>");
  }

  /** A 401 that asks for Basic, as a downgrading server does. */
  static Handler basicChallenge() {
    return exchange -> {
      exchange
          .getResponseHeaders()
          .add("WWW-Authenticate", "Basic realm=\"give me your password\"");
      send(exchange, 401, "text/plain", "");
    };
  }

  /**
   * Answers a request without {@code Authorization} with a 401 that asks for the given schemes, and
   * hands a request with one to {@code then}, as an Exchange server does.
   *
   * @param challenge the {@code WWW-Authenticate} value, such as {@code Basic realm="mail"}
   * @param then what answers an authenticated request
   * @return the handler
   */
  public static Handler challenge(String challenge, Handler then) {
    return exchange -> {
      if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
        exchange.getResponseHeaders().add("WWW-Authenticate", challenge);
        send(exchange, 401, "text/plain", "");
      } else {
        then.handle(exchange);
      }
    };
  }

  /**
   * Asks for Basic or a bearer token, then answers with {@code then}.
   *
   * @param then what answers an authenticated request
   * @return the handler
   */
  public static Handler authenticated(Handler then) {
    return challenge("Basic realm=\"mail\", Bearer", then);
  }

  /** Never answers, until the test ends. */
  Handler hang() {
    CountDownLatch latch = release;
    return exchange -> latch.await();
  }

  private void dispatch(String scheme, HttpExchange exchange) throws IOException {
    try (exchange) {
      String host = exchange.getRequestHeaders().getFirst("Host");
      host = host == null ? "" : host.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
      String path = exchange.getRequestURI().getRawPath();
      Map<String, String> headers = new ConcurrentHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      requests.add(
          new Request(
              scheme,
              host,
              exchange.getRequestMethod(),
              path,
              exchange.getRequestHeaders().getFirst("Authorization"),
              body,
              Map.copyOf(headers),
              String.valueOf(
                  exchange.getRequestURI().getRawQuery() == null
                      ? ""
                      : exchange.getRequestURI().getRawQuery())));
      Handler handler = handlers.get((scheme + "://" + host + path).toLowerCase(Locale.ROOT));
      try {
        (handler == null ? status(404) : handler).handle(exchange);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  private static javax.net.ssl.SSLContext uncheckedClientContext() {
    try {
      return TestCertificates.get().client();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
