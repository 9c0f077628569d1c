package io.github.autodiscover4j.discovery;

import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.AutodiscoverError;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.DocumentKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The documented procedure for one address, and nothing else: which candidates, in which order, and
 * what each answer leads to. Trust is asked of {@link TrustPolicy}, requests go through {@link
 * Transport} and {@link SrvLookup}, what was spent and seen is kept in {@link LookupState},
 * attempts are described with {@link AttemptRecorder}, and the two {@code https:} candidates are
 * tried by a {@link CandidateStrategy}.
 */
final class Procedure {
  private static final String NOT_A_VERDICT =
      "not a verdict on the password: other candidates are still tried";

  private final DiscoveryConfig config;
  private final ResponseSchema schema;
  private final TrustPolicy policy;
  private final LookupState state;
  private final CandidateStrategy strategy;
  private final String requestedAddress;
  private volatile String currentAddress;

  /**
   * Where a look-up starts instead of the candidates of the address: a URL another answer named.
   */
  record Start(URI url, CandidateSource source, URI from) {}

  private @Nullable Start start;

  Procedure(DiscoveryConfig config, ResponseSchema schema, String address) {
    this(
        config,
        schema,
        address,
        config.trust,
        Durations.nanos(config.deadline),
        new AttemptRecorder(),
        null);
  }

  /**
   * A procedure inside a larger look-up: its trust callback, the time it has, the recorder its
   * attempts go to, and optionally the URL to start with (for the first address only).
   */
  Procedure(
      DiscoveryConfig config,
      ResponseSchema schema,
      String address,
      TrustCallback trust,
      long budgetNanos,
      AttemptRecorder recorder,
      @Nullable Start start) {
    this.config = config;
    this.schema = schema;
    this.policy = new TrustPolicy(trust);
    this.state = new LookupState(budgetNanos, recorder);
    this.start = start;
    this.requestedAddress = address;
    this.currentAddress = address;
    this.strategy =
        config.parallelCandidates
            ? new ParallelCandidates(config.executor, () -> state.remainingNanos(currentAddress))
            : new SequentialCandidates();
  }

  /** Runs the procedure to its end. */
  DiscoveryResult run() throws DiscoveryException, InterruptedException {
    String address = requestedAddress;
    state.rememberAddress(address);
    trust(address);
    @Nullable URI namedBy = null; // the allowed (not trusted) URL that named this address
    try {
      while (true) {
        currentAddress = address;
        Answer answer = search(address, namedBy);
        AutodiscoverDocument document = answer.document;
        URI url = answer.url;
        if (document != null && url != null) {
          return new DiscoveryResult(
              document,
              answer.bytes,
              url,
              address,
              requestedAddress,
              state.recorder().snapshot(),
              config.clock.instant(),
              false);
        }
        String next = answer.newAddress;
        if (next == null) {
          throw new LookupStop(endReason(), address, null);
        }
        // Applied here, for the winning chain alone: a losing parallel branch changes nothing.
        address = next;
        state.rememberAddress(address);
        if (TrustPolicy.redirectAddressCarriesTrust(answer.trust)) {
          trust(address);
          namedBy = null;
        } else {
          namedBy = url;
        }
      }
    } catch (LookupStop stop) {
      throw new DiscoveryException(
          stop.reason, stop.address, state.recorder().snapshot(), stop.error);
    } catch (RuntimeException | StackOverflowError e) {
      // A last net: nothing but the library's exceptions leaves a look-up.
      DiscoveryException failure =
          new DiscoveryException(
              DiscoveryException.Reason.NOT_FOUND, address, state.recorder().snapshot(), null);
      failure.initCause(e);
      throw failure;
    }
  }

  /** Abandons the look-up: in-flight requests are cancelled and nothing more is sent. */
  void cancel() {
    state.cancel();
  }

  private void trust(String address) {
    String key = TrustPolicy.trustKey(address);
    if (key != null) {
      state.trustDomain(key);
    }
  }

