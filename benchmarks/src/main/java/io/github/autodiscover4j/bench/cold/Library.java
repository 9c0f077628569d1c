package io.github.autodiscover4j.bench.cold;

import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import java.nio.file.Files;
import java.nio.file.Path;

/** Cold start, the library: a fresh JVM reads one file through the front door, prints a line, exits. */
public final class Library {
  private Library() {}

  /**
   * Entry point.
   *
   * @param args the file
   * @throws Exception when it cannot be read
   */
  public static void main(String[] args) throws Exception {
    AutodiscoverDocument doc = Autodiscover.parse(Files.readAllBytes(Path.of(args[0])));
    System.out.println(doc.kind() + " " + doc.protocols().size());
  }
}
