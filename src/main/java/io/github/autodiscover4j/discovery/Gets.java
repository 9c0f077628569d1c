package io.github.autodiscover4j.discovery;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The anonymous GET of the engine's sources (autoconfig, ISPDB, Autodiscover v2) and the redirects
 * it leads to: each redirect target is decided by the trust policy before anything is sent, goes to
 * {@code https:} only, and counts against a budget of {@link LookupState#MAX_HOPS} per chain. No
 * credentials ever travel here.
 */
final class Gets {
  private Gets() {}

  /** Rewrites or refuses a redirect target; null refuses it. */
  @FunctionalInterface
  interface Redirects {
    /**
     * Returns the URL to follow, or null to refuse the redirect.
     *
     * @param location the target, absolute and canonical
     * @param hop how many redirects this chain has followed, this one included
     */
    @Nullable URI next(URI location, int hop);
  }

  /** Any redirect target, as it is. */
  static final Redirects ANY = (location, hop) -> location;

  /**
   * A 200 with its body: the URL that gave it, how that URL was trusted, and its step, not yet
   * ended (the caller records what the body was).
   */
  @SuppressWarnings("ArrayRecordComponent") // internal: the body as read, never compared
  record Fetched(URI url, TrustDecision trust, AttemptRecorder.Step step, byte[] body) {}

  /** Whether a decision lets an anonymous GET go out. */
  static boolean mayFetch(TrustDecision trust) {
    return trust.allowsRequest()
        || trust == TrustDecision.CONFIGURED
        || trust == TrustDecision.PLAIN_HTTP_ALLOWED;
  }

  /**
   * Fetches a URL the caller has decided on, following redirects.
   *
   * @return the 200 answer, or null (recorded) when there is none
   */
  static @Nullable Fetched get(
      Lookup lookup,
      Branch branch,
      URI url,
      CandidateSource source,
      TrustDecision trust,
      String accept,
      Redirects redirects)
      throws InterruptedException {
    String address = lookup.address;
    URI current = url;
    CandidateSource currentSource = source;
    TrustDecision currentTrust = trust;
    int hops = 0;
    while (!branch.cancelled()) {
      AttemptRecorder.Step step =
          AttemptRecorder.step(current, currentSource, address).trust(currentTrust);
      if (!mayFetch(currentTrust)) {
        branch.record(
            step.end(
                Attempt.Outcome.REFUSED,
                currentTrust == TrustDecision.NOT_HTTPS
                    ? "not https:, so never contacted"
                    : "the host is not trusted and the trust callback did not allow it"));
        return null;
      }
      if (!lookup.state.firstVisit(address, current)) {
        branch.record(step.end(Attempt.Outcome.ALREADY_TRIED, "already tried for this address"));
        return null;
      }
      long timeout = lookup.requestTimeoutNanos();
      step.sent("GET");
      CompletableFuture<HttpResponse<Transport.Body>> future =
          lookup.config.network.transport.fetch(current, accept, timeout, lookup.maxBytes());
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
      int status = response.status();
      step.status(status);
      if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        URI next = redirect(branch, step, response, ++hops, redirects);
        if (next == null) {
          return null;
        }
        currentTrust =
            lookup.policy.decide(
                address,
                next,
                CandidateSource.GET_REDIRECT,
                current,
                lookup.state.trustedDomains());
        current = next;
        currentSource = CandidateSource.GET_REDIRECT;
        continue;
      }
      if (status != 200) {
        branch.record(step.end(Attempt.Outcome.HTTP_STATUS, ""));
        return null;
      }
      if (response.body().tooLarge()) {
        branch.record(
            step.end(Attempt.Outcome.TOO_LARGE, "body over " + lookup.maxBytes() + " bytes"));
        return null;
      }
      return new Fetched(current, currentTrust, step, response.body().bytes());
    }
    return null;
  }

  private static @Nullable URI redirect(
      Branch branch,
      AttemptRecorder.Step step,
      Transport.Response response,
      int hop,
      Redirects redirects) {
    String location = response.location();
    if (response.locationTooLong() || location == null) {
      branch.record(
          step.end(
              Attempt.Outcome.HTTP_STATUS,
              location == null && !response.locationTooLong()
                  ? "a redirect without Location"
                  : "a Location over " + Transport.MAX_LOCATION + " characters, not followed"));
      return null;
    }
    if (hop > LookupState.MAX_HOPS) {
      branch.record(
          step.end(
              Attempt.Outcome.HOP_LIMIT,
              "not followed: " + LookupState.MAX_HOPS + " redirects already followed"));
      return null;
    }
    URI target;
    try {
      target = Hosts.canonicalUrl(step.url().resolve(new URI(location.strip())));
    } catch (URISyntaxException | IllegalArgumentException e) {
      target = null;
    }
    if (target == null) {
      branch.record(step.end(Attempt.Outcome.NOT_AUTODISCOVER, "the Location is not a URL"));
      return null;
    }
    URI next = redirects.next(target, hop);
    if (next == null) {
      branch.record(step.end(Attempt.Outcome.REFUSED, "a redirect to " + target + ", refused"));
      return null;
    }
    branch.record(step.end(Attempt.Outcome.HTTP_REDIRECT, "to " + next));
    return next;
  }
}
