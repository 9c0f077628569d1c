package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Eight threads reading and writing a mix of every sample and every hostile file (with the default
 * limits and with options that need a factory of their own) get exactly what one thread gets: the
 * same canonical text, the same problems, the same rejection messages: 8 x 10,000 documents in
 * every build (about 10 s on two cores); {@code -Dautodiscover4j.concurrency.iterations=N} sets
 * another number per thread.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ITERATIONS =
      Integer.getInteger("autodiscover4j.concurrency.iterations", 10_000);
  private static final ParseOptions ROOMY =
      ParseOptions.builder().maxDepth(100).maxAttributes(120).build();

  /** What one input gives: its canonical rewrite and problems, or the rejection. */
  private static String outcome(byte[] input, ParseOptions options) {
    try {
      AutodiscoverDocument doc = Autodiscover.parse(input, options);
      return doc.kind() + "\n" + doc.problems() + "\n" + Autodiscover.toXml(doc);
    } catch (AutodiscoverException e) {
      return "rejected: " + e.getMessage();
    }
  }

  private static List<byte[]> inputs() throws IOException {
    List<byte[]> inputs = new ArrayList<>();
    try (var files = Files.list(Path.of("src/test/resources/samples"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
        inputs.add(Files.readAllBytes(p));
      }
    }
    for (String name : (Iterable<String>) HostileCorpus.fileNames()::iterator) {
      // nothing is listening on port 9 and the file does not exist; neither is ever touched
      inputs.add(
          HostileCorpus.file(
              name,
              java.util.Map.of(
                  "LOOPBACK", "http://127.0.0.1:9", "SECRET_FILE", "file:///nonexistent")));
    }
    return inputs;
  }

  @Test
  void eightThreadsGetWhatOneThreadGets() throws Exception {
    List<byte[]> inputs = inputs();
    List<String> expected = new ArrayList<>();
    for (int k = 0; k < inputs.size() * 2; k++) {
      expected.add(outcome(inputs.get(k / 2), k % 2 == 0 ? ParseOptions.defaults() : ROOMY));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        final int offset = t * 7;
        results.add(
            pool.submit(
                () -> {
                  start.await(); // all threads begin together, to meet on the shared factories and
                  // context
                  for (int i = 0; i < ITERATIONS; i++) {
                    int k = (i + offset) % expected.size();
                    String actual =
                        outcome(inputs.get(k / 2), k % 2 == 0 ? ParseOptions.defaults() : ROOMY);
                    if (!expected.get(k).equals(actual)) {
                      throw new AssertionError(
                          "input " + k + " gave a different result on a pool thread:\n" + actual);
                    }
                  }
                  return ITERATIONS;
                }));
      }
      start.countDown();
      for (Future<Integer> r : results) {
        assertEquals(ITERATIONS, r.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
