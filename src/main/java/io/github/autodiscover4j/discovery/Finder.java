package io.github.autodiscover4j.discovery;

import org.jspecify.annotations.Nullable;

/**
 * One mechanism of the engine, the same shape for each: given the look-up and its run, find
 * settings or nothing, recording every attempt on the way. A finder keeps no state of its own
 * between look-ups; it stops when its run is cancelled or its thread interrupted.
 */
interface Finder {
  /**
   * Looks for settings.
   *
   * @return the settings found, or null (every reason recorded as an attempt)
   * @throws InterruptedException when the engine cancels the run
   */
  @Nullable FoundSettings find(Lookup lookup, SourceRun run) throws InterruptedException;
}
