package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The shared context and factories are safe to use from many threads at once. */
class ConcurrencyTest {
  @Test
  void parallelParsesAndWritesGiveTheSingleThreadedResults() throws Exception {
    List<byte[]> inputs = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    try (var files = Files.list(Path.of("src/test/resources/samples"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(p);
        inputs.add(bytes);
        expected.add(Autodiscover.toXml(Autodiscover.parse(bytes)));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        final int offset = t;
        results.add(pool.submit(() -> {
          int checked = 0;
          for (int i = 0; i < 250; i++) {
            int k = (i + offset) % inputs.size();
            assertEquals(expected.get(k), Autodiscover.toXml(Autodiscover.parse(inputs.get(k))));
            checked++;
          }
          return checked;
        }));
      }
      for (Future<Integer> r : results) {
        assertEquals(250, r.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
