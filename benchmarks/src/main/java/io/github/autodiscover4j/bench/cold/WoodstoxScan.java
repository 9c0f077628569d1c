package io.github.autodiscover4j.bench.cold;

import io.github.autodiscover4j.bench.StaxScan;
import java.nio.file.Files;
import java.nio.file.Path;

/** Cold start, Jackson's floor: a fresh JVM scans one file with Woodstox, prints a line, exits. */
public final class WoodstoxScan {
  private WoodstoxScan() {}

  /**
   * Entry point.
   *
   * @param args the file
   * @throws Exception when it cannot be read
   */
  public static void main(String[] args) throws Exception {
    System.out.println(StaxScan.woodstox(Files.readAllBytes(Path.of(args[0]))));
  }
}
