package io.github.autodiscover4j.discovery;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Races two candidates, each on its own branch. The first answer that counts wins (settings, a
 * redirect to another address, or an error); when both have answered, the first candidate's wins,
 * as it would in order. A candidate that fails leaves the race to the other. The loser is
 * cancelled; since chains only propose (see {@link Answer}), it changes nothing.
 */
final class ParallelCandidates implements CandidateStrategy {
  private final Executor executor;
  private final Clock clock;

  ParallelCandidates(Executor executor, Clock clock) {
    this.executor = executor;
    this.clock = clock;
  }

  @Override
  public Answer run(List<Candidate> candidates, Supplier<Branch> branches, Chain chain)
      throws InterruptedException {
    if (candidates.size() != 2) {
      return new SequentialCandidates().run(candidates, branches, chain);
    }
    Branch first = branches.get();
    Branch second = branches.get();
    CompletableFuture<Answer> f1 = async(() -> chain.follow(first, candidates.get(0)));
    CompletableFuture<Answer> f2 = async(() -> chain.follow(second, candidates.get(1)));
    try {
      while (true) {
        if (f1.isDone() && (answered(f1) || f2.isDone())) {
          second.cancel();
          return answered(f1) ? f1.join() : f2.join();
        }
        if (f2.isDone() && answered(f2)) {
          first.cancel();
          return f2.join();
        }
        CompletableFuture<?> pending =
            f1.isDone() ? f2 : f2.isDone() ? f1 : CompletableFuture.anyOf(f1, f2);
        try {
          pending.get(clock.remainingNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | CancellationException | TimeoutException e) {
          // inspected on the next turn; at the deadline clock.remainingNanos() ends the look-up
        }
      }
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime; // the look-up's stop (a server error, the deadline, the hop budget)
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new InterruptedException("a parallel candidate was interrupted");
    } finally {
      first.cancel();
      second.cancel();
    }
  }

  private static boolean answered(CompletableFuture<Answer> future) {
    return future.isCompletedExceptionally() || future.join().found();
  }

  /** A chain on the executor; an interruption ends it with no answer. */
  private interface Task {
    Answer run() throws InterruptedException;
  }

  private CompletableFuture<Answer> async(Task task) {
    CompletableFuture<Answer> future = new CompletableFuture<>();
    executor.execute(
        () -> {
          try {
            future.complete(task.run());
          } catch (InterruptedException e) {
            future.completeExceptionally(e);
            Thread.currentThread().interrupt();
          } catch (Throwable e) {
            future.completeExceptionally(e);
          }
        });
    return future;
  }
}
