package io.github.autodiscover4j.discovery;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether an untrusted {@code https:} URL may be contacted, as the EWS Managed API's
 * redirection validation callback does ({@link AccountDiscovery} asks it too, about every domain
 * outside the user's own that one of its sources would use; see {@link TrustRequest#source()}). It
 * is asked only for URLs whose host is neither the e-mail domain's registrable domain (or a
 * subdomain of it) nor one of Microsoft's Autodiscover hosts, and which came from the HTTP probe,
 * an SRV record, an HTTP redirect or a {@code RedirectUrl}; and for the candidates of an address
 * that a host it allowed named in a {@code redirectAddr} (trust never spreads by itself: {@link
 * TrustRequest#from()} is then the URL that redirected). A public suffix is refused without asking.
 * A refused URL is not contacted at all: no request, no credentials. The default, {@link
 * #refuseAll()}, refuses every one, because a redirect to a host outside the user's domain is how
 * credentials leak.
 *
 * <pre>{@code
 * builder.trust(request -> askUser("Send your password to " + request.host().orElseThrow() + "?"));
 * }</pre>
 *
 * <p>With {@link AutodiscoverClient.Builder#parallelCandidates(boolean)} the callback may be called
 * from two threads at once.
 */
@FunctionalInterface
public interface TrustCallback {
  /**
   * Decides on one URL.
   *
   * @param request the URL, where it came from, and for which address
   * @return true to contact the URL (with the credentials the {@link CredentialsProvider} gives for
   *     it), false to skip it; an exception counts as false
   */
  boolean allow(TrustRequest request);

  /**
   * Returns the default callback, which refuses every untrusted URL.
   *
   * @return a callback that always answers false
   */
  static TrustCallback refuseAll() {
    return request -> false;
  }

  /**
   * Returns a callback that allows exactly the given hosts (in canonical form: case, a trailing dot
   * and IDNA spellings do not matter; no wildcards) and refuses every other.
   *
   * @param hosts host names such as {@code mail.hoster.example}
   * @return the callback
   */
  static TrustCallback allowHosts(Collection<String> hosts) {
    Set<String> allowed =
        hosts.stream()
            .map(h -> String.valueOf(Hosts.normalize(h.strip())))
            .collect(Collectors.toUnmodifiableSet());
    return request -> request.host().map(allowed::contains).orElse(false);
  }

  /**
   * Returns a callback that allows exactly the given hosts.
   *
   * @param hosts host names
   * @return the callback
   * @see #allowHosts(Collection)
   */
  static TrustCallback allowHosts(String... hosts) {
    return allowHosts(List.of(hosts));
  }
}
