package io.github.autodiscover4j.discovery;

import java.net.URI;

/**
 * Gives the credentials for one URL. It is asked only when an {@code https:} URL that is trusted
 * (the user's domain, Microsoft's Autodiscover hosts) or allowed by the {@link TrustCallback}
 * answers a request with a 401 challenge: never for the {@code http://} probe, never for a refused
 * URL, never before a server asked. The credentials are sent (once) only if the challenge names
 * their scheme. So it may hand out the real password without checking the URL itself, or decide per
 * host.
 *
 * <pre>{@code
 * builder.credentials(url -> Credentials.basic("alice@example.com", password));
 * builder.credentials(url -> url.getHost().endsWith(".outlook.com")
 *     ? Credentials.bearer(oauth::accessToken) : Credentials.basic(user, password));
 * }</pre>
 */
@FunctionalInterface
public interface CredentialsProvider {
  /**
   * Returns the credentials to send to one URL.
   *
   * @param url the {@code https:} URL about to be contacted
   * @return the credentials; null means {@link Credentials#none()}
   */
  Credentials credentialsFor(URI url);
}
