package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.lint.AutoconfigLintReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus, and the same attacks inside a {@code clientConfig}, through the autoconfig
 * front door: each ends in a document or an {@link AutodiscoverException}, quickly, never another
 * exception; lint never throws.
 */
class AutoconfigHostileInputTest {
  private static final Map<String, String> NOWHERE =
      Map.of("PORT", "9", "FILE", "/nonexistent/autodiscover4j-hostile");

  static Stream<String> corpus() throws IOException {
    return HostileCorpus.fileNames();
  }

  /** The POX template's payload slot, moved into an autoconfig server. */
  private static String clientConfig(String payload) {
    return "<clientConfig version=\"1.1\"><emailProvider id=\"x.example\"><incomingServer type=\"imap\">"
        + "<hostname>imap.x.example</hostname>"
        + payload
        + "</incomingServer></emailProvider></clientConfig>";
  }

  private static void survives(byte[] bytes) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          try {
            Autoconfig.parse(bytes);
          } catch (AutodiscoverException expected) {
            assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank());
          }
          AutoconfigLintReport report = Autoconfig.lint(bytes);
          assertTrue(report.findings() != null);
        });
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void everyCorpusFileEndsInADocumentOrTheLibrarysException(String name) {
    survives(HostileCorpus.file(name, NOWHERE));
    byte[] file = HostileCorpus.file(name, NOWHERE);
    String text = new String(file, StandardCharsets.ISO_8859_1);
    // the same bytes with the POX root swapped for clientConfig, so that the reader gets past the
    // root
    survives(
        text.replace("<Autodiscover", "<clientConfig")
            .replace("</Autodiscover>", "</clientConfig>")
            .getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void entitiesAreRefusedInsideClientConfig() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE clientConfig [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
            + clientConfig("<username>&b;</username>");
    AutodiscoverException e =
        assertThrows(AutodiscoverException.class, () -> Autoconfig.parse(xml));
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
  }

  @Test
  void deepNestingInsideAServerHitsTheDepthLimit() {
    String xml = clientConfig("<x>".repeat(5000) + "</x>".repeat(5000));
    AutodiscoverException e =
        assertThrows(AutodiscoverException.class, () -> Autoconfig.parse(xml));
    assertTrue(e.getMessage().contains("ParseOptions.maxDepth"), e.getMessage());
  }

  @Test
  void manyUnknownElementsHitTheirLimit() {
    String xml = clientConfig("<x/>".repeat(ParseOptions.defaults().maxUnknownElements() + 1));
    AutodiscoverException e =
        assertThrows(AutodiscoverException.class, () -> Autoconfig.parse(xml));
    assertTrue(e.getMessage().contains("ParseOptions.maxUnknownElements"), e.getMessage());
  }

  @Test
  void aLongHostnameHitsTheTextLimit() {
    String xml =
        clientConfig(
            "<username>" + "a".repeat(ParseOptions.defaults().maxTextLength() + 1) + "</username>");
    AutodiscoverException e =
        assertThrows(AutodiscoverException.class, () -> Autoconfig.parse(xml));
    assertTrue(e.getMessage().contains("ParseOptions.maxTextLength"), e.getMessage());
    assertEquals(1, e.line());
  }
}
