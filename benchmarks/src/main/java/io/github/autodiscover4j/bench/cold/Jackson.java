package io.github.autodiscover4j.bench.cold;

import io.github.autodiscover4j.bench.JacksonModel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cold start, Jackson XML as its users run it (on Woodstox, its default): a fresh JVM binds one Outlook response
 * to the POJOs, prints a line, exits.
 */
public final class Jackson {
  private Jackson() {}

  /**
   * Entry point.
   *
   * @param args the file
   * @throws Exception when it cannot be read
   */
  public static void main(String[] args) throws Exception {
    // a mapper of its own, configured as JacksonModel.MAPPER, without building JacksonModel's JDK one too
    JacksonModel.OutlookAutodiscover doc = JacksonModel.Mappers.woodstox()
        .readValue(Files.readAllBytes(Path.of(args[0])), JacksonModel.OutlookAutodiscover.class);
    System.out.println(doc.response.account.protocol.size());
  }
}
