package io.github.autodiscover4j.bench.cold;

import io.github.autodiscover4j.bench.StaxScan;
import java.nio.file.Files;
import java.nio.file.Path;

/** Cold start, the library's floor: a fresh JVM scans one file with the JDK's StAX, prints a line, exits. */
public final class Stax {
  private Stax() {}

  /**
   * Entry point.
   *
   * @param args the file
   * @throws Exception when it cannot be read
   */
  public static void main(String[] args) throws Exception {
    System.out.println(StaxScan.scan(Files.readAllBytes(Path.of(args[0]))));
  }
}
