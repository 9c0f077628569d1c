package io.github.autodiscover4j.discovery;

import java.net.URI;
import java.util.List;

/**
 * How the two {@code https:} candidates of a domain are tried: one after the other ({@link
 * SequentialCandidates}) or raced ({@link ParallelCandidates}). A strategy only orders and cancels;
 * what a chain does is the procedure's.
 */
interface CandidateStrategy {
  /** One candidate URL and where it came from. */
  record Candidate(URI url, CandidateSource source) {}

  /** Follows one candidate's chain on a branch. */
  @FunctionalInterface
  interface Chain {
    Answer follow(Branch branch, Candidate candidate) throws InterruptedException;
  }

  /** Gives the time left, or throws the look-up's deadline stop. */
  @FunctionalInterface
  interface Clock {
    long remainingNanos();
  }

  /**
   * Tries the candidates on branches from {@code branches}, returning the first answer that counts
   * ({@link Answer#NONE} when none does).
   */
  Answer run(List<Candidate> candidates, java.util.function.Supplier<Branch> branches, Chain chain)
      throws InterruptedException;
}
