package io.github.autodiscover4j.discovery;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An engine's configuration, immutable: the network, trust and credentials settings it shares with
 * the POX procedure, and its own (which sources in which order, how many at once, the ISPDB,
 * plain-HTTP autoconfig, how long Exchange is waited for).
 */
final class EngineConfig {
  final DiscoveryConfig network;
  final List<SettingsSource> sources;
  final int parallelism;
  final @Nullable URI ispdb;
  final boolean plainHttpAutoconfig;
  final Duration exchangeWait;

  EngineConfig(
      DiscoveryConfig network,
      List<SettingsSource> sources,
      int parallelism,
      @Nullable URI ispdb,
      boolean plainHttpAutoconfig,
      Duration exchangeWait) {
    this.network = network;
    this.sources = List.copyOf(sources);
    this.parallelism = parallelism;
    this.ispdb = ispdb;
    this.plainHttpAutoconfig = plainHttpAutoconfig;
    this.exchangeWait = exchangeWait;
  }
}