  /** Why a look-up that found nothing ended: a loop, a refusal, or plain nothing. */
  private DiscoveryException.Reason endReason() {
    List<Attempt> attempts = state.recorder().snapshot();
    if (attempts.stream().anyMatch(a -> a.outcome() == Attempt.Outcome.ADDRESS_LOOP)) {
      return DiscoveryException.Reason.ADDRESS_LOOP;
    }
    if (attempts.stream()
        .anyMatch(
            a ->
                a.outcome() == Attempt.Outcome.REFUSED
                    && (a.trust() == TrustDecision.REFUSED
                        || a.trust() == TrustDecision.NOT_HTTPS))) {
      return DiscoveryException.Reason.REFUSED_BY_TRUST;
    }
    return DiscoveryException.Reason.NOT_FOUND;
  }

  /**
   * Phases 1 to 3 for one address: the two https: candidates, then the HTTP probe, then SRV.
   *
   * @param namedBy null when the address's domain is trusted, else the URL that named it
   */
  private Answer search(String address, @Nullable URI namedBy) throws InterruptedException {
    Start first = start;
    if (first != null) {
      start = null; // a redirectAddr from there restarts with the new address's own candidates
      return chain(state.newBranch(), address, first.url(), first.source(), first.from());
    }
    String domain = Hosts.domainOf(address);
    List<CandidateStrategy.Candidate> candidates =
        List.of(
            new CandidateStrategy.Candidate(
                Hosts.candidate("https", domain), CandidateSource.ROOT_DOMAIN),
            new CandidateStrategy.Candidate(
                Hosts.candidate("https", "autodiscover." + domain),
                CandidateSource.AUTODISCOVER_DOMAIN));
    Answer answer =
        strategy.run(
            candidates,
            state::newBranch,
            (branch, candidate) ->
                chain(branch, address, candidate.url(), candidate.source(), namedBy));
    Branch branch = state.newBranch();
    if (answer.found() || branch.cancelled()) {
      return answer;
    }
    if (config.httpProbe) {
      URI probe = Hosts.candidate("http", "autodiscover." + domain);
      URI target = probe(branch, address, probe);
      if (target != null) {
        answer = chain(branch, address, target, CandidateSource.PROBE_REDIRECT, probe);
        if (answer.found()) {
          return answer;
        }
      }
    }
    if (config.srvLookup && !branch.cancelled()) {
      String name = "_autodiscover._tcp." + domain;
      URI dns = URI.create("dns:" + name);
      for (SrvLookup.SrvRecord record : srv(branch, address, name, dns)) {
        URI target = Hosts.candidate("https", record.target());
        if (!state.takeHop()) {
          branch.record(
              AttemptRecorder.step(target, CandidateSource.SRV_RECORD, address)
                  .end(
                      Attempt.Outcome.HOP_LIMIT,
                      "not tried: "
                          + LookupState.MAX_HOPS
                          + " hops (redirects and SRV targets) already spent"));
          throw new LookupStop(DiscoveryException.Reason.TOO_MANY_REDIRECTS, address, null);
        }
        answer = chain(branch, address, target, CandidateSource.SRV_RECORD, dns);
        if (answer.found()) {
          return answer;
        }
      }
    }
    return Answer.NONE;
  }

