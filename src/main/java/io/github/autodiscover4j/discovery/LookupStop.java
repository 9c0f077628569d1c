package io.github.autodiscover4j.discovery;

import io.github.autodiscover4j.AutodiscoverError;
import org.jspecify.annotations.Nullable;

/** Ends a look-up from inside a chain: a server error, the hop budget, the deadline. */
final class LookupStop extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final transient DiscoveryException.Reason reason;
  final String address;
  final transient @Nullable AutodiscoverError error;

  LookupStop(DiscoveryException.Reason reason, String address, @Nullable AutodiscoverError error) {
    super(reason.name(), null, false, false);
    this.reason = reason;
    this.address = address;
    this.error = error;
  }
}
