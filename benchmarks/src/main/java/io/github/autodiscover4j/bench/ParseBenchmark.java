package io.github.autodiscover4j.bench;

import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
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
 * Parsing one sample, seven ways, on the same bytes: the library; Jackson XML on Woodstox (as its users run it,
 * the main baseline) and on the JDK's StAX; the raw-scan floors of the JDK's StAX, Woodstox and Aalto; DOM and
 * XPath. Throughput: higher is better.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class ParseBenchmark {
  /** Which sample (see {@link Inputs#sample}). */
  @Param({"onprem", "online", "isp", "error", "mobilesync"})
  public String sample;

  private byte[] bytes;
  private Class<?> jacksonType;

  /**
   * Loads the sample and runs this fork's contender on it once: the library must read it without problems.
   * No other contender runs in the fork (see {@link Measured}); {@link Check} compares what they read.
   */
  @Setup
  public void setUp(BenchmarkParams params) throws Exception {
    bytes = Inputs.sample(sample);
    jacksonType = JacksonModel.rootType(sample);
    Object read = Measured.runOnce(this, params);
    if (read instanceof AutodiscoverDocument doc && !doc.problems().isEmpty()) {
      throw new IllegalStateException(sample + " is not clean");
    }
  }

  /**
   * The library: lenient read into the JAXB model. Three forks, as the main baseline has: the ratio of
   * the two is the one the targets ask for, and one fork's JIT can be luckier than the next.
   */
  @Benchmark
  @Fork(3)
  public AutodiscoverDocument library() throws Exception {
    return Autodiscover.parse(bytes);
  }

  /** The library's floor: raw scan with the JDK's StAX, which the library reads with. */
  @Benchmark
  public long staxFloor() throws Exception {
    return StaxScan.scan(bytes);
  }

  /** Jackson's floor: the same raw scan with Woodstox. */
  @Benchmark
  public long woodstoxFloor() throws Exception {
    return StaxScan.woodstox(bytes);
  }

  /** The same raw scan with Aalto. */
  @Benchmark
  public long aaltoFloor() throws Exception {
    return StaxScan.aalto(bytes);
  }

  /** DOM parse and XPath extraction. */
  @Benchmark
  public DomXPath.Extract domXPath() throws Exception {
    return DomXPath.parse(bytes);
  }

  /** Jackson XML binding into POJOs, on Woodstox: the main baseline (three forks, as the library). */
  @Benchmark
  @Fork(3)
  public Object jackson() throws Exception {
    return JacksonModel.MAPPER.readValue(bytes, jacksonType);
  }

  /** Jackson XML binding into POJOs, on the JDK's StAX. */
  @Benchmark
  public Object jacksonJdk() throws Exception {
    return JacksonModel.MAPPER_JDK.readValue(bytes, jacksonType);
  }
}
