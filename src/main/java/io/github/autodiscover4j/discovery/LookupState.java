package io.github.autodiscover4j.discovery;

import java.net.URI;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one look-up has spent and seen: its deadline, its hop budget, the URLs it tried for each
 * address, the addresses it looked up, the domains it trusts, its attempts and its branches.
 * Nothing here outlives the look-up, and nothing is shared between look-ups.
 */
final class LookupState {
  /** "The client application should stop redirecting after 10 redirects" (RedirectUrl (POX)). */
  static final int MAX_HOPS = 10;

  /**
   * The most SRV targets tried for one address; published as {@code
   * AutodiscoverClient.MAX_SRV_TARGETS}.
   */
  static final int MAX_SRV_TARGETS = 5;

  private final long deadline;
  private final AttemptRecorder recorder;
  private final Set<String> visitedUrls = ConcurrentHashMap.newKeySet();
  private final Set<String> visitedAddresses = ConcurrentHashMap.newKeySet();
  private final Set<String> trustedDomains = ConcurrentHashMap.newKeySet();
  private final Set<Branch> branches = ConcurrentHashMap.newKeySet();
  private volatile boolean cancelled;
  private int hops;

  /** Starts a look-up that must end within {@code budgetNanos} from now (saturated). */
  LookupState(long budgetNanos) {
    this(budgetNanos, new AttemptRecorder());
  }

  /** Starts a look-up that records its attempts with {@code recorder}. */
  LookupState(long budgetNanos, AttemptRecorder recorder) {
    this.deadline = Durations.plus(System.nanoTime(), budgetNanos);
    this.recorder = recorder;
  }

  /** Returns whether the look-up was abandoned. */
  boolean cancelled() {
    return cancelled;
  }

  AttemptRecorder recorder() {
    return recorder;
  }

  /** A new line of requests, abandoned with the look-up. */
  Branch newBranch() {
    Branch branch = new Branch(recorder, () -> cancelled);
    branches.add(branch);
    return branch;
  }

  /** Abandons the look-up: every branch's request in flight is cancelled. */
  void cancel() {
    cancelled = true;
    for (Branch branch : branches) {
      branch.cancel();
    }
  }

  /** Spends one hop; false when the budget is spent. */
  synchronized boolean takeHop() {
    if (hops >= MAX_HOPS) {
      return false;
    }
    hops++;
    return true;
  }

  /** Marks a canonical URL as tried for an address; false when it already was. */
  boolean firstVisit(String address, URI url) {
    return visitedUrls.add(Hosts.addressKey(address) + " " + Hosts.key(url));
  }

  boolean seenAddress(String address) {
    return visitedAddresses.contains(Hosts.addressKey(address));
  }

  void rememberAddress(String address) {
    visitedAddresses.add(Hosts.addressKey(address));
  }

  /** The registrable domains trusted as the user's own, read-only. */
  Set<String> trustedDomains() {
    return Collections.unmodifiableSet(trustedDomains);
  }

  void trustDomain(String registrableDomain) {
    trustedDomains.add(registrableDomain);
  }

  /**
   * The time left, or a {@link LookupStop} with {@link DiscoveryException.Reason#DEADLINE_EXCEEDED}
   * when none is.
   */
  long remainingNanos(String address) {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw new LookupStop(DiscoveryException.Reason.DEADLINE_EXCEEDED, address, null);
    }
    return remaining;
  }
}
