package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's examples are the compiled {@link ReadmeExample} and {@code discovery/DiscoveryReadmeExample}, and the
 * first does what the README says (the second is run by {@code DiscoveryReadmeTest}, next to its servers).
 */
class ReadmeTest {
  @Test
  void theReadmeShowsTheCompiledExamplesVerbatim() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (String file : List.of("ReadmeExample.java", "discovery/DiscoveryReadmeExample.java")) {
      String source = Files.readString(Path.of("src/test/java/io/github/autodiscover4j", file));
      String example = source.substring(
          source.indexOf('\n', source.indexOf("// README:begin")) + 1, source.indexOf("  // README:end"));
      assertTrue(readme.contains(example.stripTrailing().stripIndent()), "README.md must contain the example from " + file);
    }
  }

  @Test
  void theExampleReadsSettingsWithDefaults() throws IOException {
    assertEquals(
        List.of(
            "POP3 pop.example.net:995 SSL=ON SMTPLast=OFF (default)",
            "SMTP smtp.example.net:587 SSL=ON SMTPLast=OFF"),
        ReadmeExample.accountDialog(ReadmeExample.sample("isp-pop3-smtplast-off.xml")));
  }

  @Test
  void theExampleFollowsRedirectsAndReportsErrors() throws IOException {
    assertEquals(List.of("ask again for bob@fabrikam.com"),
        ReadmeExample.accountDialog(ReadmeExample.sample("redirect-addr.xml")));
    assertEquals(List.of("server error 600 Invalid Request (PROTOCOL)"),
        ReadmeExample.accountDialog(ReadmeExample.sample("error-response-level-600.xml")));
    assertTrue(ReadmeExample.requestBody().contains("<EMailAddress>alice@example.com</EMailAddress>"));
  }
}