  /**
   * Tries one URL and follows where it leads: HTTP redirects (https: and the Autodiscover path
   * only) and {@code redirectUrl}s, each decided by the trust policy before anything is sent.
   *
   * @param from what pointed here, or null for a candidate of a trusted domain
   * @return settings, a proposed new address, or {@link Answer#NONE} to try the next candidate
   * @throws LookupStop when the search must end: a server error, the hop budget, the deadline
   */
  private Answer chain(
      Branch branch, String address, URI url, CandidateSource source, @Nullable URI from)
      throws InterruptedException {
    URI current = url;
    CandidateSource currentSource = source;
    URI previous = from;
    while (!branch.cancelled()) {
      state.remainingNanos(address);
      AttemptRecorder.Step step = AttemptRecorder.step(current, currentSource, address);
      TrustDecision trust =
          policy.decide(address, current, currentSource, previous, state.trustedDomains());
      step.trust(trust);
      if (!trust.allowsRequest()) {
        branch.record(
            step.end(
                Attempt.Outcome.REFUSED,
                trust == TrustDecision.NOT_HTTPS
                    ? "not https:, so never contacted"
                    : "the host is not trusted and the trust callback did not allow it"));
        return Answer.NONE;
      }
      if (!state.firstVisit(address, current)) {
        branch.record(step.end(Attempt.Outcome.ALREADY_TRIED, "already tried for this address"));
        return Answer.NONE;
      }
      Transport.Result result = post(branch, step, address, current, null);
      if (result == null) {
        return Answer.NONE; // abandoned; recorded as cancelled by whoever abandoned it
      }
      Transport.Response response = result.response();
      if (response != null && response.status() == 401) {
        step.status(401);
        Retry retry = challenged(branch, step, response);
        if (retry == null) {
          return Answer.NONE;
        }
        step = retry.step();
        result = post(branch, step, address, current, retry.authorization());
        if (result == null) {
          return Answer.NONE;
        }
        response = result.response();
      }
      Attempt.Outcome failure = result.failure();
      if (response == null || failure != null) {
        branch.record(
            step.end(failure == null ? Attempt.Outcome.CONNECT_FAILED : failure, result.detail()));
        return Answer.NONE;
      }
      step.status(response.status());
      if (isRedirectStatus(response.status())) {
        URI next = httpRedirect(branch, step, response, CandidateSource.HTTP_REDIRECT);
        if (next == null) {
          return Answer.NONE;
        }
        previous = current;
        current = next;
        currentSource = CandidateSource.HTTP_REDIRECT;
        continue;
      }
      AutodiscoverDocument document = document(branch, step, response);
      if (document == null) {
        return Answer.NONE;
      }
      DocumentKind kind = document.kind();
      if (kind == settingsKind()) {
        branch.record(step.end(Attempt.Outcome.SETTINGS, ""));
        return Answer.settings(document, response.body().bytes(), current);
      }
      if (kind == DocumentKind.ERROR || kind == DocumentKind.MOBILE_SYNC_ERROR) {
        Optional<AutodiscoverError> error = document.error();
        branch.record(
            step.end(Attempt.Outcome.ERROR, error.map(AutodiscoverError::toString).orElse("")));
        throw new LookupStop(DiscoveryException.Reason.SERVER_ERROR, address, error.orElse(null));
      }
      if (kind == DocumentKind.REDIRECT_ADDRESS || kind == DocumentKind.MOBILE_SYNC_REDIRECT) {
        return redirectAddress(branch, step, document.redirectAddress().orElse(""));
      }
      if (kind == DocumentKind.REDIRECT_URL) {
        URI next = parse(branch, step, current, document.redirectUrl().orElse(""), "RedirectUrl");
        if (next == null) {
          return Answer.NONE;
        }
        takeHop(branch, step, Attempt.Outcome.REDIRECT_URL, "to " + next);
        previous = current;
        current = next;
        currentSource = CandidateSource.REDIRECT_URL;
        continue;
      }
      branch.record(
          step.end(
              Attempt.Outcome.NOT_AUTODISCOVER,
              "a " + kind + " document, not an answer for the " + schema + " schema"));
      return Answer.NONE;
    }
    return Answer.NONE;
  }

  /** The authenticated retry of a request: its step, and the header value (null: unusable). */
  private record Retry(AttemptRecorder.Step step, @Nullable String authorization) {}

