package io.github.autodiscover4j.discovery;

import java.time.Duration;

/** Durations as nanoseconds, saturated instead of overflowed: a 300-year deadline is "never". */
final class Durations {
  private Durations() {}

  /** The longest wait handed to the JDK (which adds it to {@code Instant.now()}): 100 years. */
  static final Duration LONGEST = Duration.ofDays(36_500);

  /** The duration in nanoseconds, {@link Long#MAX_VALUE} when it has more. */
  static long nanos(Duration duration) {
    if (duration.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0) {
      return Long.MAX_VALUE;
    }
    return duration.isNegative() ? 0 : duration.toNanos();
  }

  /** {@code a + b} for non-negative values, {@link Long#MAX_VALUE} when it overflows. */
  static long plus(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }

  /** The duration, at most {@link #LONGEST}, for the JDK's HTTP client. */
  static Duration capped(Duration duration) {
    return duration.compareTo(LONGEST) > 0 ? LONGEST : duration;
  }

  /** Nanoseconds as a duration for the JDK, at most {@link #LONGEST}. */
  static Duration capped(long nanos) {
    return capped(Duration.ofNanos(Math.max(0, nanos)));
  }
}
