package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's example is the compiled {@link ReadmeExample}, and it does what the README says. */
class ReadmeTest {
  @Test
  void theReadmeShowsTheCompiledExampleVerbatim() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/github/autodiscover4j/ReadmeExample.java"));
    String example = source.substring(
        source.indexOf('\n', source.indexOf("// README:begin")) + 1, source.indexOf("  // README:end"));
    String readme = Files.readString(Path.of("README.md"));
    assertTrue(readme.contains(example.stripTrailing().stripIndent()), "README.md must contain the example from ReadmeExample.java");
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