  /**
   * Judges a 401: answered once, with the caller's credentials, only when the policy allows it (a
   * trusted https: URL, asking for the scheme the caller chose).
   *
   * @return the authenticated retry, or null (recorded) when there is none
   */
  private @Nullable Retry challenged(
      Branch branch, AttemptRecorder.Step step, Transport.Response response) {
    URI url = step.url();
    List<String> asked = response.schemes();
    if (!Hosts.isHttps(url) || !step.trust().allowsRequest()) {
      branch.record(
          step.end(Attempt.Outcome.UNAUTHORIZED, "not a trusted https: URL; " + NOT_A_VERDICT));
      return null;
    }
    Credentials credentials;
    try {
      Credentials given = config.credentials.credentialsFor(url);
      credentials = given == null ? Credentials.none() : given;
    } catch (RuntimeException e) {
      branch.record(
          step.end(
              Attempt.Outcome.CREDENTIALS_UNUSABLE,
              "the credentials provider failed (" + e.getClass().getSimpleName() + ")"));
      return null;
    }
    if (!TrustPolicy.mayAnswer(url, step.trust(), credentials.scheme(), asked)) {
      String why =
          credentials.scheme() == Credentials.Scheme.NONE
              ? "no credentials to offer"
              : asked.isEmpty()
                  ? "the 401 asks for no scheme"
                  : "asked for "
                      + String.join(", ", asked)
                      + ", not "
                      + credentials.scheme()
                      + ": credentials go only in the caller's scheme";
      branch.record(step.end(Attempt.Outcome.UNAUTHORIZED, why + "; " + NOT_A_VERDICT));
      return null;
    }
    branch.record(
        step.end(
            Attempt.Outcome.CHALLENGED,
            "asked for " + String.join(", ", asked) + "; sent again with credentials"));
    return new Retry(
        AttemptRecorder.step(url, step.source(), step.address())
            .trust(step.trust())
            .credentials(credentials.scheme()),
        credentials.headerValue());
  }

  /**
   * Sends the Autodiscover request, on the branch.
   *
   * @return the result, or null when the branch was abandoned
   */
  private Transport.@Nullable Result post(
      Branch branch,
      AttemptRecorder.Step step,
      String address,
      URI url,
      @Nullable String authorization)
      throws InterruptedException {
    if (authorization == null && step.credentials() != Credentials.Scheme.NONE) {
      branch.record(
          step.end(
              Attempt.Outcome.CREDENTIALS_UNUSABLE,
              "the credentials cannot travel in an HTTP header (a control character or a blank"
                  + " token?); nothing was sent with them"));
      return null;
    }
    byte[] body =
        schema == ResponseSchema.OUTLOOK
            ? Autodiscover.toBytes(Autodiscover.outlookRequest(address))
            : Autodiscover.toBytes(Autodiscover.mobileSyncRequest(address));
    long timeout = requestTimeoutNanos(address);
    step.sent("POST");
    CompletableFuture<HttpResponse<Transport.Body>> future =
        config.transport.post(
            url, body, config.headers, authorization, timeout, config.parseOptions.maxInputBytes());
    if (!branch.start(future, step)) {
      return null;
    }
    return Transport.await(future, timeout);
  }

  /**
   * Takes an HTTP redirect: its {@code Location}, resolved against the URL, spends a hop and must
   * be on the Autodiscover path (EWS Managed API's rule); whether it is https: and trusted is
   * decided before it is sent.
   *
   * @return the URL to try next, or null (recorded) when there is none to follow
   */
  private @Nullable URI httpRedirect(
      Branch branch,
      AttemptRecorder.Step step,
      Transport.Response response,
      CandidateSource targetSource) {
    if (response.locationTooLong()) {
      branch.record(
          step.end(
              Attempt.Outcome.HTTP_STATUS,
              "a Location over " + Transport.MAX_LOCATION + " characters, not followed"));
      return null;
    }
    String location = response.location();
    if (location == null) {
      branch.record(step.end(Attempt.Outcome.HTTP_STATUS, "a redirect without Location"));
      return null;
    }
    URI next = parse(branch, step, step.url(), location, "Location");
    if (next == null) {
      return null;
    }
    takeHop(branch, step, Attempt.Outcome.HTTP_REDIRECT, "to " + next);
    if (Hosts.isHttps(next) && !Hosts.isAutodiscoverPath(next)) {
      branch.record(
          AttemptRecorder.step(next, targetSource, step.address())
              .end(Attempt.Outcome.REFUSED, "not on the Autodiscover path"));
      return null;
    }
    return next;
  }

