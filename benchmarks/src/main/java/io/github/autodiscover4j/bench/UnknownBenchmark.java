package io.github.autodiscover4j.bench;

import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.value.UnknownElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * What unknown elements cost: the same document without and with {@link Inputs#UNKNOWN_COUNT} elements no
 * schema names (see {@link Inputs#withUnknownElements}), read by the library, which keeps them, and by Jackson
 * XML on Woodstox for reference, which drops them into its maps. Throughput: higher is better; the report
 * divides the two library rows (target: without / with ≤ 2.0).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class UnknownBenchmark {
  /** Which sample, onprem or isp. */
  @Param({"onprem", "isp"})
  public String sample;

  private byte[] plain;
  private byte[] unknown;

  /**
   * Builds both inputs; in the library's forks checks that it keeps every unknown element and finds none in
   * the plain one; runs this fork's contender once.
   */
  @Setup
  public void setUp(BenchmarkParams params) throws Exception {
    plain = Inputs.unknown(sample, false);
    unknown = Inputs.unknown(sample, true);
    if (Measured.method(params).startsWith("library")) {
      check(sample, plain, unknown);
    }
    Measured.runOnce(this, params); // this fork's contender alone (see Measured)
  }

  /**
   * Checks a pair of inputs: both read without problems, the plain one has no unknown elements, the other all
   * of them.
   *
   * @param sample the case, for the message
   * @param plain the input without unknown elements
   * @param unknown the input with them
   * @return a line saying what the library read
   * @throws AutodiscoverException when the library cannot read an input
   */
  public static String check(String sample, byte[] plain, byte[] unknown) throws AutodiscoverException {
    AutodiscoverDocument without = Autodiscover.parse(plain);
    AutodiscoverDocument with = Autodiscover.parse(unknown);
    int none = count(without);
    int all = count(with);
    if (!without.problems().isEmpty() || !with.problems().isEmpty() || none != 0 || all != Inputs.UNKNOWN_COUNT
        || with.protocols().size() != without.protocols().size()) {
      throw new IllegalStateException(sample + ": unknown elements without " + none + ", with " + all
          + " (expected " + Inputs.UNKNOWN_COUNT + "), problems " + without.problems() + " / " + with.problems());
    }
    return String.format("%s: without %d bytes, %d unknown; with %d bytes, %d unknown; %d protocols", sample,
        plain.length, none, unknown.length, all, with.protocols().size());
  }

  /**
   * Counts the unknown elements reachable from a document's model through the {@code getUnknownElements()} lists
   * (their own nested children not counted), walking every public getter into the model.
   *
   * @param doc a parsed document
   * @return how many
   */
  public static int count(AutodiscoverDocument doc) {
    return count(doc.root(), Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static int count(Object node, Set<Object> seen) {
    if (node == null || !seen.add(node)) {
      return 0;
    }
    if (node instanceof List) {
      int n = 0;
      for (Object item : (List<?>) node) {
        n += count(item, seen);
      }
      return n;
    }
    if (!node.getClass().getName().startsWith("io.github.autodiscover4j.model.")) {
      return 0;
    }
    int n = 0;
    for (Method m : node.getClass().getMethods()) {
      if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")
          || m.getDeclaringClass() == Object.class) {
        continue;
      }
      Object value;
      try {
        value = m.invoke(node);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(m.toString(), e);
      }
      if (m.getName().equals("getUnknownElements")) {
        for (Object item : (List<?>) value) {
          n += item instanceof UnknownElement ? 1 : 0;
        }
      } else {
        n += count(value, seen);
      }
    }
    return n;
  }

  /** The library, the plain document. */
  @Benchmark
  public AutodiscoverDocument libraryWithout() throws Exception {
    return Autodiscover.parse(plain);
  }

  /** The library, the document with unknown elements. */
  @Benchmark
  public AutodiscoverDocument libraryWith() throws Exception {
    return Autodiscover.parse(unknown);
  }

  /** Jackson XML on Woodstox, the plain document. */
  @Benchmark
  public Object jacksonWithout() throws Exception {
    return JacksonModel.MAPPER.readValue(plain, JacksonModel.OutlookAutodiscover.class);
  }

  /** Jackson XML on Woodstox, the document with unknown elements. */
  @Benchmark
  public Object jacksonWith() throws Exception {
    return JacksonModel.MAPPER.readValue(unknown, JacksonModel.OutlookAutodiscover.class);
  }
}
