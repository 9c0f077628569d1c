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
 * Writing one parsed sample to UTF-8 bytes, the library against Jackson XML on Woodstox (the main baseline) and
 * on the JDK's StAX. Throughput: higher is better.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class WriteBenchmark {
  /** Which sample (see {@link Inputs#sample}). */
  @Param({"onprem", "online", "isp", "error", "mobilesync"})
  public String sample;

  private AutodiscoverDocument document;
  private Object pojo;
  private Object pojoJdk;

  /**
   * Reads the sample with this fork's contender alone (see {@link Measured}) and writes it once; {@link
   * Check} compares what the three write.
   */
  @Setup
  public void setUp(BenchmarkParams params) throws Exception {
    byte[] bytes = Inputs.sample(sample);
    switch (Measured.method(params)) {
      case "library" -> document = Autodiscover.parse(bytes);
      case "jackson" -> pojo = JacksonModel.forWriting(JacksonModel.MAPPER, bytes, sample);
      case "jacksonJdk" -> pojoJdk = JacksonModel.forWriting(JacksonModel.MAPPER_JDK, bytes, sample);
      default -> throw new IllegalStateException(params.getBenchmark());
    }
    Measured.runOnce(this, params);
  }

  /** The library's canonical writer. */
  @Benchmark
  public byte[] library() {
    return Autodiscover.toBytes(document);
  }

  /** Jackson XML writing its POJOs, on Woodstox. */
  @Benchmark
  public byte[] jackson() throws Exception {
    return JacksonModel.MAPPER.writeValueAsBytes(pojo);
  }

  /** Jackson XML writing its POJOs, on the JDK's StAX. */
  @Benchmark
  public byte[] jacksonJdk() throws Exception {
    return JacksonModel.MAPPER_JDK.writeValueAsBytes(pojoJdk);
  }
}
