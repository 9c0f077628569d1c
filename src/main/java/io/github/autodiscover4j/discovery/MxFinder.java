package io.github.autodiscover4j.discovery;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Thunderbird's MX step: the e-mail domain's MX records through the same resolver as SRV, within
 * the deadline; the registrable domain M of the best MX host (lowest preference); then the ISPDB
 * entry of M (when a directory is set) and {@code https://autoconfig.M/...}. M is outside the
 * user's domain, so the trust callback is asked about M first, once; refused, nothing is fetched.
 * An MX host in the user's own domain adds nothing the other sources do not already ask.
 */
final class MxFinder implements Finder {
  @Override
  public @Nullable FoundSettings find(Lookup lookup, SourceRun run) throws InterruptedException {
    Branch branch = run.branch();
    String address = lookup.address;
    URI dns = URI.create("dns:" + lookup.domain);
    long budget = lookup.requestTimeoutNanos();
    AttemptRecorder.Step step =
        AttemptRecorder.step(dns, CandidateSource.MX_QUERY, address).sent("MX");
    if (!branch.start(new CompletableFuture<Void>(), step)) {
      return null; // registered so that a cancel records the query as cancelled
    }
    SrvLookup.Result result =
        SrvLookup.mx(
            lookup.domain,
            lookup.config.network.dnsServers,
            budget,
            lookup.config.network.executor);
    Attempt.Outcome failure = result.failure();
    if (failure != null) {
      branch.record(step.end(failure, result.detail()));
      return null;
    }
    List<SrvLookup.SrvRecord> usable =
        result.records().stream()
            .filter(r -> Hosts.isHostName(r.target()))
            .sorted(Comparator.comparingInt(SrvLookup.SrvRecord::priority))
            .toList();
    if (usable.isEmpty()) {
      branch.record(step.end(Attempt.Outcome.NO_RECORDS, "no usable MX record"));
      return null;
    }
    String host = usable.get(0).target();
    String mxDomain = Hosts.registrableDomain(host);
    if (mxDomain == null) {
      branch.record(step.end(Attempt.Outcome.NO_RECORDS, "the MX host " + host + " has no domain"));
      return null;
    }
    if (lookup.state.trustedDomains().contains(mxDomain)) {
      branch.record(
          step.end(
              Attempt.Outcome.NO_RECORDS,
              "the MX host " + host + " is in the user's own domain: nothing new to ask"));
      return null;
    }
    branch.record(
        step.end(Attempt.Outcome.RECORDS, "MX host " + host + ", its domain " + mxDomain));
    URI autoconfig = AutoconfigFinder.autoconfigHostUrl("https", mxDomain, address);
    TrustDecision trust =
        lookup.policy.decideNamed(
            address, autoconfig, CandidateSource.MX_AUTOCONFIG, dns, lookup.state.trustedDomains());
    if (trust != TrustDecision.ALLOWED && trust != TrustDecision.DOMAIN) {
      branch.record(
          AttemptRecorder.step(autoconfig, CandidateSource.MX_AUTOCONFIG, address)
              .trust(trust)
              .end(
                  Attempt.Outcome.REFUSED,
                  mxDomain + " is not the user's domain and the trust callback did not allow it"));
      return null;
    }
    URI base = lookup.config.ispdb;
    if (base != null) {
      FoundSettings found =
          AutoconfigFinder.fetch(
              lookup,
              branch,
              AutoconfigFinder.ispdbUrl(base, mxDomain),
              CandidateSource.MX_ISPDB,
              trust,
              SettingsSource.MX);
      if (found != null || run.cancelled()) {
        return found;
      }
    }
    return AutoconfigFinder.fetch(
        lookup, branch, autoconfig, CandidateSource.MX_AUTOCONFIG, trust, SettingsSource.MX);
  }
}
