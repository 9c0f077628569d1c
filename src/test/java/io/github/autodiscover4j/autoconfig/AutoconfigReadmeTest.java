package io.github.autodiscover4j.autoconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.ReadmeRegions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's autoconfig examples are {@link AutoconfigReadmeExample}, and do what it says. */
class AutoconfigReadmeTest {
  @Test
  void theReadmeShowsTheCompiledExamplesVerbatim() throws IOException {
    assertEquals(
        2,
        ReadmeRegions.assertShownInReadme(
            Path.of(
                "src/test/java/io/github/autodiscover4j/autoconfig/AutoconfigReadmeExample.java")));
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
