package io.github.autodiscover4j.bench;

import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Parsing one sample, four ways, on the same bytes. Throughput: higher is better. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseBenchmark {
  /** Which sample (see {@link Inputs#sample}). */
  @Param({"onprem", "online", "isp", "error", "mobilesync"})
  public String sample;

  private byte[] bytes;
  private Class<?> jacksonType;

  /** Loads the sample and checks that every contender reads it. */
  @Setup
  public void setUp() throws Exception {
    bytes = Inputs.sample(sample);
    jacksonType = JacksonModel.rootType(sample);
    if (!Autodiscover.parse(bytes).problems().isEmpty()) {
      throw new IllegalStateException(sample + " is not clean");
    }
    library();
    staxFloor();
    domXPath();
    jackson();
  }

  /** The library: lenient read into the JAXB model. */
  @Benchmark
  public AutodiscoverDocument library() throws Exception {
    return Autodiscover.parse(bytes);
  }

  /** The floor: raw StAX scan. */
  @Benchmark
  public long staxFloor() throws Exception {
    return StaxScan.scan(bytes);
  }

  /** DOM parse and XPath extraction. */
  @Benchmark
  public DomXPath.Extract domXPath() throws Exception {
    return DomXPath.parse(bytes);
  }

  /** Jackson XML binding into POJOs. */
  @Benchmark
  public Object jackson() throws Exception {
    return JacksonModel.MAPPER.readValue(bytes, jacksonType);
  }
}