  /**
   * Reads a URL a server sent, resolved against the URL that sent it, in canonical form.
   *
   * @return the URL, or null (recorded) when it is not one
   */
  private @Nullable URI parse(
      Branch branch, AttemptRecorder.Step step, URI base, String text, String what) {
    String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
    if (text.length() > Transport.MAX_LOCATION) {
      branch.record(
          step.end(
              Attempt.Outcome.NOT_AUTODISCOVER,
              what + " over " + Transport.MAX_LOCATION + " characters, not followed"));
      return null;
    }
    try {
      URI parsed = base.resolve(new URI(text.strip()));
      URI canonical = Hosts.canonicalUrl(parsed);
      if (canonical == null) {
        throw new URISyntaxException(text, "no usable host");
      }
      return canonical;
    } catch (URISyntaxException | IllegalArgumentException e) {
      branch.record(
          step.end(Attempt.Outcome.NOT_AUTODISCOVER, what + " '" + shown + "' is not a URL"));
      return null;
    }
  }

  /** Spends a hop on the redirect a response carries, or ends the look-up when none is left. */
  private void takeHop(
      Branch branch, AttemptRecorder.Step step, Attempt.Outcome outcome, String detail) {
    if (!state.takeHop()) {
      branch.record(
          step.end(
              Attempt.Outcome.HOP_LIMIT,
              detail + ", not followed: " + LookupState.MAX_HOPS + " redirects already followed"));
      throw new LookupStop(DiscoveryException.Reason.TOO_MANY_REDIRECTS, step.address(), null);
    }
    branch.record(step.end(outcome, detail));
  }

  /**
   * Handles {@code redirectAddr}: an address that may not be looked up, the same address, or one
   * seen before invalidates the URL; else a new address is proposed, with the trust of the URL that
   * named it.
   */
  private Answer redirectAddress(Branch branch, AttemptRecorder.Step step, String newAddress) {
    String shown = newAddress.length() > 200 ? newAddress.substring(0, 200) + "..." : newAddress;
    String problem =
        Hosts.isXmlText(newAddress)
            ? Hosts.addressProblem(newAddress.strip())
            : "a character XML cannot carry";
    if (problem != null) {
      branch.record(
          step.end(Attempt.Outcome.REFUSED_ADDRESS, "redirectAddr to '" + shown + "': " + problem));
      return Answer.NONE;
    }
    String canonical = Hosts.canonicalAddress(newAddress.strip());
    if (Hosts.addressKey(canonical).equals(Hosts.addressKey(step.address()))) {
      branch.record(
          step.end(Attempt.Outcome.SAME_ADDRESS, "redirectAddr to the address just sent"));
      return Answer.NONE;
    }
    if (state.seenAddress(canonical)) {
      branch.record(
          step.end(
              Attempt.Outcome.ADDRESS_LOOP,
              "redirectAddr to " + canonical + ", already looked up"));
      return Answer.NONE;
    }
    takeHop(branch, step, Attempt.Outcome.REDIRECT_ADDRESS, "to " + canonical);
    return Answer.redirectAddress(canonical, step.url(), step.trust());
  }

  /**
   * The unauthenticated {@code GET http://autodiscover.D/...} with redirects off. Only a 301/302 to
   * an https: URL on the Autodiscover path is taken; no credentials, no custom headers, no body are
   * ever sent here, and a 401 here is never answered.
   *
   * @return the {@code Location} to try next, or null
   */
  private @Nullable URI probe(Branch branch, String address, URI probe)
      throws InterruptedException {
    state.remainingNanos(address);
    if (!state.firstVisit(address, probe)) {
      return null;
    }
    long timeout = requestTimeoutNanos(address);
    AttemptRecorder.Step step =
        AttemptRecorder.step(probe, CandidateSource.HTTP_PROBE, address).sent("GET");
    CompletableFuture<HttpResponse<Transport.Body>> future = config.transport.get(probe, timeout);
    if (!branch.start(future, step)) {
      return null;
    }
    Transport.Result result = Transport.await(future, timeout);
    Transport.Response response = result.response();
    Attempt.Outcome failure = result.failure();
    if (response == null || failure != null) {
      branch.record(
          step.end(failure == null ? Attempt.Outcome.CONNECT_FAILED : failure, result.detail()));
      return null;
    }
    step.status(response.status());
    if (response.status() != 301 && response.status() != 302) {
      branch.record(step.end(Attempt.Outcome.NO_REDIRECT, ""));
      return null;
    }
    return httpRedirect(branch, step, response, CandidateSource.PROBE_REDIRECT);
  }

