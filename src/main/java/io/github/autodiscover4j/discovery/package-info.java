/**
 * Discovery: from an e-mail address to its settings, with the trust decisions in the caller's
 * hands. For the mail settings of an account, from every mechanism a mail client uses (Mozilla
 * autoconfig, an ISPDB, the MX host's domain, Autodiscover v2, POX, RFC 6186 SRV), start at {@link
 * io.github.autodiscover4j.discovery.AccountDiscovery}; for Exchange POX Autodiscover alone, the
 * way Microsoft documents it, at {@link io.github.autodiscover4j.discovery.AutodiscoverClient}.
 *
 * <pre>{@code
 * AutodiscoverClient client = AutodiscoverClient.builder()
 *     .credentials(url -> Credentials.basic("alice@example.com", password))
 *     .build();
 * DiscoveryResult result = client.discover("alice@example.com");
 * result.document().protocols();   // the settings
 * result.url();                    // who answered
 * result.attempts();               // everything tried, in order, with the trust decision of each
 * }</pre>
 *
 * <p>The policy is on by default and cannot be weakened by a server: candidates come only from the
 * user's own domain (never a parent domain, never {@code autodiscover.<tld>}); credentials go only
 * over {@code https:} with certificate and host-name validation, only to a host that is trusted or
 * that the caller's {@link io.github.autodiscover4j.discovery.TrustCallback} allowed, only after
 * that host asked for them with a 401, and only in the scheme the caller chose (never a downgrade);
 * every response is read by the hardened parser with a size cap.
 */
@NullMarked
package io.github.autodiscover4j.discovery;

import org.jspecify.annotations.NullMarked;
