package io.github.autodiscover4j;

/**
 * How long a fuzz campaign of one target runs ({@code JAZZER_FUZZ=1}): two minutes, what {@code
 * .ci/run} spends on the README's campaign on every push. For a longer local campaign change {@link
 * #CAMPAIGN} (an annotation value must be a constant); the README's figures of 10-minute campaigns
 * were taken with {@code "10m"}.
 */
final class FuzzBudget {
  /** The {@code maxDuration} of every fuzz target. */
  static final String CAMPAIGN = "2m";

  private FuzzBudget() {}
}