  /**
   * Queries {@code _autodiscover._tcp.D} within the time left: records on port 443 with a usable
   * host only, in RFC 2782 order, at most {@link LookupState#MAX_SRV_TARGETS}.
   */
  private List<SrvLookup.SrvRecord> srv(Branch branch, String address, String name, URI dns)
      throws InterruptedException {
    long budget = requestTimeoutNanos(address);
    AttemptRecorder.Step step =
        AttemptRecorder.step(dns, CandidateSource.SRV_QUERY, address).sent("SRV");
    SrvLookup.Result result = SrvLookup.lookup(name, config.dnsServers, budget, config.executor);
    Attempt.Outcome failure = result.failure();
    if (failure != null) {
      branch.record(step.end(failure, result.detail()));
      state.remainingNanos(address); // a query that used up the deadline ends the look-up
      return List.of();
    }
    List<SrvLookup.SrvRecord> received = result.records();
    List<SrvLookup.SrvRecord> usable =
        SrvLookup.order(
            received.stream()
                .filter(r -> r.port() == 443 && Hosts.isHostName(r.target()))
                .collect(Collectors.toList()),
            config.random);
    List<SrvLookup.SrvRecord> ignored = new ArrayList<>(received);
    ignored.removeAll(usable);
    List<SrvLookup.SrvRecord> tried =
        usable.subList(0, Math.min(usable.size(), LookupState.MAX_SRV_TARGETS));
    int notTried = usable.size() - tried.size();
    StringBuilder detail = new StringBuilder();
    if (!tried.isEmpty()) {
      detail.append("trying ").append(tried.size() > 20 ? tried.subList(0, 20) : tried);
    }
    if (notTried > 0) {
      detail
          .append("; ")
          .append(notTried)
          .append(" more not tried (at most ")
          .append(LookupState.MAX_SRV_TARGETS)
          .append(")");
    }
    if (!ignored.isEmpty()) {
      detail
          .append(detail.length() == 0 ? "" : "; ")
          .append("ignored (not port 443, or no host) ")
          .append(ignored.size() > 20 ? ignored.subList(0, 20) : ignored);
    }
    branch.record(
        step.end(
            usable.isEmpty() ? Attempt.Outcome.NO_RECORDS : Attempt.Outcome.RECORDS,
            detail.toString()));
    return List.copyOf(tried);
  }

  /**
   * Reads a response's body with the hardened parser; null (recorded) for anything that is not a
   * document.
   */
  private @Nullable AutodiscoverDocument document(
      Branch branch, AttemptRecorder.Step step, Transport.Response response) {
    if (response.status() == 401) {
      branch.record(
          step.end(
              Attempt.Outcome.UNAUTHORIZED,
              "the credentials were not accepted here; " + NOT_A_VERDICT));
      return null;
    }
    if (response.status() != 200) {
      branch.record(step.end(Attempt.Outcome.HTTP_STATUS, ""));
      return null;
    }
    if (response.body().tooLarge()) {
      branch.record(
          step.end(
              Attempt.Outcome.TOO_LARGE,
              "body over " + config.parseOptions.maxInputBytes() + " bytes"));
      return null;
    }
    try {
      return Autodiscover.parse(response.body().bytes(), config.parseOptions);
    } catch (AutodiscoverException e) {
      branch.record(step.end(Attempt.Outcome.NOT_AUTODISCOVER, String.valueOf(e.getMessage())));
      return null;
    }
  }

  private DocumentKind settingsKind() {
    return schema == ResponseSchema.OUTLOOK
        ? DocumentKind.SETTINGS
        : DocumentKind.MOBILE_SYNC_SETTINGS;
  }

  private static boolean isRedirectStatus(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private long requestTimeoutNanos(String address) {
    return Math.min(state.remainingNanos(address), Durations.nanos(config.requestTimeout));
  }
}
