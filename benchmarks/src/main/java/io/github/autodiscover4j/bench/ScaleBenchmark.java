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

/** Cost against input size: 1 to 1,000 account Protocol elements. Average time: lower is better. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class ScaleBenchmark {
  /** How many Protocol elements. */
  @Param({"1", "10", "100", "1000"})
  public int protocols;

  private byte[] bytes;

  /**
   * Generates the input and checks that this fork's contender reads every Protocol of it, running no other
   * (see {@link Measured}).
   */
  @Setup
  public void setUp(BenchmarkParams params) throws Exception {
    bytes = Inputs.protocols(protocols);
    Object read = Measured.runOnce(this, params);
    int count =
        read instanceof AutodiscoverDocument doc
            ? doc.protocols().size()
            : read instanceof JacksonModel.OutlookAutodiscover pojo
                ? pojo.response.account.protocol.size()
                : protocols; // the raw scan builds nothing to count
    if (count != protocols) {
      throw new IllegalStateException("generated input does not read back");
    }
  }

  /** The library. */
  @Benchmark
  public AutodiscoverDocument library() throws Exception {
    return Autodiscover.parse(bytes);
  }

  /** The raw StAX floor. */
  @Benchmark
  public long staxFloor() throws Exception {
    return StaxScan.scan(bytes);
  }

  /** Jackson XML on Woodstox, as its users run it. */
  @Benchmark
  public Object jackson() throws Exception {
    return JacksonModel.MAPPER.readValue(bytes, JacksonModel.OutlookAutodiscover.class);
  }

  /** Jackson XML on the JDK's StAX. */
  @Benchmark
  public Object jacksonJdk() throws Exception {
    return JacksonModel.MAPPER_JDK.readValue(bytes, JacksonModel.OutlookAutodiscover.class);
  }
}
