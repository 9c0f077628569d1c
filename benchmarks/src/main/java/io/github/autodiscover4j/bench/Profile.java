package io.github.autodiscover4j.bench;

import io.github.autodiscover4j.Autodiscover;

/**
 * A loop to run under a profiler (see BENCHMARKS.md): parses (or writes) one sample for a number of seconds.
 */
public final class Profile {
  private Profile() {}

  /**
   * Entry point.
   *
   * @param args {@code parse|write SAMPLE SECONDS}
   * @throws Exception when the sample does not read
   */
  public static void main(String[] args) throws Exception {
    byte[] bytes = args[1].startsWith("protocols")
        ? Inputs.protocols(Integer.parseInt(args[1].substring("protocols".length())))
        : Inputs.sample(args[1]);
    long end = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
    boolean write = args[0].equals("write");
    io.github.autodiscover4j.AutodiscoverDocument doc = Autodiscover.parse(bytes);
    long n = 0;
    long sink = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 100; i++) {
        sink += write ? Autodiscover.toBytes(doc).length : Autodiscover.parse(bytes).problems().size();
      }
      n += 100;
    }
    System.out.println(n + " operations " + sink);
  }
}
