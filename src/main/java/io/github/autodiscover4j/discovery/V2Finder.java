package io.github.autodiscover4j.discovery;

import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.AutodiscoverV2;
import io.github.autodiscover4j.V2Document;
import io.github.autodiscover4j.V2Request;
import io.github.autodiscover4j.value.Term;
import io.github.autodiscover4j.value.V2Protocol;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Autodiscover v2, as current Outlook asks it first: the anonymous {@code GET
 * https://H/autodiscover/autodiscover.json/v1.0/<address>?Protocol=AutodiscoverV1} at {@code
 * autodiscover.D}, then D; a 302 is followed only to another v2 URL, with {@code RedirectCount}
 * raised to the hops taken (at most 10), each target decided by the trust policy before it is asked
 * (another host's domain needs the callback); the answer's {@code Url} must be an {@code https:}
 * POX Autodiscover URL, and POX is then run at that URL alone, where credentials follow the POX
 * rules: only after the policy accepted that URL and it asked with a 401.
 */
final class V2Finder implements Finder {
  /** What v2 servers are asked to send. */
  static final String ACCEPT = "application/json";

  @Override
  public @Nullable FoundSettings find(Lookup lookup, SourceRun run) throws InterruptedException {
    V2Request request = V2Request.of(lookup.address, V2Protocol.AUTODISCOVER_V1);
    for (String host : List.of("autodiscover." + lookup.domain, lookup.domain)) {
      if (run.cancelled()) {
        return null;
      }
      URI url = request.pathUri(host);
      TrustDecision trust =
          lookup.policy.decide(
              lookup.address, url, CandidateSource.V2_REQUEST, null, lookup.state.trustedDomains());
      URI named = named(lookup, run.branch(), url, trust);
      if (named == null || run.cancelled()) {
        continue;
      }
      FoundSettings found =
          PoxFinder.run(
              lookup,
              run,
              new Procedure.Start(named, CandidateSource.V2_URL, url),
              SettingsSource.AUTODISCOVER_V2);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * Asks one v2 URL and follows its redirects.
   *
   * @return the POX URL the answer names, or null (recorded)
   */
  private static @Nullable URI named(Lookup lookup, Branch branch, URI url, TrustDecision trust)
      throws InterruptedException {
    Gets.Fetched fetched =
        Gets.get(
            lookup,
            branch,
            url,
            CandidateSource.V2_REQUEST,
            trust,
            ACCEPT,
            (location, hop) -> raised(location, hop, lookup.address));
    if (fetched == null) {
      return null;
    }
    V2Document document;
    try {
      document = AutodiscoverV2.parse(fetched.body(), lookup.config.network.parseOptions);
    } catch (AutodiscoverException e) {
      branch.record(
          fetched.step().end(Attempt.Outcome.NOT_AUTODISCOVER, String.valueOf(e.getMessage())));
      return null;
    }
    if (document.kind() == V2Document.Kind.ERROR) {
      branch.record(
          fetched
              .step()
              .end(
                  Attempt.Outcome.ERROR,
                  "v2 error "
                      + Optional.ofNullable(document.errorCode()).map(c -> c.raw()).orElse("?")
                      + ": "
                      + Optional.ofNullable(document.errorMessage()).orElse("")));
      return null;
    }
    URI named = document.uri();
    URI canonical = named == null ? null : Hosts.canonicalUrl(named);
    if (canonical == null || !Hosts.isHttps(canonical) || !Hosts.isAutodiscoverPath(canonical)) {
      String raw = String.valueOf(document.url());
      branch.record(
          fetched
              .step()
              .end(
                  Attempt.Outcome.NOT_AUTODISCOVER,
                  "the v2 answer names no https: POX URL: '"
                      + (raw.length() > 200 ? raw.substring(0, 200) + "..." : raw)
                      + "'"));
      return null;
    }
    branch.record(fetched.step().end(Attempt.Outcome.REDIRECT_URL, "names POX at " + canonical));
    return canonical;
  }

  /**
   * A v2 redirect's target with {@code RedirectCount} raised to at least the hops taken; null for a
   * target that is not a v2 URL.
   */
  static @Nullable URI raised(URI location, int hop, String address) {
    if (!Hosts.isHttps(location)) {
      return location; // refused by the policy (NOT_HTTPS), and recorded so
    }
    Optional<V2Request> read = V2Request.read(location.getRawPath(), location.getRawQuery());
    if (read.isEmpty()) {
      return null;
    }
    V2Request asked = read.get();
    String named = asked.address();
    String who = named == null ? address : named;
    Term<V2Protocol> protocol = asked.protocol();
    V2Request next =
        (protocol == null
                ? V2Request.of(who, V2Protocol.AUTODISCOVER_V1)
                : V2Request.of(who, protocol.raw()))
            .withRedirectCount(
                Math.min(V2Request.MAX_REDIRECT_COUNT, Math.max(asked.redirectCount(), hop)));
    String authority = String.valueOf(location.getRawAuthority());
    return asked.form() == V2Request.Form.QUERY
        ? next.queryUri(authority)
        : next.pathUri(authority);
  }
}
