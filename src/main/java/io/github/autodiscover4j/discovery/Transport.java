package io.github.autodiscover4j.discovery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP layer: builds and sends one request, reads a bounded response, and turns every failure
 * of the JDK's client into a named outcome. It knows nothing of policy: what to send where, and
 * with which credentials, is decided before it is called.
 */
final class Transport {
  /** The longest {@code Location} read; a longer one is reported, never parsed. */
  static final int MAX_LOCATION = 8192;

  /** At most this many {@code WWW-Authenticate} values are read, each up to {@link #MAX_HEADER}. */
  static final int MAX_CHALLENGES = 16;

  /** The longest header value read. */
  static final int MAX_HEADER = 2048;

  private final HttpClient http;
  private final int httpsPort;
  private final int httpPort;

  Transport(HttpClient http, int httpsPort, int httpPort) {
    this.http = http;
    this.httpsPort = httpsPort;
    this.httpPort = httpPort;
  }

  /** The body of a response: read only for a 200, and only up to the cap. */
  @SuppressWarnings(
      "ArrayRecordComponent") // internal and never compared: the array is the body as read
  record Body(byte[] bytes, boolean tooLarge) {
    static final Body SKIPPED = new Body(new byte[0], false);
    static final Body TOO_LARGE = new Body(new byte[0], true);
  }

  /**
   * A response, with the headers the procedure reads, bounded.
   *
   * @param status the HTTP status
   * @param location the {@code Location}, or null when absent or over {@link #MAX_LOCATION}
   * @param locationTooLong whether a {@code Location} was there but too long to read
   * @param schemes the authentication schemes a 401 asked for, lower case
   * @param body the body (read for a 200 only)
   */
  record Response(
      int status,
      @Nullable String location,
      boolean locationTooLong,
      List<String> schemes,
      Body body) {}

  /**
   * What came of one request: a response, or the outcome that names the failure.
   *
   * @param response the response, or null on failure
   * @param failure null with a response, else what went wrong
   * @param detail a few words on the failure, naming no header value
   */
  record Result(@Nullable Response response, Attempt.@Nullable Outcome failure, String detail) {
    static Result failed(Attempt.Outcome failure, String detail) {
      return new Result(null, failure, detail);
    }
  }

