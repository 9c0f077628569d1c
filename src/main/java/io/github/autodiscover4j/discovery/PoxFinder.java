package io.github.autodiscover4j.discovery;

import io.github.autodiscover4j.settings.AccountSettings;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Exchange POX Autodiscover inside the engine: today's {@link Procedure}, with the look-up's trust
 * callback (so its consents are recorded), the time left, and its attempts in the look-up's chain;
 * or, for Autodiscover v2, the same procedure started at the URL a v2 answer named.
 */
final class PoxFinder implements Finder {
  @Override
  public @Nullable FoundSettings find(Lookup lookup, SourceRun run) throws InterruptedException {
    return run(lookup, run, null, SettingsSource.POX);
  }

  /**
   * Runs the procedure, from its candidates or from {@code start}.
   *
   * @return the settings, or null when the procedure found none (its attempts say why)
   */
  static @Nullable FoundSettings run(
      Lookup lookup, SourceRun run, Procedure.@Nullable Start start, SettingsSource kind)
      throws InterruptedException {
    DiscoveryConfig network = lookup.config.network;
    Procedure procedure =
        new Procedure(
            network,
            network.schema,
            lookup.address,
            lookup.consents,
            lookup.state.remainingNanos(lookup.address),
            new AttemptRecorder(lookup.state.recorder()::add),
            start);
    run.onCancel(procedure::cancel);
    DiscoveryResult result;
    try {
      result = procedure.run();
    } catch (DiscoveryException e) {
      return null;
    }
    return FoundSettings.ofExchange(
        kind,
        trustOf(result.attempts(), result.url()),
        AccountSettings.of(result.document()),
        result);
  }

  /** How the URL that answered was trusted: its SETTINGS attempt says. */
  private static TrustDecision trustOf(List<Attempt> attempts, URI url) {
    for (int i = attempts.size() - 1; i >= 0; i--) {
      Attempt a = attempts.get(i);
      if (a.outcome() == Attempt.Outcome.SETTINGS && a.url().equals(url)) {
        return a.trust();
      }
    }
    return TrustDecision.NOT_CHECKED;
  }
}
