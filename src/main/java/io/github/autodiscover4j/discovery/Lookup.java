package io.github.autodiscover4j.discovery;

import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.AutodiscoverError;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.DocumentKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javax.naming.NamingException;

/**
 * One look-up: the documented procedure for one address, with its own hop budget, visited sets and
 * deadline. Nothing here outlives the look-up, and nothing is shared between look-ups.
 */
final class Lookup {
  /** "The client application should stop redirecting after 10 redirects" (RedirectUrl (POX)). */
  static final int MAX_HOPS = 10;

  private final AutodiscoverClient client;
  private final String requestedAddress;
  private final long deadline;
  private final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> visitedAddresses = ConcurrentHashMap.newKeySet();
  private final Set<String> trustedDomains = ConcurrentHashMap.newKeySet();
  private final Set<String> visitedUrls = ConcurrentHashMap.newKeySet();
  private final Set<Branch> branches = ConcurrentHashMap.newKeySet();
  private volatile boolean cancelled;
  private int hops;

  Lookup(AutodiscoverClient client, String address) {
    this.client = client;
    this.requestedAddress = address;
    this.deadline = System.nanoTime() + client.deadline().toNanos();
  }

  /** Runs the procedure to its end. */
  DiscoveryResult run() throws DiscoveryException, InterruptedException {
    String address = requestedAddress;
    remember(address);
    try {
      while (true) {
        Answer answer = search(address);
        if (answer.document != null) {
          return new DiscoveryResult(
              answer.document,
              answer.bytes,
              answer.url,
              address,
              requestedAddress,
              attempts(),
              client.clock().instant(),
              false);
        }
        if (answer.newAddress == null) {
          throw new Stop(DiscoveryException.Reason.NOT_FOUND, address, null);
        }
        address = answer.newAddress;
      }
    } catch (Stop stop) {
      throw new DiscoveryException(stop.reason, stop.address, attempts(), stop.error);
    }
  }

  /** Abandons the look-up: in-flight requests are cancelled and nothing more is sent. */
  void cancel() {
    cancelled = true;
    for (Branch branch : branches) {
      branch.cancel();
    }
  }

  private List<Attempt> attempts() {
    synchronized (attempts) {
      return List.copyOf(attempts);
    }
  }

  private void remember(String address) {
    visitedAddresses.add(address.strip().toLowerCase(Locale.ROOT));
    trustedDomains.add(Hosts.domainOf(address));
  }

  /** Phases 1 to 3 for one address: the two https: candidates, then the HTTP probe, then SRV. */
  private Answer search(String address) throws InterruptedException {
    String domain = Hosts.domainOf(address);
    URI root = Hosts.candidate("https", domain);
    URI autodiscover = Hosts.candidate("https", "autodiscover." + domain);
    Branch branch = branch();
    Answer answer;
    if (client.parallelCandidates()) {
      answer = race(address, root, autodiscover);
    } else {
      answer = chain(branch, address, root, CandidateSource.ROOT_DOMAIN, null);
      if (!answer.found()) {
        answer = chain(branch, address, autodiscover, CandidateSource.AUTODISCOVER_DOMAIN, null);
      }
    }
    if (answer.found() || branch.cancelled()) {
      return answer;
    }
    if (client.httpProbe()) {
      URI probe = Hosts.candidate("http", "autodiscover." + domain);
      URI target = probe(branch, address, probe);
      if (target != null) {
        answer = chain(branch, address, target, CandidateSource.PROBE_REDIRECT, probe);
        if (answer.found()) {
          return answer;
        }
      }
    }
    if (client.srvLookup() && !branch.cancelled()) {
      URI name = URI.create("dns:_autodiscover._tcp." + domain);
      for (SrvLookup.SrvRecord record : srv(branch, address, name)) {
        answer =
            chain(
                branch,
                address,
                Hosts.candidate("https", record.target()),
                CandidateSource.SRV_RECORD,
                name);
        if (answer.found()) {
          return answer;
        }
      }
    }
    return Answer.NONE;
  }

