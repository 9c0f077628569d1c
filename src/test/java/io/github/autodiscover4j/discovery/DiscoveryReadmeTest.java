package io.github.autodiscover4j.discovery;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README's discovery example does what the README says (ReadmeTest checks the README shows it
 * verbatim).
 */
class DiscoveryReadmeTest extends DiscoveryTestBase {
  private static final String HOSTER = "https://mail.hoster.test/autodiscover/autodiscover.xml";

  private AutodiscoverClient client() {
    return net.wiring()
        .apply(DiscoveryReadmeExample.newClient("alice@example.com", "secret".toCharArray()))
        .build();
  }

  @Test
  void theExampleFollowsARedirectToAHostItVouchesFor() throws Exception {
    net.on(ROOT, net.hang());
    net.on(AUTODISCOVER, LoopbackNet.xml(Answers.redirectUrl(HOSTER)));
    net.on(HOSTER, LoopbackNet.xml(Answers.settings("imap.hoster.test", "24")));
    assertEquals(
        List.of(
            "settings for alice@example.com from " + HOSTER,
            "IMAP imap.hoster.test:993",
            "rediscover in 24 h"),
        DiscoveryReadmeExample.setUpAccount(client(), "alice@example.com"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "exchange-2016-mapihttp.xml|mapiHttp -|EXPR mail.contoso.com",
        "exchange-online-settings.xml|EXCH |EXPR outlook.example.net",
        "isp-imap-smtp-smtplast-on.xml|IMAP imap.example.com:993|SMTP smtp.example.com:465"
      })
  void theExampleReadsExchangeAndIspAnswersWithoutAPortSafely(
      String sample, String first, String other) throws Exception {
    net.on(ROOT, net.hang());
    net.on(
        AUTODISCOVER,
        LoopbackNet.xml(Files.readString(Path.of("src/test/resources/samples", sample), UTF_8)));
    List<String> lines = DiscoveryReadmeExample.setUpAccount(client(), "alice@example.com");
    assertEquals("settings for alice@example.com from " + AUTODISCOVER, lines.get(0), sample);
    assertTrue(lines.get(1).startsWith(first), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(other)), lines.toString());
    assertTrue(lines.get(lines.size() - 1).startsWith("rediscover in "), lines.toString());
  }

  @Test
  void theExampleSaysWhyEachCandidateFailed() throws Exception {
    net.on(ROOT, LoopbackNet.status(401));
    net.on(
        AUTODISCOVER,
        LoopbackNet.xml(Answers.redirectUrl("https://evil.test/autodiscover/autodiscover.xml")));
    List<String> lines = DiscoveryReadmeExample.setUpAccount(client(), "alice@example.com");
    assertEquals("REFUSED_BY_TRUST (a server refused the password)", lines.get(0));
    assertEquals(
        Set.of( // the example races the two https: candidates, so their attempts come in either
            // order
            "POST "
                + ROOT
                + " UNAUTHORIZED the 401 asks for no scheme; not a verdict on the password: other"
                + " candidates are still tried",
            "POST "
                + AUTODISCOVER
                + " REDIRECT_URL to https://evil.test/autodiscover/autodiscover.xml",
            "- https://evil.test/autodiscover/autodiscover.xml REFUSED the host is not trusted and the trust callback did"
                + " not allow it"),
        Set.copyOf(lines.subList(1, 4)));
    assertEquals(
        List.of(
            "GET " + PROBE + " NO_REDIRECT ", "SRV dns:_autodiscover._tcp.example.com NO_RECORDS "),
        lines.subList(4, 6));
  }
}
