package io.github.autodiscover4j.bench;

import java.lang.reflect.InvocationTargetException;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The benchmark method a JMH fork measures, so that a set-up runs that contender and no other. One call of
 * another contender's code in a fork changes what the JIT makes of the measured one: Jackson+Woodstox read the
 * error sample at 299 ops/ms with nothing else run first, 396 after one library parse and 435 after one raw
 * scan on each of the three parsers (`-wi 8 -i 5 -f 3`, 2026-12-02). A user's JVM runs its own XML code, not
 * its rivals'; what the contenders read is compared by {@link Check}, in a JVM of its own.
 */
final class Measured {
  private Measured() {}

  /** The measured method's name: "library", "jackson", "woodstoxFloor", ... */
  static String method(BenchmarkParams params) {
    String benchmark = params.getBenchmark();
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  /** Runs the measured method once on {@code state} (so that its input is known to read) and returns its result. */
  static Object runOnce(Object state, BenchmarkParams params) throws Exception {
    try {
      return state.getClass().getMethod(method(params)).invoke(state);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