  /**
   * Races the two https: candidates. The first Autodiscover answer wins (settings, a redirect to
   * another address, or an error); when both have answered, the root domain's wins, as it would in
   * order. A candidate that fails leaves the race to the other.
   */
  private Answer race(String address, URI root, URI autodiscover) throws InterruptedException {
    Branch first = branch();
    Branch second = branch();
    CompletableFuture<Answer> f1 =
        client.async(() -> chain(first, address, root, CandidateSource.ROOT_DOMAIN, null));
    CompletableFuture<Answer> f2 =
        client.async(
            () -> chain(second, address, autodiscover, CandidateSource.AUTODISCOVER_DOMAIN, null));
    try {
      while (true) {
        if (f1.isDone() && (answered(f1) || f2.isDone())) {
          second.cancel();
          return answered(f1) ? f1.join() : f2.join();
        }
        if (f2.isDone() && answered(f2)) {
          first.cancel();
          return f2.join();
        }
        CompletableFuture<?> pending =
            f1.isDone() ? f2 : f2.isDone() ? f1 : CompletableFuture.anyOf(f1, f2);
        try {
          pending.get(remainingNanos(address), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | CancellationException e) {
          // inspected on the next turn
        }
      }
    } catch (TimeoutException e) {
      throw new Stop(DiscoveryException.Reason.DEADLINE_EXCEEDED, address, null);
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause(); // a Stop, or a callback's bug
      }
      if (e.getCause() instanceof Error) {
        throw (Error) e.getCause();
      }
      throw new InterruptedException("a parallel candidate was interrupted");
    } finally {
      first.cancel();
      second.cancel();
    }
  }

  private static boolean answered(CompletableFuture<Answer> future) {
    return future.isCompletedExceptionally() || future.join().found();
  }

  /**
   * Tries one candidate and follows where it leads: HTTP redirects (https: and the Autodiscover
   * path only) and {@code redirectUrl}s, each checked against the trust policy before anything is
   * sent.
   *
   * @param from the URL that pointed here, or null for a candidate built from the domain
   * @return settings, a new address, or {@link Answer#NONE} to try the next candidate
   * @throws Stop when the search must end: a server error, the hop limit, the deadline
   */
  private Answer chain(Branch branch, String address, URI url, CandidateSource source, URI from)
      throws InterruptedException {
    URI current = url;
    CandidateSource currentSource = source;
    URI previous = from;
    while (!branch.cancelled()) {
      checkDeadline(address);
      TrustDecision trust = decide(address, current, currentSource, previous);
      if (!trust.allowsRequest()) {
        branch.record(
            notContacted(
                current,
                currentSource,
                address,
                Attempt.Outcome.REFUSED,
                trust,
                trust == TrustDecision.NOT_HTTPS
                    ? "not https:, so never contacted"
                    : "the host is not trusted and the trust callback did not allow it"));
        return Answer.NONE;
      }
      if (!visitedUrls.add(address.toLowerCase(Locale.ROOT) + " " + Hosts.key(current))) {
        branch.record(
            notContacted(
                current,
                currentSource,
                address,
                Attempt.Outcome.ALREADY_TRIED,
                trust,
                "already tried for this address"));
        return Answer.NONE;
      }
      Exchange exchange = post(branch, address, current, currentSource, trust);
      Step step = new Step(branch, address, current, currentSource, "POST", trust, exchange);
      if (exchange.failure != null) {
        step.record(exchange.failure, exchange.detail);
        return Answer.NONE;
      }
      int status = exchange.status;
      if (isRedirectStatus(status)) {
        URI next = step.httpRedirect(CandidateSource.HTTP_REDIRECT);
        if (next == null) {
          return Answer.NONE;
        }
        previous = current;
        current = next;
        currentSource = CandidateSource.HTTP_REDIRECT;
        continue;
      }
      AutodiscoverDocument document = step.document();
      if (document == null) {
        return Answer.NONE;
      }
      DocumentKind kind = document.kind();
      if (kind == settingsKind()) {
        step.record(Attempt.Outcome.SETTINGS, "");
        return new Answer(document, exchange.body.bytes(), current, null);
      }
      if (kind == DocumentKind.ERROR || kind == DocumentKind.MOBILE_SYNC_ERROR) {
        AutodiscoverError error = document.error().orElseThrow();
        step.record(Attempt.Outcome.ERROR, error.toString());
        throw new Stop(DiscoveryException.Reason.SERVER_ERROR, address, error);
      }
      if (kind == DocumentKind.REDIRECT_ADDRESS || kind == DocumentKind.MOBILE_SYNC_REDIRECT) {
        return redirectAddress(step, document.redirectAddress().orElse(""));
      }
      if (kind == DocumentKind.REDIRECT_URL) {
        URI next = step.parse(document.redirectUrl().orElse(""), "RedirectUrl");
        if (next == null) {
          return Answer.NONE;
        }
        step.takeHop(Attempt.Outcome.REDIRECT_URL, "to " + next);
        previous = current;
        current = next;
        currentSource = CandidateSource.REDIRECT_URL;
        continue;
      }
      step.record(
          Attempt.Outcome.NOT_AUTODISCOVER,
          "a " + kind + " document, not an answer for the " + client.schema() + " schema");
      return Answer.NONE;
    }
    return Answer.NONE;
  }