  /**
   * Starts a POST of an Autodiscover request.
   *
   * @param authorization the {@code Authorization} value, or null for none
   */
  CompletableFuture<HttpResponse<Body>> post(
      URI url,
      byte[] body,
      Map<String, String> headers,
      @Nullable String authorization,
      long timeoutNanos,
      int maxBytes) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder()
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .timeout(Durations.capped(timeoutNanos))
              .header("Content-Type", "text/xml; charset=utf-8"); // outlook.com wants exactly this
      for (Map.Entry<String, String> header : headers.entrySet()) {
        request.header(header.getKey(), header.getValue());
      }
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      return send(request, url, maxBytes);
    } catch (RuntimeException | StackOverflowError e) {
      return CompletableFuture.failedFuture(new IOException(unsendable(e)));
    }
  }

  /** Starts the unauthenticated GET of the HTTP probe: no credentials, no custom headers. */
  CompletableFuture<HttpResponse<Body>> get(URI url, long timeoutNanos) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder()
              .GET()
              .version(HttpClient.Version.HTTP_1_1)
              .timeout(Durations.capped(timeoutNanos));
      return send(request, url, -1);
    } catch (RuntimeException | StackOverflowError e) {
      return CompletableFuture.failedFuture(new IOException(unsendable(e)));
    }
  }

  /**
   * Starts an anonymous GET whose 200 body is read up to {@code maxBytes}: autoconfig documents,
   * ISPDB entries, Autodiscover v2 answers. No credentials, no custom headers, ever.
   *
   * @param accept the {@code Accept} header
   */
  CompletableFuture<HttpResponse<Body>> fetch(
      URI url, String accept, long timeoutNanos, int maxBytes) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder()
              .GET()
              .version(HttpClient.Version.HTTP_1_1)
              .header("Accept", accept)
              .timeout(Durations.capped(timeoutNanos));
      return send(request, url, maxBytes);
    } catch (RuntimeException | StackOverflowError e) {
      return CompletableFuture.failedFuture(new IOException(unsendable(e)));
    }
  }

  /** Names a request the JDK refused to build, without its message (it may quote a header). */
  private static String unsendable(Throwable e) {
    return "the request could not be sent (" + e.getClass().getSimpleName() + ")";
  }

  private CompletableFuture<HttpResponse<Body>> send(
      HttpRequest.Builder request, URI url, int maxBytes) {
    return http.sendAsync(
        request.uri(connectTo(url)).build(),
        info ->
            new BoundedBody(
                info.statusCode() == 200 ? maxBytes : -1,
                info.headers().firstValueAsLong("Content-Length").orElse(-1)));
  }

  /**
   * Waits for a response at most {@code timeoutNanos}; never throws but for an interruption. Every
   * exception of the JDK's client becomes a failure outcome.
   */
  static Result await(CompletableFuture<HttpResponse<Body>> future, long timeoutNanos)
      throws InterruptedException {
    try {
      HttpResponse<Body> response = future.get(timeoutNanos, TimeUnit.NANOSECONDS);
      return new Result(read(response), null, "");
    } catch (TimeoutException e) {
      future.cancel(true);
      return Result.failed(
          Attempt.Outcome.TIMEOUT,
          "no response within " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return Result.failed(classify(cause), describe(cause));
    } catch (CancellationException e) {
      return Result.failed(Attempt.Outcome.CANCELLED, "");
    } catch (RuntimeException | StackOverflowError e) {
      return Result.failed(Attempt.Outcome.CONNECT_FAILED, unsendable(e));
    }
  }

  private static Response read(HttpResponse<Body> response) {
    List<String> locations = response.headers().allValues("Location");
    String location = locations.isEmpty() ? null : locations.get(0);
    boolean tooLong = location != null && location.length() > MAX_LOCATION;
    List<String> schemes = new ArrayList<>();
    if (response.statusCode() == 401) {
      List<String> challenges = response.headers().allValues("WWW-Authenticate");
      for (int i = 0; i < challenges.size() && i < MAX_CHALLENGES; i++) {
        String challenge = challenges.get(i);
        schemes(
            challenge.length() > MAX_HEADER ? challenge.substring(0, MAX_HEADER) : challenge,
            schemes);
      }
    }
    return new Response(
        response.statusCode(),
        tooLong ? null : location,
        tooLong,
        List.copyOf(schemes),
        response.body());
  }

  /**
   * Adds the schemes of one {@code WWW-Authenticate} value: each comma-separated item whose first
   * word carries no '=' names a scheme ({@code Basic realm="x", Bearer} names two).
   */
  private static void schemes(String challenge, List<String> schemes) {
    for (String item : challenge.split(",", -1)) {
      String word = item.strip();
      int space = word.indexOf(' ');
      if (space >= 0) {
        word = word.substring(0, space);
      }
      if (!word.isEmpty() && word.indexOf('=') < 0 && word.indexOf('"') < 0) {
        String scheme = word.toLowerCase(Locale.ROOT);
        if (!schemes.contains(scheme)) {
          schemes.add(scheme);
        }
      }
    }
  }

  private URI connectTo(URI url) {
    boolean https = "https".equalsIgnoreCase(url.getScheme());
    int standard = https ? 443 : 80;
    int mapped = https ? httpsPort : httpPort;
    int port = url.getPort() == -1 ? standard : url.getPort();
    if (port != standard || mapped == standard) {
      return url;
    }
    // Built from the raw parts: URI's multi-argument constructors would quote the '%' of escapes
    // again.
    String authority = String.valueOf(url.getRawAuthority());
    int colon = authority.lastIndexOf(':');
    if (colon > authority.lastIndexOf(']')) {
      authority = authority.substring(0, colon);
    }
    return URI.create(
        url.getScheme()
            + "://"
            + authority
            + ":"
            + mapped
            + (url.getRawPath() == null ? "" : url.getRawPath())
            + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
  }

  /** Names a transport failure: what went wrong, in the words of {@link Attempt.Outcome}. */
  static Attempt.Outcome classify(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return Attempt.Outcome.UNKNOWN_HOST;
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException) {
        return Attempt.Outcome.CONNECT_FAILED;
      }
      if (t instanceof HttpTimeoutException) {
        return Attempt.Outcome.TIMEOUT;
      }
      if (t instanceof SSLException) {
        return Attempt.Outcome.TLS_FAILURE;
      }
    }
    return Attempt.Outcome.CONNECT_FAILED;
  }

  /**
   * Says what went wrong in a few words: the first message in the chain, past the JDK's wrappers;
   * never the message of an {@link IllegalArgumentException}, which can quote a header value.
   */
  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return "host not found";
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException) {
        return unsendable(t);
      }
      if (t instanceof ConnectException && t.getMessage() == null) {
        return "could not connect"; // the JDK client reports a refused connection with no message
      }
      String message = t.getMessage();
      if (message != null
          && !(t instanceof ExecutionException)
          && !(t instanceof java.util.concurrent.CompletionException)) {
        String text = t.getClass().getSimpleName() + ": " + message;
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
      }
    }
    return failure.getClass().getSimpleName();
  }

  /**
   * Collects at most {@code max} bytes, then cancels: a hostile server cannot make the client
   * buffer more than the parser would accept. A negative {@code max} skips the body (only a 200 is
   * read).
   */
  private static final class BoundedBody implements HttpResponse.BodySubscriber<Body> {
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final int max;
    private final long declaredLength;
    private Flow.@Nullable Subscription subscription;

    BoundedBody(int max, long declaredLength) {
      this.max = max;
      this.declaredLength = declaredLength;
    }

    @Override
    public CompletionStage<Body> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (max < 0) {
        s.cancel();
        result.complete(Body.SKIPPED);
      } else if (declaredLength > max) {
        s.cancel();
        result.complete(Body.TOO_LARGE);
      } else {
        s.request(1);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
      Flow.Subscription s = subscription;
      if (s == null) {
        return;
      }
      if (bytes.size() > max) {
        s.cancel();
        result.complete(Body.TOO_LARGE);
      } else {
        s.request(1);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(
          throwable instanceof IOException ? throwable : new IOException(throwable));
    }

    @Override
    public void onComplete() {
      result.complete(new Body(bytes.toByteArray(), false));
    }
  }
}
