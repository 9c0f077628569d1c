package io.github.autodiscover4j.discovery;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Finds the mail settings of an address with every mechanism a mail client uses, and safely: the
 * one engine for Mozilla autoconfig, an ISPDB-style directory, the MX host's domain, Autodiscover
 * v2, Exchange POX Autodiscover and RFC 6186 SRV records.
 *
 * <pre>{@code
 * AccountDiscovery discovery = AccountDiscovery.builder()
 *     .credentials(url -> Credentials.basic("alice@example.com", password)) // POX only
 *     .trust(request -> askUser("Use settings from " + request.host().orElseThrow() + "?"))
 *     .ispdb(URI.create("https://autoconfig.thunderbird.net/v1.1/"))
 *     .build();
 * AccountDiscoveryResult found = discovery.discover("alice@example.com");
 * found.settings().incoming();          // format-neutral settings for the account dialog
 * found.best().servers();               // each server with its source, URL and trust decision
 * found.alternatives();                 // every other answer (Exchange's always)
 * }</pre>
 *
 * <p><b>Sources and priority.</b> {@link #DEFAULT_SOURCES} is Thunderbird's order: {@code
 * autoconfig.D}, D's {@code .well-known} path, the ISPDB (only when {@link Builder#ispdb(URI)} is
 * set; Thunderbird's public one is {@code https://autoconfig.thunderbird.net/v1.1/}), the MX host's
 * domain, Exchange (Autodiscover v2, then POX), then SRV. All run at once by default ({@link
 * Builder#parallelism(int)}); the first source in priority order with mail servers wins once every
 * source before it has ended, and the sources still running are cancelled then, except Exchange,
 * which is given {@link Builder#exchangeWait(Duration)} to finish and is kept as an alternative. A
 * source that hangs costs nothing once a source before it has answered; the deadline bounds
 * everything.
 *
 * <p><b>Trust.</b> The policy of {@link AutodiscoverClient} governs every source: autoconfig is
 * fetched anonymously from the user's own domain over {@code https:} ({@code http:} only with
 * {@link Builder#plainHttpAutoconfig(boolean)}, never with credentials); a domain outside the
 * user's own (the MX host's domain, a v2 redirect or the POX URL v2 names, a POX redirect, an SRV
 * target elsewhere) is used only when the {@link TrustCallback} allows it, and the result lists
 * those consents ({@link AccountDiscoveryResult#consents()}) so that a client can show them.
 * Credentials go to POX URLs only, by {@link AutodiscoverClient}'s rules.
 *
 * <p>An engine is immutable and thread-safe. Each look-up runs its sources on threads of its own,
 * at most {@link Builder#parallelism(int)}, which are interrupted when {@link #discover(String)}
 * returns and end at once (or, in the JVM's one-time JAXB start-up, as soon as that is done).
 */
public final class AccountDiscovery {
  /** Thunderbird's order: autoconfig sources by priority, then Exchange, then SRV. */
  public static final List<SettingsSource> DEFAULT_SOURCES =
      List.of(
          SettingsSource.AUTOCONFIG,
          SettingsSource.WELL_KNOWN,
          SettingsSource.ISPDB,
          SettingsSource.MX,
          SettingsSource.AUTODISCOVER_V2,
          SettingsSource.POX,
          SettingsSource.SRV);

  private final EngineConfig config;

  private AccountDiscovery(EngineConfig config) {
    this.config = config;
  }

  /**
   * Starts a builder with the defaults of {@link AutodiscoverClient#builder()} for the network,
   * trust and credentials, and {@link #DEFAULT_SOURCES} all at once.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder(AutodiscoverClient.builder());
  }

  /**
   * Starts a builder that takes its network, trust, credentials and POX settings from a POX
   * client's builder (its HTTP client or TLS context, DNS servers, timeouts and deadline, trust
   * callback, credentials, schema, headers, response limits). Later changes to {@code exchange} are
   * seen until {@link Builder#build()}.
   *
   * @param exchange the POX client's builder
   * @return a builder
   */
  public static Builder builder(AutodiscoverClient.Builder exchange) {
    return new Builder(Objects.requireNonNull(exchange, "exchange"));
  }

  /**
   * Looks up the settings of an address, waiting for the answer.
   *
   * @param emailAddress the user's address, such as {@code alice@example.com}
   * @return the winning settings, the alternatives, the consents and every attempt
   * @throws DiscoveryException when no source found settings; it carries every attempt
   * @throws InterruptedException when the thread is interrupted; every source is cancelled
   * @throws IllegalArgumentException when the address is not usable (see {@link
   *     AutodiscoverClient#discover(String)})
   */
  public AccountDiscoveryResult discover(String emailAddress)
      throws DiscoveryException, InterruptedException {
    return discover(emailAddress, attempt -> {});
  }

  /**
   * Looks up the settings of an address, telling {@code progress} of every attempt as it ends.
   *
   * @param emailAddress the user's address
   * @param progress called from the look-up's threads, one attempt at a time, as each ends; it
   *     should be quick, and what it throws is ignored
   * @return the winning settings, the alternatives, the consents and every attempt
   * @throws DiscoveryException when no source found settings
   * @throws InterruptedException when the thread is interrupted
   * @throws IllegalArgumentException when the address is not usable
   */
  public AccountDiscoveryResult discover(String emailAddress, Consumer<Attempt> progress)
      throws DiscoveryException, InterruptedException {
    Objects.requireNonNull(progress, "progress");
    String address = AutodiscoverClient.checkedAddress(emailAddress);
    return new Engine(config).run(address, progress);
  }

  /**
   * Looks up the settings of an address on the POX client's executor (see {@link
   * AutodiscoverClient.Builder#executor(java.util.concurrent.Executor)}). Cancelling the future
   * cancels every source: requests in flight are abandoned and nothing more is sent.
   *
   * @param emailAddress the user's address
   * @param progress told of every attempt as it ends, as in {@link #discover(String, Consumer)}
   * @return a future completed with the result, or exceptionally with a {@link DiscoveryException}
   * @throws IllegalArgumentException when the address is not usable
   */
  public CompletableFuture<AccountDiscoveryResult> discoverAsync(
      String emailAddress, Consumer<Attempt> progress) {
    Objects.requireNonNull(progress, "progress");
    String address = AutodiscoverClient.checkedAddress(emailAddress);
    CompletableFuture<AccountDiscoveryResult> future = new CompletableFuture<>();
    Object lock = new Object();
    Thread[] running = new Thread[1];
    // The returned stage only relays cancellation: an interrupt, delivered only while the look-up
    // runs on that thread, so a pooled thread is never interrupted in someone else's task.
    var unused =
        future.whenComplete(
            (result, failure) -> {
              if (future.isCancelled()) {
                synchronized (lock) {
                  Thread thread = running[0];
                  if (thread != null) {
                    thread.interrupt();
                  }
                }
              }
            });
    try {
      config.network.executor.execute(
          () -> {
            synchronized (lock) {
              running[0] = Thread.currentThread();
            }
            try {
              if (!future.isDone()) {
                future.complete(new Engine(config).run(address, progress));
              }
            } catch (InterruptedException e) {
              future.completeExceptionally(e);
            } catch (Throwable e) {
              future.completeExceptionally(e);
            } finally {
              synchronized (lock) {
                running[0] = null;
              }
              boolean unusedFlag = Thread.interrupted(); // the pool's thread goes back clean
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
   * Returns the sources this engine asks, in priority order.
   *
   * @return an unmodifiable list
   */
  public List<SettingsSource> sources() {
    return config.sources;
  }

  /** Builds an {@link AccountDiscovery}; every setting has a safe default. */
  public static final class Builder {
    private final AutodiscoverClient.Builder exchange;
    private List<SettingsSource> sources = DEFAULT_SOURCES;
    private int parallelism = Integer.MAX_VALUE;
    private @Nullable URI ispdb;
    private boolean plainHttpAutoconfig;
    private Duration exchangeWait = Duration.ofSeconds(5);

    private Builder(AutodiscoverClient.Builder exchange) {
      this.exchange = exchange;
    }

    /**
     * Chooses the sources and their priority, highest first.
     *
     * @param sources one or more sources, each at most once
     * @return this builder
     * @throws IllegalArgumentException when none is given or one is given twice
     */
    public Builder sources(List<SettingsSource> sources) {
      List<SettingsSource> copy = List.copyOf(sources);
      if (copy.isEmpty()) {
        throw new IllegalArgumentException("give at least one source");
      }
      if (new HashSet<>(copy).size() != copy.size()) {
        throw new IllegalArgumentException("a source is given twice: " + copy);
      }
      this.sources = copy;
      return this;
    }

    /**
     * Chooses the sources and their priority, highest first.
     *
     * @param sources one or more sources, each at most once
     * @return this builder
     * @throws IllegalArgumentException when none is given or one is given twice
     */
    public Builder sources(SettingsSource... sources) {
      return sources(List.of(sources));
    }

    /**
     * Sets how many sources run at once, started in priority order: 1 asks them one after the other
     * (a source then only starts when those before it found nothing). Default: all at once.
     *
     * @param sources 1 or more
     * @return this builder
     */
    public Builder parallelism(int sources) {
      if (sources < 1) {
        throw new IllegalArgumentException("parallelism must be 1 or more, was " + sources);
      }
      this.parallelism = sources;
      return this;
    }

    /**
     * Asks an ISPDB-style directory: {@code <base><domain>}, for example Thunderbird's public
     * {@code https://autoconfig.thunderbird.net/v1.1/} (which then learns the domains looked up).
     * Off unless set.
     *
     * @param base an absolute {@code https:} URL; a missing final slash is added
     * @return this builder
     * @throws IllegalArgumentException when it is not an absolute https: URL
     */
    public Builder ispdb(URI base) {
      Objects.requireNonNull(base, "base");
      if (!Hosts.isHttps(base) || base.getRawQuery() != null || base.getRawFragment() != null) {
        throw new IllegalArgumentException(
            "the ISPDB base must be an https: URL without query: " + base);
      }
      this.ispdb = base;
      return this;
    }

    /**
     * Also fetches autoconfig over plain {@code http:} from the user's own domain when the {@code
     * https:} URL gave nothing, as Thunderbird does; anonymously, never with credentials. Off by
     * default: an on-path attacker can rewrite an {@code http:} answer.
     *
     * @param allowed true to allow it
     * @return this builder
     */
    public Builder plainHttpAutoconfig(boolean allowed) {
      this.plainHttpAutoconfig = allowed;
      return this;
    }

    /**
     * Sets how long Exchange sources are still waited for once a source of higher priority has won,
     * to keep their answer as an alternative; whatever has not answered then is cancelled. Default
     * 5 seconds.
     *
     * @param wait zero or more
     * @return this builder
     */
    public Builder exchangeWait(Duration wait) {
      Objects.requireNonNull(wait, "wait");
      if (wait.isNegative()) {
        throw new IllegalArgumentException("exchangeWait must not be negative, was " + wait);
      }
      this.exchangeWait = wait;
      return this;
    }

    /**
     * Sets the POX credentials; see {@link AutodiscoverClient.Builder#credentials(
     * CredentialsProvider)}. No other source ever sends credentials.
     *
     * @param provider the callback
     * @return this builder
     */
    public Builder credentials(CredentialsProvider provider) {
      exchange.credentials(provider);
      return this;
    }

    /**
     * Sets the POX credentials for every trusted URL; see {@link
     * AutodiscoverClient.Builder#credentials(Credentials)}.
     *
     * @param credentials the credentials
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      exchange.credentials(credentials);
      return this;
    }

    /**
     * Sets the callback asked about every domain outside the user's own, for every source; the
     * default refuses them all.
     *
     * @param callback the callback
     * @return this builder
     */
    public Builder trust(TrustCallback callback) {
      exchange.trust(callback);
      return this;
    }

    /**
     * Sets how long one request or DNS query may take; default 15 seconds.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      exchange.requestTimeout(timeout);
      return this;
    }

    /**
     * Sets how long a whole look-up may take, every source included; default 60 seconds.
     *
     * @param deadline a positive duration
     * @return this builder
     */
    public Builder deadline(Duration deadline) {
      exchange.deadline(deadline);
      return this;
    }

    /**
     * Sets the DNS servers for the MX and SRV queries, instead of the system's.
     *
     * @param servers as {@link AutodiscoverClient.Builder#dnsServers(String...)} takes them
     * @return this builder
     */
    public Builder dnsServers(String... servers) {
      exchange.dnsServers(servers);
      return this;
    }

    /**
     * Builds the engine.
     *
     * @return the engine
     * @throws IllegalStateException when both an HTTP client and a TLS context were given
     */
    public AccountDiscovery build() {
      return new AccountDiscovery(
          new EngineConfig(
              exchange.config(), sources, parallelism, ispdb, plainHttpAutoconfig, exchangeWait));
    }
  }
}
