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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLException;

/** Sends one request with a bounded body; the policy lives in {@link Lookup}, not here. */
final class Transport {
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
    static final Body SKIPPED = new Body(null, false);
    static final Body TOO_LARGE = new Body(null, true);
  }

  /**
   * Sends a request built for {@code url}. The request goes to the same host; only the port may
   * differ, when a test has mapped 443 and 80 to its loopback servers.
   */
  CompletableFuture<HttpResponse<Body>> send(HttpRequest.Builder request, URI url, int maxBytes) {
    return http.sendAsync(
        request.uri(connectTo(url)).build(),
        info ->
            new BoundedBody(
                info.statusCode() == 200 ? maxBytes : -1,
                info.headers().firstValueAsLong("Content-Length").orElse(-1)));
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
    return URI.create(
        url.getScheme()
            + "://"
            + url.getRawAuthority().replaceFirst(":\\d*$", "")
            + ":"
            + mapped
            + (url.getRawPath() == null ? "" : url.getRawPath())
            + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
  }

  /** Names a transport failure: what went wrong, in the words of {@link Attempt.Outcome}. */
  static Attempt.Outcome classify(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof HttpConnectTimeoutException
          || t instanceof UnknownHostException
          || t instanceof UnresolvedAddressException
          || t instanceof ConnectException) {
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
   * Says what went wrong in a few words: the first message in the chain, past the JDK's wrappers.
   */
  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return "host not found";
      }
      if (t instanceof ConnectException && t.getMessage() == null) {
        return "could not connect"; // the JDK client reports a refused connection with no message
      }
      if (t.getMessage() != null
          && !(t instanceof java.util.concurrent.ExecutionException)
          && !(t instanceof java.util.concurrent.CompletionException)) {
        return t.getClass().getSimpleName() + ": " + t.getMessage();
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
    private Flow.Subscription subscription;

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
      if (bytes.size() > max) {
        subscription.cancel();
        result.complete(Body.TOO_LARGE);
      } else {
        subscription.request(1);
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
