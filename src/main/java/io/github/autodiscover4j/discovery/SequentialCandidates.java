package io.github.autodiscover4j.discovery;

import java.util.List;
import java.util.function.Supplier;

/** Tries the candidates one after the other on one branch: the documented order. */
final class SequentialCandidates implements CandidateStrategy {
  @Override
  public Answer run(List<Candidate> candidates, Supplier<Branch> branches, Chain chain)
      throws InterruptedException {
    Branch branch = branches.get();
    for (Candidate candidate : candidates) {
      if (branch.cancelled()) {
        break;
      }
      Answer answer = chain.follow(branch, candidate);
      if (answer.found()) {
        return answer;
      }
    }
    return Answer.NONE;
  }
}
