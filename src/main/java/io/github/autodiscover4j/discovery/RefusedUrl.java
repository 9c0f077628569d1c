package io.github.autodiscover4j.discovery;

import java.net.URI;
import java.util.Objects;

/**
 * A URL the look-up did not contact because the trust policy refused it: what a trust dialog shows
 * ("Send your password to evil.test?") and {@link TrustCallback#allowHosts(String...)} takes.
 *
 * @param url the URL as it would have been contacted
 * @param host its host, canonical (lower case, ASCII, no trailing dot)
 * @param source where the URL came from
 * @param decision {@link TrustDecision#REFUSED} (the callback said no) or {@link
 *     TrustDecision#NOT_HTTPS}
 * @param why a short explanation, naming no secret
 */
public record RefusedUrl(
    URI url, String host, CandidateSource source, TrustDecision decision, String why) {
  /**
   * Checks the components.
   *
   * @param url the URL
   * @param host the host
   * @param source the source
   * @param decision the decision
   * @param why the explanation
   */
  public RefusedUrl {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(why, "why");
  }
}
