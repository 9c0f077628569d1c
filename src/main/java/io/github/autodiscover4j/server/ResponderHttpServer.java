package io.github.autodiscover4j.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Responder} on the JDK's own HTTP server ({@code com.sun.net.httpserver}, module {@code
 * jdk.httpserver}), over HTTP or HTTPS, with no other dependency: what the command line's {@code
 * serve} runs.
 *
 * <pre>{@code
 * try (ResponderHttpServer server = ResponderHttpServer.builder(responder)
 *     .bind(new InetSocketAddress("127.0.0.1", 8443)).https(sslContext).start()) {
 *   System.out.println("serving on " + server.uri());
 *   ...
 * }
 * }</pre>
 *
 * <p>A server that already runs one of the JDK's {@code HttpServer}s mounts {@link
 * #handler(Responder)} at {@code /} instead. Request bodies are read up to the responder's limit
 * plus one byte, never further.
 */
public final class ResponderHttpServer implements AutoCloseable {
  /** What the server tells about each request it answered, for one log line each. */
  @FunctionalInterface
  public interface RequestLog {
    /**
     * Called once per request, after the answer was sent (or sending it failed).
     *
     * @param client the client's address
     * @param request the request as the responder saw it
     * @param answer the answer
     */
    void answered(InetSocketAddress client, ResponderRequest request, ResponderAnswer answer);
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final boolean https;

  private ResponderHttpServer(HttpServer server, ExecutorService threads, boolean https) {
    this.server = server;
    this.threads = threads;
    this.https = https;
  }

  /**
   * Starts configuring a server for a responder.
   *
   * @param responder what answers the requests
   * @return a builder: loopback, an ephemeral port, plain HTTP, 4 threads, no log
   */
  public static Builder builder(Responder responder) {
    return new Builder(Objects.requireNonNull(responder, "responder"));
  }

  /**
   * Returns a handler that answers every request with the responder, for a JDK {@code HttpServer}
   * the caller runs itself.
   *
   * @param responder what answers the requests
   * @return the handler
   */
  public static HttpHandler handler(Responder responder) {
    return handler(responder, (client, request, answer) -> {});
  }

  private static HttpHandler handler(Responder responder, RequestLog log) {
    Objects.requireNonNull(responder, "responder");
    return exchange -> {
      try (exchange) {
        ResponderRequest request = request(exchange, responder.maxBodyBytes());
        ResponderAnswer answer = responder.answer(request);
        try {
          send(exchange, answer);
        } finally {
          log.answered(exchange.getRemoteAddress(), request, answer);
        }
      }
    };
  }

  private static ResponderRequest request(HttpExchange exchange, int limit) throws IOException {
    URI uri = exchange.getRequestURI();
    // one byte over the limit is enough for the responder to refuse it; the stream is left open
    // until the answer is sent (closing it early drops the connection of a long body unanswered)
    InputStream in = exchange.getRequestBody();
    byte[] body = in.readNBytes(limit + 1);
    String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
    return ResponderRequest.of(
        exchange.getRequestMethod(),
        path,
        uri.getRawQuery(),
        Map.copyOf(exchange.getRequestHeaders()),
        body);
  }

  private static void send(HttpExchange exchange, ResponderAnswer answer) throws IOException {
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    if (answer.status() == 413) {
      // the rest of the body is never read: this connection cannot carry another request
      exchange.getResponseHeaders().set("Connection", "close");
    }
    boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    int length = answer.length();
    exchange.sendResponseHeaders(answer.status(), head || length == 0 ? -1 : length);
    if (!head && length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer.bodyBytes());
      }
    }
  }

  /**
   * Returns the address the server listens on.
   *
   * @return the bound address, with the real port when port 0 was asked for
   */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /**
   * Returns the server's base URI.
   *
   * @return for example {@code https://127.0.0.1:8443/}
   */
  public URI uri() {
    InetSocketAddress a = address();
    String host = a.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create((https ? "https" : "http") + "://" + host + ":" + a.getPort() + "/");
  }

  /**
   * Stops the server: no new connections, requests under way get up to a second to finish. Calling
   * it again does nothing.
   */
  @Override
  public void close() {
    server.stop(1);
    threads.shutdown();
    try {
      if (!threads.awaitTermination(2, TimeUnit.SECONDS)) {
        threads.shutdownNow();
      }
    } catch (InterruptedException e) {
      threads.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Configures a {@link ResponderHttpServer}. */
  public static final class Builder {
    private final Responder responder;
    private InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private @Nullable SSLContext ssl;
    private int threads = 4;
    private RequestLog log = (client, request, answer) -> {};

    private Builder(Responder responder) {
      this.responder = responder;
    }

    /**
     * Sets the address to listen on.
     *
     * @param address for example {@code new InetSocketAddress("0.0.0.0", 443)}; port 0 picks a free
     *     one
     * @return this builder
     */
    public Builder bind(InetSocketAddress address) {
      this.address = Objects.requireNonNull(address, "address");
      return this;
    }

    /**
     * Serves HTTPS with this context (its key managers hold the server's key and certificate).
     *
     * @param context the TLS context
     * @return this builder
     */
    public Builder https(SSLContext context) {
      this.ssl = Objects.requireNonNull(context, "context");
      return this;
    }

    /**
     * Sets how many requests are answered at once.
     *
     * @param threads between 1 and 256
     * @return this builder
     * @throws IllegalArgumentException when out of that range
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("threads must be between 1 and 256, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Sets what is told about each answered request.
     *
     * @param log called once per request, from the thread that answered it
     * @return this builder
     */
    public Builder log(RequestLog log) {
      this.log = Objects.requireNonNull(log, "log");
      return this;
    }

    /**
     * Binds and starts the server.
     *
     * @return the running server; close it to stop
     * @throws IOException when the address cannot be bound
     */
    public ResponderHttpServer start() throws IOException {
      HttpServer server;
      if (ssl != null) {
        HttpsServer secure = HttpsServer.create(address, 0);
        secure.setHttpsConfigurator(new HttpsConfigurator(ssl));
        server = secure;
      } else {
        server = HttpServer.create(address, 0);
      }
      AtomicInteger count = new AtomicInteger();
      ThreadPoolExecutor pool =
          new ThreadPoolExecutor(
              threads,
              threads,
              30,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              r -> {
                Thread t = new Thread(r, "autodiscover4j-responder-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      pool.allowCoreThreadTimeOut(true);
      server.createContext("/", handler(responder, log));
      server.setExecutor(pool);
      server.start();
      return new ResponderHttpServer(server, pool, ssl != null);
    }
  }
}
