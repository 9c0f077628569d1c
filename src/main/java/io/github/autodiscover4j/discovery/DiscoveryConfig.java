package io.github.autodiscover4j.discovery;

import io.github.autodiscover4j.ParseOptions;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * A client's configuration, immutable: made once by the builder from a {@link Draft}, read by every
 * look-up. The defaults live in the draft's field initialisers, once.
 */
final class DiscoveryConfig {
  /** The builder's mutable settings, with their defaults. */
  static final class Draft {
    @Nullable HttpClient httpClient;
    @Nullable SSLContext sslContext;
    CredentialsProvider credentials = url -> Credentials.none();
    TrustCallback trust = TrustCallback.refuseAll();
    Duration requestTimeout = Duration.ofSeconds(15);
    Duration deadline = Duration.ofSeconds(60);
    final List<String> dnsServers = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    ResponseSchema schema = ResponseSchema.OUTLOOK;
    boolean parallelCandidates;
    boolean httpProbe = true;
    boolean srvLookup = true;
    ParseOptions parseOptions = ParseOptions.builder().maxInputBytes(256 << 10).build();
    int cacheSize;
    Clock clock = Clock.systemUTC();
    @Nullable Executor executor;
    Random random = new Random();
    int httpsPort = 443;
    int httpPort = 80;
  }

  final Transport transport;
  final CredentialsProvider credentials;
  final TrustCallback trust;
  final Duration requestTimeout;
  final Duration deadline;
  final List<String> dnsServers;
  final Map<String, String> headers;
  final ResponseSchema schema;
  final boolean parallelCandidates;
  final boolean httpProbe;
  final boolean srvLookup;
  final ParseOptions parseOptions;
  final int cacheSize;
  final Clock clock;
  final Executor executor;
  final Random random;

  DiscoveryConfig(Draft d) {
    HttpClient http =
        d.httpClient != null ? d.httpClient : defaultHttpClient(d.sslContext, d.requestTimeout);
    this.transport = new Transport(http, d.httpsPort, d.httpPort);
    this.credentials = d.credentials;
    this.trust = d.trust;
    this.requestTimeout = d.requestTimeout;
    this.deadline = d.deadline;
    this.dnsServers = List.copyOf(d.dnsServers);
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(d.headers));
    this.schema = d.schema;
    this.parallelCandidates = d.parallelCandidates;
    this.httpProbe = d.httpProbe;
    this.srvLookup = d.srvLookup;
    this.parseOptions = d.parseOptions;
    this.cacheSize = d.cacheSize;
    this.clock = d.clock;
    this.executor = d.executor != null ? d.executor : defaultExecutor();
    this.random = d.random;
  }

  private static HttpClient defaultHttpClient(
      @Nullable SSLContext sslContext, Duration connectTimeout) {
    // Redirects are followed by the procedure itself, each one checked; no Authenticator, so no
    // challenge is ever answered behind the procedure's back; the JDK validates certificates and
    // host names.
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Durations.capped(connectTimeout));
    if (sslContext != null) {
      builder.sslContext(sslContext);
    }
    return builder.build();
  }

  private static ExecutorService defaultExecutor() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory threads =
        runnable -> {
          Thread thread =
              new Thread(runnable, "autodiscover4j-discovery-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    // idle threads end after a minute; nothing to shut down
    return Executors.newCachedThreadPool(threads);
  }
}
