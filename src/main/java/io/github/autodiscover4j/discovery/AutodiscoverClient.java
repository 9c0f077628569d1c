package io.github.autodiscover4j.discovery;

import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.ParseOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Finds the Autodiscover settings for an e-mail address, the way Microsoft documents it, and
 * safely.
 *
 * <pre>{@code
 * AutodiscoverClient client = AutodiscoverClient.builder()
 *     .credentials(url -> Credentials.basic("alice@example.com", password))
 *     .parallelCandidates(true)
 *     .build();
 * DiscoveryResult result = client.discover("alice@example.com");
 * }</pre>
 *
 * <p><b>The procedure</b>, for an address in domain D:
 *
 * <ol>
 *   <li>{@code POST https://D/autodiscover/autodiscover.xml}, then {@code
 *       https://autodiscover.D/...} (or both at once with {@link
 *       Builder#parallelCandidates(boolean)});
 *   <li>the unauthenticated {@code GET http://autodiscover.D/autodiscover/autodiscover.xml} with
 *       redirects off, taking only a 301/302 whose {@code Location} is {@code https:} on the
 *       Autodiscover path;
 *   <li>DNS SRV {@code _autodiscover._tcp.D}, records on port 443 only, lowest priority first and
 *       weighted at random within a priority (RFC 2782).
 * </ol>
 *
 * HTTP redirects on a POST are followed to {@code https:} Autodiscover paths only; {@code
 * redirectUrl} to {@code https:} only; {@code redirectAddr} restarts the procedure for the new
 * address (the same address, or one already looked up, counts as an invalid answer from that URL);
 * an {@code Error} ends the search; a 401 or any other status, an HTML page or another
 * non-Autodiscover answer moves on to the next candidate. A look-up follows at most 10 redirects of
 * all kinds together and never contacts a URL twice for the same address.
 *
 * <p><b>The policy</b>, on by default: candidates come only from the user's own domain, never a
 * parent domain, never {@code autodiscover.<tld>}. A URL is trusted when it is {@code https:} and
 * its host is the e-mail domain or a subdomain of it, or one of Microsoft's documented Autodiscover
 * hosts; any other {@code https:} URL from the HTTP probe, an SRV record, an HTTP redirect or a
 * {@code redirectUrl} is contacted only if the {@link TrustCallback} allows it (the default
 * refuses). "The user's own domain" is the registrable domain of the address (Public Suffix List);
 * a public suffix ({@code co.uk}, {@code github.io}) is never an address domain, a candidate or
 * trusted. Trust never spreads by itself: a {@code redirectAddr} from a host only the callback
 * allowed makes the callback decide on the new domain's URLs too.
 *
 * <p><b>Credentials only when asked</b>: the first request to every URL carries none. Only a 401
 * from an {@code https:} URL that passed the policy, whose {@code WWW-Authenticate} asks for the
 * scheme of the credentials the {@link CredentialsProvider} gives (Basic or Bearer), gets one retry
 * with them; never over {@code http:}, never in another scheme, so a server cannot talk a
 * bearer-token client down to Basic. Every host name is canonical (ASCII lower case, IDNA, no
 * trailing dot) before it is compared or contacted. Responses are read with the hardened parser and
 * a size cap ({@link Builder#parseOptions(ParseOptions)}); a {@code Location} over 8 KiB is not
 * followed; SRV gives at most {@link #MAX_SRV_TARGETS} targets, each costing a hop; the SRV query
 * runs within the deadline; durations too long to count in nanoseconds mean "no limit".
 *
 * <p>A client is immutable and thread-safe; look-ups share nothing but the optional cache and the
 * HTTP client.
 */
public final class AutodiscoverClient {
  /**
   * The most SRV targets a look-up tries for one address, best first; the rest of a DNS answer is
   * ignored (and listed on the SRV attempt). Each target tried also costs one hop of the ten.
   */
  public static final int MAX_SRV_TARGETS = LookupState.MAX_SRV_TARGETS;

  private final DiscoveryConfig config;
  private final @Nullable ResultCache cache;

  private AutodiscoverClient(DiscoveryConfig config) {
    this.config = config;
    this.cache = config.cacheSize > 0 ? new ResultCache(config.cacheSize) : null;
  }

  /**
   * Starts a builder with the defaults: no credentials, the refusing trust callback, 15-second
   * requests within a 60-second deadline, the system's DNS resolvers, the Outlook schema,
   * candidates one after the other, the HTTP probe and SRV on, responses capped at 256 KiB, no
   * cache.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Looks up the settings for an address in the client's schema, waiting for the answer.
   *
   * @param emailAddress the user's address, such as {@code alice@example.com}
   * @return the settings with their provenance
   * @throws DiscoveryException when no settings were found; it carries every attempt and why the
   *     look-up ended
   * @throws InterruptedException when the thread is interrupted; in-flight requests are cancelled
   * @throws IllegalArgumentException when the address is not an e-mail address with a domain of two
   *     labels or more that is not a public suffix (such a domain would make {@code
   *     autodiscover.<suffix>} a candidate), or holds a character XML cannot carry
   */
  public DiscoveryResult discover(String emailAddress)
      throws DiscoveryException, InterruptedException {
    return discover(emailAddress, config.schema);
  }

  /**
   * Looks up the settings for an address in a given schema, so that one client (one set of
   * credentials, one cache) can ask for both Outlook and ActiveSync settings.
   *
   * @param emailAddress the user's address
   * @param schema the schema to ask for
   * @return the settings with their provenance
   * @throws DiscoveryException when no settings were found
   * @throws InterruptedException when the thread is interrupted
   * @throws IllegalArgumentException when the address is not usable (see {@link #discover(String)})
   */
  public DiscoveryResult discover(String emailAddress, ResponseSchema schema)
      throws DiscoveryException, InterruptedException {
    Objects.requireNonNull(schema, "schema");
    String address = checkedAddress(emailAddress);
    Optional<DiscoveryResult> cached = cached(address, schema);
    if (cached.isPresent()) {
      return cached.get();
    }
    return store(new Procedure(config, schema, address).run(), schema);
  }

  /**
   * Looks up the settings for an address on the client's executor. Cancelling the future abandons
   * the look-up: in-flight requests are cancelled and nothing more is sent.
   *
   * @param emailAddress the user's address
   * @return a future completed with the settings, or exceptionally with a {@link
   *     DiscoveryException}
   * @throws IllegalArgumentException when the address is not usable (see {@link #discover(String)})
   */
  public CompletableFuture<DiscoveryResult> discoverAsync(String emailAddress) {
    return discoverAsync(emailAddress, config.schema);
  }

  /**
   * Looks up the settings for an address in a given schema on the client's executor.
   *
   * @param emailAddress the user's address
   * @param schema the schema to ask for
   * @return a future completed with the settings, or exceptionally with a {@link
   *     DiscoveryException}
   * @throws IllegalArgumentException when the address is not usable (see {@link #discover(String)})
   */
  public CompletableFuture<DiscoveryResult> discoverAsync(
      String emailAddress, ResponseSchema schema) {
    Objects.requireNonNull(schema, "schema");
    String address = checkedAddress(emailAddress);
    CompletableFuture<DiscoveryResult> future = new CompletableFuture<>();
    Optional<DiscoveryResult> cached = cached(address, schema);
    if (cached.isPresent()) {
      future.complete(cached.get());
      return future;
    }
    Procedure procedure = new Procedure(config, schema, address);
    // The returned stage only relays cancellation; failures reach the caller through `future`
    // itself.
    var unused =
        future.whenComplete(
            (result, failure) -> {
              if (future.isCancelled()) {
                procedure.cancel();
              }
            });
    try {
      config.executor.execute(
          () -> {
            try {
              future.complete(store(procedure.run(), schema));
            } catch (InterruptedException e) {
              future.completeExceptionally(e);
              Thread.currentThread().interrupt();
            } catch (Throwable e) {
              future.completeExceptionally(e);
            }
          });
    } catch (RuntimeException e) { // an executor that refuses work: still the library's exception
      DiscoveryException failure =
          new DiscoveryException(DiscoveryException.Reason.NOT_FOUND, address, List.of(), null);
      failure.initCause(e);
      future.completeExceptionally(failure);
    }
    return future;
  }

  /**
   * Forgets the cached settings of an address, in every schema, for example after a connection
   * failure with them.
   *
   * @param emailAddress the address as it was looked up
   */
  public void invalidate(String emailAddress) {
    if (cache != null) {
      for (ResponseSchema schema : ResponseSchema.values()) {
        cache.remove(ResultCache.key(emailAddress, schema));
        if (Hosts.addressProblem(emailAddress.strip()) == null) {
          cache.remove(ResultCache.key(Hosts.canonicalAddress(emailAddress.strip()), schema));
        }
      }
    }
  }

  /** Forgets every cached answer. */
  public void clearCache() {
    if (cache != null) {
      cache.clear();
    }
  }

  /** Checks an address and returns it in canonical form (the domain canonical). */
  static String checkedAddress(String emailAddress) {
    Objects.requireNonNull(emailAddress, "emailAddress");
    String address = emailAddress.strip();
    if (!Hosts.isXmlText(address)) {
      throw new IllegalArgumentException(
          "not an e-mail address: it holds a control character or one XML cannot carry");
    }
    String problem = Hosts.addressProblem(address);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return Hosts.canonicalAddress(address);
  }

  private Optional<DiscoveryResult> cached(String address, ResponseSchema schema) {
    ResultCache c = cache;
    if (c == null) {
      return Optional.empty();
    }
    return c.get(ResultCache.key(address, schema), config.clock.instant())
        .map(
            entry -> {
              try {
                return new DiscoveryResult(
                    Autodiscover.parse(entry.bytes(), config.parseOptions),
                    entry.bytes(),
                    entry.url(),
                    entry.emailAddress(),
                    address,
                    entry.attempts(),
                    entry.receivedAt(),
                    true);
              } catch (AutodiscoverException e) {
                throw new IllegalStateException(
                    "a cached answer no longer parses", e); // it parsed when stored
              }
            });
  }

  private DiscoveryResult store(DiscoveryResult result, ResponseSchema schema) {
    ResultCache c = cache;
    if (c != null) {
      c.put(
          ResultCache.key(result.requestedAddress(), schema),
          new ResultCache.Entry(
              result.bytes(),
              result.url(),
              result.emailAddress(),
              result.attempts(),
              result.receivedAt(),
              result.expiresAt()));
    }
    return result;
  }

  /** Builds an {@link AutodiscoverClient}; every setting has a safe default. */
  public static final class Builder {
    /** Headers the client sets itself, or that would let a caller bypass the credentials policy. */
    private static final Set<String> RESERVED_HEADERS =
        Set.of(
            "authorization",
            "proxy-authorization",
            "cookie",
            "content-type",
            "content-length",
            "host",
            "connection",
            "expect",
            "upgrade",
            "transfer-encoding");

    final DiscoveryConfig.Draft d = new DiscoveryConfig.Draft();

    private Builder() {}

    /**
     * Uses a given HTTP client, for its proxy, executor or TLS settings. It must not follow
     * redirects (the procedure checks each one) and must have no {@code Authenticator} (it would
     * answer any server's Basic challenge with the password).
     *
     * @param client the client
     * @return this builder
     * @throws IllegalArgumentException when the client follows redirects or has an authenticator
     */
    public Builder httpClient(HttpClient client) {
      Objects.requireNonNull(client, "client");
      if (client.followRedirects() != HttpClient.Redirect.NEVER) {
        throw new IllegalArgumentException(
            "the HttpClient must not follow redirects (Redirect.NEVER): each one"
                + " has to pass the trust policy");
      }
      if (client.authenticator().isPresent()) {
        throw new IllegalArgumentException(
            "the HttpClient must have no Authenticator: it would answer any"
                + " server's Basic challenge; give credentials through credentials(...)");
      }
      d.httpClient = client;
      return this;
    }

    /**
     * Uses a TLS context (for example one that trusts a company CA) in the client's own HTTP
     * client. Host names are still verified.
     *
     * @param context the context
     * @return this builder
     */
    public Builder sslContext(SSLContext context) {
      d.sslContext = Objects.requireNonNull(context, "context");
      return this;
    }

    /**
     * Sets the credentials callback, asked when a trusted or allowed {@code https:} URL answers a
     * request with a 401 challenge; the first request to any URL carries no credentials.
     *
     * @param provider the callback
     * @return this builder
     */
    public Builder credentials(CredentialsProvider provider) {
      d.credentials = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /**
     * Sends the same credentials to every trusted or allowed {@code https:} URL; shorthand for
     * {@code credentials(url -> credentials)}.
     *
     * @param credentials the credentials
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      Objects.requireNonNull(credentials, "credentials");
      return credentials(url -> credentials);
    }

    /**
     * Sets the callback asked about untrusted {@code https:} URLs; the default refuses them all.
     *
     * @param callback the callback
     * @return this builder
     */
    public Builder trust(TrustCallback callback) {
      d.trust = Objects.requireNonNull(callback, "callback");
      return this;
    }

    /**
     * Sets how long one request (connect, TLS, response, body) and one DNS query may take; default
     * 15 seconds.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      d.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /**
     * Sets how long a whole look-up may take, every candidate and redirect included; default 60
     * seconds.
     *
     * @param deadline a positive duration
     * @return this builder
     */
    public Builder deadline(Duration deadline) {
      d.deadline = positive(deadline, "deadline");
      return this;
    }

    /**
     * Sets the DNS servers for the SRV query, instead of the system's.
     *
     * @param servers {@code dns://host:port} URLs, or {@code host} / {@code host:port} ({@code
     *     [::1]:53} for IPv6), tried in order
     * @return this builder
     * @throws IllegalArgumentException when a server is not a host with an optional port
     */
    public Builder dnsServers(String... servers) {
      d.dnsServers.clear();
      for (String server : servers) {
        d.dnsServers.add(dnsUrl(server));
      }
      return this;
    }

    /**
     * Adds a header to every POST, for example {@code X-MapiHttpCapability: 1} (ask for MAPI over
     * HTTP settings) or {@code X-ClientCanHandle: Negotiate, ExHttpInfo}. Never sent on the HTTP
     * probe.
     *
     * @param name the header name
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException for {@code Authorization}, {@code Cookie}, and headers the
     *     client sets itself: credentials go through {@link #credentials(CredentialsProvider)} and
     *     nowhere else
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (RESERVED_HEADERS.contains(name.strip().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            name
                + " cannot be set as a header"
                + (name.toLowerCase(Locale.ROOT).contains("authorization")
                    ? "; use credentials(...)"
                    : ""));
      }
      if (!isToken(name.strip()) || !isHeaderValue(value)) {
        throw new IllegalArgumentException(
            "not a valid header: the name must be a token, the value printable ASCII");
      }
      d.headers.put(name.strip(), value);
      return this;
    }

    /**
     * Chooses the response schema asked for; default {@link ResponseSchema#OUTLOOK}.
     *
     * @param schema the schema
     * @return this builder
     */
    public Builder schema(ResponseSchema schema) {
      d.schema = Objects.requireNonNull(schema, "schema");
      return this;
    }

    /**
     * Sends the two {@code https:} candidates at once instead of one after the other, so a root
     * domain that hangs does not cost a full request timeout. The first Autodiscover answer wins
     * (settings, a new address or an error); when both have answered, the root domain's wins, as it
     * would in order. Off by default: it sends the request (and the credentials) to both hosts even
     * when the first would have answered.
     *
     * @param parallel true to race them
     * @return this builder
     */
    public Builder parallelCandidates(boolean parallel) {
      d.parallelCandidates = parallel;
      return this;
    }

    /**
     * Turns the unauthenticated {@code http://autodiscover.D} probe on or off (Outlook's {@code
     * ExcludeHttpRedirect}); on by default. Off removes the one step an on-path attacker can steer;
     * the trust policy already confines where it can steer to.
     *
     * @param enabled false to skip it
     * @return this builder
     */
    public Builder httpProbe(boolean enabled) {
      d.httpProbe = enabled;
      return this;
    }

    /**
     * Turns the DNS SRV step on or off (Outlook's {@code ExcludeSrvRecord}); on by default.
     *
     * @param enabled false to skip it
     * @return this builder
     */
    public Builder srvLookup(boolean enabled) {
      d.srvLookup = enabled;
      return this;
    }

    /**
     * Sets the limits for reading responses; {@link ParseOptions#maxInputBytes()} also caps how
     * much of a body is read at all. Default: the parser's defaults with 256 KiB of input (real
     * answers are 1 to 10 KB).
     *
     * @param options the limits
     * @return this builder
     */
    public Builder parseOptions(ParseOptions options) {
      d.parseOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Keeps up to {@code maxEntries} answers in memory, per address and schema, until their {@code
     * TTL} runs out (one hour when absent; never, for {@code TTL} 0, until {@link
     * AutodiscoverClient#invalidate(String)}). Off (0) by default. The cache belongs to this
     * client, and so to its credentials.
     *
     * @param maxEntries 0 for no cache, else the most answers kept (least recently used go first)
     * @return this builder
     */
    public Builder cache(int maxEntries) {
      if (maxEntries < 0) {
        throw new IllegalArgumentException("maxEntries must not be negative, was " + maxEntries);
      }
      d.cacheSize = maxEntries;
      return this;
    }

    /**
     * Sets the clock for {@link DiscoveryResult#receivedAt()} and the cache's expiry; the system
     * clock by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      d.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets where {@link AutodiscoverClient#discoverAsync(String)} and the parallel candidates run.
     * It must be able to run three tasks at once (an async look-up with parallel candidates).
     * Default: the client's own pool of daemon threads, created on demand.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder executor(Executor executor) {
      d.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** For tests: the random source for the weighted choice among SRV records of one priority. */
    Builder random(Random random) {
      d.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * For tests only: connect to these loopback ports instead of 443 and 80. The URLs, the Host
     * header, TLS server-name indication and host-name validation are unchanged; no policy depends
     * on the port. Not public, so no caller can point the default ports elsewhere.
     */
    Builder connectPorts(int httpsPort, int httpPort) {
      d.httpsPort = httpsPort;
      d.httpPort = httpPort;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException when both an HTTP client and a TLS context were given
     */
    public AutodiscoverClient build() {
      return new AutodiscoverClient(config());
    }

    /** The configuration these settings make, for this client or for {@link AccountDiscovery}. */
    DiscoveryConfig config() {
      if (d.httpClient != null && d.sslContext != null) {
        throw new IllegalStateException("give either httpClient(...) or sslContext(...), not both");
      }
      return new DiscoveryConfig(d);
    }

    private static boolean isToken(String name) {
      if (name.isEmpty()) {
        return false;
      }
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c <= 0x20 || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
          return false;
        }
      }
      return true;
    }

    private static boolean isHeaderValue(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if ((c < 0x20 && c != '\t') || c >= 0x7f) {
          return false;
        }
      }
      return true;
    }

    private static Duration positive(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + duration);
      }
      return duration;
    }

    private static String dnsUrl(String server) {
      Objects.requireNonNull(server, "server");
      String text = server.strip();
      URI uri;
      try {
        uri = new URI(text.startsWith("dns:") ? text : "dns://" + text);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("not a DNS server: '" + server + "'", e);
      }
      if (uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty())) {
        throw new IllegalArgumentException("not a DNS server (dns://host:port): '" + server + "'");
      }
      return "dns://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
  }
}
