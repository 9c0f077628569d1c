package io.github.autodiscover4j.discovery;

import io.github.autodiscover4j.settings.AccountSettings;
import java.util.List;

/**
 * What {@link AccountDiscovery} found for an address: the winning settings (the first valid answer
 * by priority), every other answer as an alternative, the consents the {@link TrustCallback} gave,
 * and every attempt of every source in the order they ended. Immutable.
 *
 * <pre>{@code
 * AccountDiscoveryResult found = discovery.discover("alice@example.com");
 * found.settings().incoming();           // the account dialog
 * found.best().source();                 // AUTOCONFIG, POX, SRV, ...
 * found.best().servers();                // each server with source, URL and trust
 * found.alternatives();                  // Exchange answers and lower priorities
 * found.consents();                      // domains the user approved, to show
 * }</pre>
 */
public final class AccountDiscoveryResult {
  private final String emailAddress;
  private final FoundSettings best;
  private final List<FoundSettings> alternatives;
  private final List<TrustRequest> consents;
  private final List<Attempt> attempts;

  AccountDiscoveryResult(
      String emailAddress,
      FoundSettings best,
      List<FoundSettings> alternatives,
      List<TrustRequest> consents,
      List<Attempt> attempts) {
    this.emailAddress = emailAddress;
    this.best = best;
    this.alternatives = List.copyOf(alternatives);
    this.consents = List.copyOf(consents);
    this.attempts = List.copyOf(attempts);
  }

  /**
   * Returns the address that was looked up, its domain in canonical form.
   *
   * @return the address
   */
  public String emailAddress() {
    return emailAddress;
  }

  /**
   * Returns the winning answer: the answer with mail servers of the source with the highest
   * priority; an Exchange answer without mail servers (EWS only) only when no source found any.
   *
   * @return the answer
   */
  public FoundSettings best() {
    return best;
  }

  /**
   * Returns the winning settings; shorthand for {@code best().settings()}.
   *
   * @return the settings
   */
  public AccountSettings settings() {
    return best.settings();
  }

  /**
   * Returns every other answer, in priority order: sources of lower priority that answered before
   * they were cancelled, and the Exchange answers, which are always waited for (within {@link
   * AccountDiscovery.Builder#exchangeWait(java.time.Duration)}).
   *
   * @return an unmodifiable list
   */
  public List<FoundSettings> alternatives() {
    return alternatives;
  }

  /**
   * Returns every question the {@link TrustCallback} answered yes to during the look-up: a domain
   * outside the user's own (an MX host's domain, a v2 redirect, a POX redirect, an SRV target), so
   * that a client can show what the user approved.
   *
   * @return an unmodifiable list, in the order they were asked
   */
  public List<TrustRequest> consents() {
    return consents;
  }

  /**
   * Returns every attempt of every source, in the order they ended; what a cancelled source had in
   * flight is recorded as {@link Attempt.Outcome#CANCELLED}.
   *
   * @return an unmodifiable list
   */
  public List<Attempt> attempts() {
    return attempts;
  }

  /** Says which source won for whom, and how many alternatives there are. */
  @Override
  public String toString() {
    return "settings for "
        + emailAddress
        + " from "
        + best
        + (alternatives.isEmpty() ? "" : "; " + alternatives.size() + " alternatives");
  }
}