  /**
   * Handles {@code redirectAddr}: the same address or one seen before invalidates the URL; else
   * restart.
   */
  private Answer redirectAddress(Step step, String newAddress) {
    if (!Hosts.isAddress(newAddress)) {
      step.record(
          Attempt.Outcome.NOT_AUTODISCOVER,
          "redirectAddr to '" + newAddress + "', not an e-mail address");
      return Answer.NONE;
    }
    if (newAddress.equalsIgnoreCase(step.address)) {
      step.record(Attempt.Outcome.SAME_ADDRESS, "redirectAddr to the address just sent");
      return Answer.NONE;
    }
    if (visitedAddresses.contains(newAddress.toLowerCase(Locale.ROOT))) {
      step.record(
          Attempt.Outcome.ADDRESS_LOOP, "redirectAddr to " + newAddress + ", already looked up");
      return Answer.NONE;
    }
    step.takeHop(Attempt.Outcome.REDIRECT_ADDRESS, "to " + newAddress);
    remember(newAddress);
    return new Answer(null, null, null, newAddress);
  }

  /**
   * The unauthenticated {@code GET http://autodiscover.D/...} with redirects off. Only a 301/302 to
   * an https: URL on the Autodiscover path is taken; no credentials, no custom headers, no body are
   * ever sent here.
   *
   * @return the {@code Location} to try next, or null
   */
  private URI probe(Branch branch, String address, URI probe) throws InterruptedException {
    checkDeadline(address);
    if (!visitedUrls.add(address.toLowerCase(Locale.ROOT) + " " + Hosts.key(probe))) {
      return null;
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder()
            .GET()
            .version(HttpClient.Version.HTTP_1_1)
            .timeout(requestTimeout(address));
    Exchange exchange =
        send(
            branch,
            request,
            address,
            probe,
            CandidateSource.HTTP_PROBE,
            "GET",
            TrustDecision.NOT_CHECKED,
            Credentials.Scheme.NONE);
    Step step =
        new Step(
            branch,
            address,
            probe,
            CandidateSource.HTTP_PROBE,
            "GET",
            TrustDecision.NOT_CHECKED,
            exchange);
    if (exchange.failure != null) {
      step.record(exchange.failure, exchange.detail);
      return null;
    }
    if (exchange.status != 301 && exchange.status != 302) {
      step.record(Attempt.Outcome.NO_REDIRECT, "");
      return null;
    }
    return step.httpRedirect(CandidateSource.PROBE_REDIRECT);
  }

  /** Queries {@code _autodiscover._tcp.D}: records on port 443 only, in RFC 2782 order. */
  private List<SrvLookup.SrvRecord> srv(Branch branch, String address, URI name) {
    checkDeadline(address);
    long start = System.nanoTime();
    List<SrvLookup.SrvRecord> received;
    try {
      received =
          SrvLookup.query(
              name.getSchemeSpecificPart(), client.dnsServers(), requestTimeout(address));
    } catch (NamingException e) {
      branch.record(
          new Attempt(
              name,
              "SRV",
              CandidateSource.SRV_QUERY,
              address,
              Attempt.Outcome.DNS_FAILURE,
              OptionalInt.empty(),
              since(start),
              TrustDecision.NOT_CHECKED,
              Credentials.Scheme.NONE,
              Transport.describe(e)));
      return List.of();
    }
    List<SrvLookup.SrvRecord> usable =
        SrvLookup.order(
            received.stream()
                .filter(r -> r.port() == 443 && Hosts.isHostName(r.target()))
                .collect(Collectors.toList()),
            client.random());
    List<SrvLookup.SrvRecord> ignored = new ArrayList<>(received);
    ignored.removeAll(usable);
    String detail =
        (usable.isEmpty() ? "" : "trying " + usable)
            + (ignored.isEmpty()
                ? ""
                : (usable.isEmpty() ? "" : "; ") + "ignored (not port 443, or no host) " + ignored);
    branch.record(
        new Attempt(
            name,
            "SRV",
            CandidateSource.SRV_QUERY,
            address,
            usable.isEmpty() ? Attempt.Outcome.NO_RECORDS : Attempt.Outcome.RECORDS,
            OptionalInt.empty(),
            since(start),
            TrustDecision.NOT_CHECKED,
            Credentials.Scheme.NONE,
            detail));
    return usable;
  }

  /**
   * The trust policy: https: only; the e-mail domain (or one a trusted answer redirected the
   * address to), its subdomains and Microsoft's hosts without asking; every other host only when
   * the callback allows it. A redirectAddr's domain is trusted because only a server already
   * trusted with the credentials, over validated TLS, can name it: it exposes nothing that server
   * could not leak itself, and Exchange hybrid deployments depend on it (redirectAddr to
   * tenant.mail.onmicrosoft.com).
   */
  private TrustDecision decide(String address, URI url, CandidateSource source, URI from) {
    if (!Hosts.isHttps(url)) {
      return TrustDecision.NOT_HTTPS;
    }
    String host = Hosts.normalize(url.getHost());
    if (trustedDomains.stream().anyMatch(domain -> Hosts.isInDomain(host, domain))) {
      return TrustDecision.DOMAIN;
    }
    if (Hosts.MICROSOFT.containsKey(host)) {
      return TrustDecision.MICROSOFT;
    }
    try {
      return client.trust().allow(new TrustRequest(address, url, source, from))
          ? TrustDecision.ALLOWED
          : TrustDecision.REFUSED;
    } catch (RuntimeException e) {
      return TrustDecision.REFUSED;
    }
  }

  /**
   * POSTs the request to a URL that passed the trust policy, with the credentials given for that
   * URL.
   */
  private Exchange post(
      Branch branch, String address, URI url, CandidateSource source, TrustDecision trust)
      throws InterruptedException {
    byte[] body =
        client.schema() == ResponseSchema.OUTLOOK
            ? Autodiscover.toBytes(Autodiscover.outlookRequest(address))
            : Autodiscover.toBytes(Autodiscover.mobileSyncRequest(address));
    HttpRequest.Builder request =
        HttpRequest.newBuilder()
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .timeout(requestTimeout(address))
            .header("Content-Type", "text/xml; charset=utf-8"); // outlook.com wants exactly this
    for (Map.Entry<String, String> header : client.headers().entrySet()) {
      request.header(header.getKey(), header.getValue());
    }
    Credentials.Scheme sent = Credentials.Scheme.NONE;
    if (trust.allowsRequest()
        && Hosts.isHttps(url)) { // decided by the caller already; checked again here
      Credentials credentials = client.credentials().credentialsFor(url);
      Optional<String> authorization =
          credentials == null ? Optional.empty() : credentials.authorization();
      if (authorization.isPresent()) {
        request.header("Authorization", authorization.get());
        sent = credentials.scheme();
      }
    }
    return send(branch, request, address, url, source, "POST", trust, sent);
  }

  private Exchange send(
      Branch branch,
      HttpRequest.Builder request,
      String address,
      URI url,
      CandidateSource source,
      String method,
      TrustDecision trust,
      Credentials.Scheme credentials)
      throws InterruptedException {
    long start = System.nanoTime();
    Duration timeout = requestTimeout(address);
    CompletableFuture<HttpResponse<Transport.Body>> future =
        client.transport().send(request, url, client.parseOptions().maxInputBytes());
    if (!branch.start(
        new InFlight(url, method, source, address, trust, credentials, start, future))) {
      return new Exchange(-1, null, null, Attempt.Outcome.CANCELLED, "", start, credentials);
    }
    try {
      HttpResponse<Transport.Body> response = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return new Exchange(
          response.statusCode(),
          response.headers().firstValue("Location").orElse(null),
          response.body(),
          null,
          "",
          start,
          credentials);
    } catch (TimeoutException e) {
      future.cancel(true);
      return new Exchange(
          -1,
          null,
          null,
          Attempt.Outcome.TIMEOUT,
          "no response within " + timeout.toMillis() + " ms",
          start,
          credentials);
    } catch (ExecutionException e) {
      return new Exchange(
          -1,
          null,
          null,
          Transport.classify(e.getCause()),
          Transport.describe(e.getCause()),
          start,
          credentials);
    } catch (CancellationException e) {
      return new Exchange(-1, null, null, Attempt.Outcome.CANCELLED, "", start, credentials);
    } catch (InterruptedException e) {
      branch.cancel();
      throw e;
    }
  }

  private DocumentKind settingsKind() {
    return client.schema() == ResponseSchema.OUTLOOK
        ? DocumentKind.SETTINGS
        : DocumentKind.MOBILE_SYNC_SETTINGS;
  }

  private static boolean isRedirectStatus(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private synchronized boolean takeHop() {
    if (hops >= MAX_HOPS) {
      return false;
    }
    hops++;
    return true;
  }

  private Duration requestTimeout(String address) {
    long remaining = remainingNanos(address);
    return remaining < client.requestTimeout().toNanos()
        ? Duration.ofNanos(remaining)
        : client.requestTimeout();
  }

  private long remainingNanos(String address) {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw new Stop(DiscoveryException.Reason.DEADLINE_EXCEEDED, address, null);
    }
    return remaining;
  }

  private void checkDeadline(String address) {
    remainingNanos(address);
  }

  private Branch branch() {
    Branch branch = new Branch();
    branches.add(branch);
    return branch;
  }

  private static Attempt notContacted(
      URI url,
      CandidateSource source,
      String address,
      Attempt.Outcome outcome,
      TrustDecision trust,
      String detail) {
    return new Attempt(
        url,
        "-",
        source,
        address,
        outcome,
        OptionalInt.empty(),
        Duration.ZERO,
        trust,
        Credentials.Scheme.NONE,
        detail);
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** The response to one request, or why there was none. */
  private record Exchange(
      int status,
      String location,
      Transport.Body body,
      Attempt.Outcome failure,
      String detail,
      long start,
      Credentials.Scheme credentials) {}

  /** One request and its response, being judged: records the attempt once its outcome is known. */
  private final class Step {
    private final Branch branch;
    private final String address;
    private final URI url;
    private final CandidateSource source;
    private final String method;
    private final TrustDecision trust;
    private final Exchange exchange;
    private final Duration duration;

    Step(
        Branch branch,
        String address,
        URI url,
        CandidateSource source,
        String method,
        TrustDecision trust,
        Exchange exchange) {
      this.branch = branch;
      this.address = address;
      this.url = url;
      this.source = source;
      this.method = method;
      this.trust = trust;
      this.exchange = exchange;
      this.duration = since(exchange.start);
    }

    void record(Attempt.Outcome outcome, String detail) {
      branch.record(
          new Attempt(
              url,
              method,
              source,
              address,
              outcome,
              exchange.status < 0 ? OptionalInt.empty() : OptionalInt.of(exchange.status),
              duration,
              trust,
              exchange.credentials,
              detail));
    }

    /**
     * Spends a hop on the redirect this response carries, or ends the look-up when none is left.
     */
    void takeHop(Attempt.Outcome outcome, String detail) {
      if (!Lookup.this.takeHop()) {
        record(
            Attempt.Outcome.HOP_LIMIT,
            detail + ", not followed: " + MAX_HOPS + " redirects already followed");
        throw new Stop(DiscoveryException.Reason.TOO_MANY_REDIRECTS, address, null);
      }
      record(outcome, detail);
    }

    /**
     * Takes an HTTP redirect: its {@code Location}, resolved against the URL, spends a hop and must
     * be on the Autodiscover path (EWS Managed API's rule); whether it is https: and trusted is
     * decided before it is sent.
     *
     * @return the URL to try next, or null (recorded) when there is none to follow
     */
    URI httpRedirect(CandidateSource targetSource) {
      if (exchange.location == null) {
        record(Attempt.Outcome.HTTP_STATUS, "a redirect without Location");
        return null;
      }
      URI next = parse(exchange.location, "Location");
      if (next == null) {
        return null;
      }
      next = url.resolve(next);
      takeHop(Attempt.Outcome.HTTP_REDIRECT, "to " + next);
      if (Hosts.isHttps(next) && !Hosts.isAutodiscoverPath(next)) {
        branch.record(
            notContacted(
                next,
                targetSource,
                address,
                Attempt.Outcome.REFUSED,
                TrustDecision.NOT_CHECKED,
                "not on the Autodiscover path"));
        return null;
      }
      return next;
    }

    URI parse(String text, String what) {
      try {
        URI parsed = new URI(text.strip());
        if (parsed.isAbsolute() && parsed.getHost() == null) {
          throw new java.net.URISyntaxException(text, "no host");
        }
        return parsed;
      } catch (java.net.URISyntaxException e) {
        record(Attempt.Outcome.NOT_AUTODISCOVER, what + " '" + text + "' is not a URL");
        return null;
      }
    }

    /**
     * Reads a 200's body with the hardened parser; null (recorded) for anything that is not a
     * document.
     */
    AutodiscoverDocument document() {
      if (exchange.status == 401) {
        record(
            Attempt.Outcome.UNAUTHORIZED,
            "not a verdict on the password: other candidates are still tried");
        return null;
      }
      if (exchange.status != 200) {
        record(Attempt.Outcome.HTTP_STATUS, "");
        return null;
      }
      if (exchange.body.tooLarge()) {
        record(
            Attempt.Outcome.TOO_LARGE,
            "body over " + client.parseOptions().maxInputBytes() + " bytes");
        return null;
      }
      try {
        return Autodiscover.parse(exchange.body.bytes(), client.parseOptions());
      } catch (AutodiscoverException e) {
        record(Attempt.Outcome.NOT_AUTODISCOVER, e.getMessage());
        return null;
      }
    }
  }

  /** What a chain ends with: settings, a new address to restart with, or nothing. */
  private static final class Answer {
    static final Answer NONE = new Answer(null, null, null, null);

    final AutodiscoverDocument document;
    final byte[] bytes;
    final URI url;
    final String newAddress;

    Answer(AutodiscoverDocument document, byte[] bytes, URI url, String newAddress) {
      this.document = document;
      this.bytes = bytes;
      this.url = url;
      this.newAddress = newAddress;
    }

    boolean found() {
      return document != null || newAddress != null;
    }
  }

  /** Ends the look-up from inside a chain: a server error, the hop limit, the deadline. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient DiscoveryException.Reason reason;
    final String address;
    final transient AutodiscoverError error;

    Stop(DiscoveryException.Reason reason, String address, AutodiscoverError error) {
      super(reason.name(), null, false, false);
      this.reason = reason;
      this.address = address;
      this.error = error;
    }
  }

  /**
   * A request on its way, enough to record it as {@link Attempt.Outcome#CANCELLED} if it is
   * abandoned.
   */
  private record InFlight(
      URI url,
      String method,
      CandidateSource source,
      String address,
      TrustDecision trust,
      Credentials.Scheme credentials,
      long start,
      CompletableFuture<?> future) {
    Attempt cancelled() {
      return new Attempt(
          url,
          method,
          source,
          address,
          Attempt.Outcome.CANCELLED,
          OptionalInt.empty(),
          since(start),
          trust,
          credentials,
          "abandoned");
    }
  }

  /**
   * A line of requests that can be abandoned: the sequential procedure is one, each side of a
   * parallel race is one. Each request it sends yields exactly one attempt: recorded by the branch
   * when its outcome is known, or as cancelled by whoever abandons the branch first. Once
   * cancelled, a branch records and sends nothing more.
   */
  private final class Branch {
    private boolean cancelled;
    private InFlight inFlight;

    synchronized boolean start(InFlight request) {
      if (cancelled()) {
        request.future().cancel(true);
        return false;
      }
      inFlight = request;
      return true;
    }

    synchronized boolean cancelled() {
      return cancelled || Lookup.this.cancelled;
    }

    synchronized void record(Attempt attempt) {
      if (!cancelled()) {
        inFlight = null;
        attempts.add(attempt);
      }
    }

    synchronized void cancel() {
      if (cancelled) {
        return;
      }
      cancelled = true;
      if (inFlight != null) {
        inFlight.future().cancel(true);
        attempts.add(inFlight.cancelled());
        inFlight = null;
      }
    }
  }
}
