package io.github.autodiscover4j.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs one look-up over every configured source: at most {@code parallelism} at once, started in
 * priority order on threads of the look-up's own (which end with it). The winner is the first
 * source in priority order with mail servers, once every source before it has ended; then every
 * other source still running is cancelled, except the Exchange ones, which get {@code exchangeWait}
 * more to finish and be kept as alternatives. The deadline cancels everything.
 */
final class Engine {
  private static final AtomicInteger THREADS = new AtomicInteger();

  /** The prefix of the engine's thread names (a test counts them). */
  static final String THREAD_NAME = "autodiscover4j-engine-";

  private final EngineConfig config;

  Engine(EngineConfig config) {
    this.config = config;
  }

  /** Finders by source; the one place that knows which class does what. */
  private static Finder finder(SettingsSource source) {
    return switch (source) {
      case AUTOCONFIG, WELL_KNOWN, ISPDB -> new AutoconfigFinder(source);
      case MX -> new MxFinder();
      case AUTODISCOVER_V2 -> new V2Finder();
      case POX -> new PoxFinder();
      case SRV -> new MailSrvFinder();
    };
  }

  AccountDiscoveryResult run(String address, Consumer<Attempt> progress)
      throws DiscoveryException, InterruptedException {
    AttemptRecorder recorder = new AttemptRecorder(progress);
    LookupState state = new LookupState(Durations.nanos(config.network.deadline), recorder);
    Lookup lookup = new Lookup(config, address, state, new ConsentLog(config.network.trust));
    List<SettingsSource> sources = config.sources;
    int n = sources.size();
    AtomicReferenceArray<FoundSettings> found = new AtomicReferenceArray<>(n);
    boolean[] ended = new boolean[n];
    List<SourceRun> runs = new ArrayList<>(n);
    List<Future<?>> futures = new ArrayList<>(n);
    BlockingQueue<Integer> done = new LinkedBlockingQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, config.parallelism), threads());
    boolean deadline = false;
    @Nullable Integer winner = null;
    try {
      for (int i = 0; i < n; i++) {
        int index = i;
        SourceRun run = new SourceRun(state.newBranch());
        runs.add(run);
        Finder finder = finder(sources.get(i));
        futures.add(
            pool.submit(
                () -> {
                  try {
                    if (!run.cancelled()) {
                      found.set(index, finder.find(lookup, run));
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  } catch (LookupStop e) {
                    // the deadline: the coordinator sees it too
                  } finally {
                    done.add(index);
                  }
                }));
      }
      long exchangeUntil = Long.MAX_VALUE;
      int left = n;
      while (left > 0) {
        long now = System.nanoTime();
        long remaining;
        try {
          remaining = state.remainingNanos(address);
        } catch (LookupStop e) {
          deadline = true;
          break;
        }
        if (winner != null && now - exchangeUntil >= 0) {
          break; // the Exchange sources had their time
        }
        long wait = winner == null ? remaining : Math.min(remaining, exchangeUntil - now);
        Integer index = done.poll(wait, TimeUnit.NANOSECONDS);
        if (index == null || ended[index]) {
          continue; // a cancelled source ending late was counted when it was cancelled
        }
        ended[index] = true;
        left--;
        if (winner == null) {
          winner = winner(found, ended);
          if (winner != null) {
            for (int i = 0; i < n; i++) {
              if (!ended[i] && !sources.get(i).isExchange()) {
                // counted as ended now: a task cancelled before it started never reports
                ended[i] = true;
                left--;
                runs.get(i).cancel();
                futures.get(i).cancel(true);
              }
            }
            exchangeUntil = System.nanoTime() + Durations.nanos(config.exchangeWait);
          }
        }
      }
    } finally {
      for (int i = 0; i < n; i++) {
        if (!ended[i]) {
          runs.get(i).cancel();
          futures.get(i).cancel(true);
        }
      }
      pool.shutdownNow();
      // Cancelled sources stop at once (their waits are interruptible); a short wait for them
      // keeps their last attempts in the chain. One in CPU work it cannot leave (the JVM's
      // one-time JAXB start-up) ends when that is done, without holding the caller up.
      var unused = pool.awaitTermination(1, TimeUnit.SECONDS);
    }
    if (winner == null) {
      winner = winner(found, ended);
    }
    if (winner == null) {
      winner = firstAnswer(found);
    }
    List<Attempt> attempts = recorder.snapshot();
    if (winner == null) {
      throw new DiscoveryException(reason(deadline, attempts), address, attempts, null);
    }
    List<FoundSettings> alternatives = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      FoundSettings f = found.get(i);
      if (f != null && i != winner) {
        alternatives.add(f);
      }
    }
    FoundSettings best = found.get(winner);
    if (best == null) {
      throw new IllegalStateException("the winner has no answer");
    }
    return new AccountDiscoveryResult(
        address, best, alternatives, lookup.consents.allowed(), attempts);
  }

  /**
   * The first source in priority order with mail servers, once every source before it has ended;
   * null while a source before it still runs, or when none has.
   */
  private static @Nullable Integer winner(
      AtomicReferenceArray<FoundSettings> found, boolean[] ended) {
    for (int i = 0; i < ended.length; i++) {
      if (!ended[i]) {
        return null;
      }
      FoundSettings f = found.get(i);
      if (f != null && f.hasServers()) {
        return i;
      }
    }
    return null;
  }

  /** With no mail servers anywhere, the first answer at all (an Exchange answer with EWS only). */
  private static @Nullable Integer firstAnswer(AtomicReferenceArray<FoundSettings> found) {
    for (int i = 0; i < found.length(); i++) {
      if (found.get(i) != null) {
        return i;
      }
    }
    return null;
  }

  private static DiscoveryException.Reason reason(boolean deadline, List<Attempt> attempts) {
    if (deadline) {
      return DiscoveryException.Reason.DEADLINE_EXCEEDED;
    }
    boolean refused =
        attempts.stream()
            .anyMatch(
                a ->
                    a.outcome() == Attempt.Outcome.REFUSED
                        && (a.trust() == TrustDecision.REFUSED
                            || a.trust() == TrustDecision.NOT_HTTPS));
    return refused
        ? DiscoveryException.Reason.REFUSED_BY_TRUST
        : DiscoveryException.Reason.NOT_FOUND;
  }

  private static ThreadFactory threads() {
    return runnable -> {
      Thread thread = new Thread(runnable, THREAD_NAME + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
