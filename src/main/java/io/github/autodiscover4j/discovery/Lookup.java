package io.github.autodiscover4j.discovery;

/**
 * One look-up of the engine, shared by its sources: the address and its domain, the configuration,
 * what the look-up has spent and seen, and the trust policy with its consent log. Nothing here
 * outlives the look-up.
 */
final class Lookup {
  final EngineConfig config;
  final String address;
  final String domain;
  final LookupState state;
  final ConsentLog consents;
  final TrustPolicy policy;

  Lookup(EngineConfig config, String address, LookupState state, ConsentLog consents) {
    this.config = config;
    this.address = address;
    this.domain = Hosts.domainOf(address);
    this.state = state;
    this.consents = consents;
    this.policy = new TrustPolicy(consents);
    String key = TrustPolicy.trustKey(address);
    if (key != null) {
      state.trustDomain(key);
    }
  }

  /** The time one request may take: the request timeout, at most what is left of the deadline. */
  long requestTimeoutNanos() {
    return Math.min(state.remainingNanos(address), Durations.nanos(config.network.requestTimeout));
  }

  /** The most bytes read of one answer. */
  int maxBytes() {
    return config.network.parseOptions.maxInputBytes();
  }
}
