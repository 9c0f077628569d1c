package io.github.autodiscover4j.autoconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's autoconfig examples are {@link AutoconfigReadmeExample}, and do what it says. */
class AutoconfigReadmeTest {
  @Test
  void theReadmeShowsTheCompiledExamplesVerbatim() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String source =
        Files.readString(
            Path.of(
                "src/test/java/io/github/autodiscover4j/autoconfig/AutoconfigReadmeExample.java"));
    int regions = 0;
    for (int at = source.indexOf("// README:");
        at >= 0;
        at = source.indexOf("// README:", at + 1)) {
      String marker = source.substring(at, source.indexOf('\n', at));
      if (!marker.endsWith(":begin")) {
        continue;
      }
      String end = marker.replace(":begin", ":end");
      String example =
          source.substring(
              source.indexOf('\n', at) + 1, source.lastIndexOf('\n', source.indexOf(end)));
      assertTrue(
          readme.contains(example.stripTrailing().stripIndent()),
          "README.md must contain the example " + marker);
      regions++;
    }
    assertEquals(2, regions);
  }

  @Test
  void theReadingExampleFillsTheAccountDialog() throws IOException {
    assertEquals(
        List.of(
            "imap imap.bigmail.example:993 SSL as alice@bigmail.example [OAUTH2, PASSWORD_CLEARTEXT]",
            "pop3 pop.bigmail.example:995 SSL as alice@bigmail.example [OAUTH2, PASSWORD_CLEARTEXT]",
            "smtp smtp.bigmail.example:465"),
        AutoconfigReadmeExample.accountDialog(
            AutoconfigSamplesTest.SAMPLES.resolve("bigmail-oauth2.xml"), "alice@bigmail.example"));
  }

  @Test
  void theConversionExampleReportsWhatWasLost() throws IOException {
    List<String> losses = new ArrayList<>();
    String xml =
        AutoconfigReadmeExample.poxToAutoconfig(
            Path.of("src/test/resources/samples/exchange-2010-settings.xml"), losses);
    assertTrue(xml.contains("<incomingServer type=\"ews\">"), xml);
    assertTrue(
        losses.stream().anyMatch(l -> l.startsWith("NO_EQUIVALENT") && l.contains("/TTL")),
        losses.toString());
  }
}
