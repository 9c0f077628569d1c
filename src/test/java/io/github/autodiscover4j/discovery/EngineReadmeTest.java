package io.github.autodiscover4j.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's engine example does what the README says. */
class EngineReadmeTest extends DiscoveryTestBase {
  private static AccountDiscovery discovery(TrustCallback askTheUser) {
    return EngineReadmeExample.newDiscovery(
        net.client().credentials(AccountDiscoveryTest.basicAlice()),
        URI.create(AccountDiscoveryTest.ISPDB_BASE),
        askTheUser);
  }

  @Test
  void theExampleShowsEachServerWithItsSourceAndTheExchangeAlternative() throws Exception {
    net.on(
        AccountDiscoveryTest.WK,
        LoopbackNet.xml(Answers.autoconfig("imap.example.com", "smtp.example.com")));
    net.on(ROOT, LoopbackNet.authenticated(LoopbackNet.xml(Answers.settings("pox.example.com"))));
    assertEquals(
        List.of(
            "IMAP imap.example.com:993 from WELL_KNOWN (DOMAIN)",
            "SMTP smtp.example.com:587 from WELL_KNOWN (DOMAIN)",
            "alternative: POX " + ROOT),
        EngineReadmeExample.accountDialog(
            discovery(TrustCallback.refuseAll()), "alice@example.com"));
  }

  @Test
  void theExampleShowsTheDomainTheUserApproved() throws Exception {
    net.dns().mx("example.com", 10, "mx1.contoso.net");
    net.on(
        "https://hoster.test/v1.1/contoso.net",
        LoopbackNet.xml(Answers.autoconfig("imap.contoso.net", "smtp.contoso.net")));
    List<String> lines =
        EngineReadmeExample.accountDialog(
            discovery(TrustCallback.allowHosts("autoconfig.contoso.net")), "alice@example.com");
    assertEquals(
        List.of(
            "IMAP imap.contoso.net:993 from MX (ALLOWED)",
            "SMTP smtp.contoso.net:587 from MX (ALLOWED)",
            "approved autoconfig.contoso.net for MX_AUTOCONFIG"),
        lines);
    assertTrue(net.requests("autoconfig.contoso.net").isEmpty(), "the ISPDB answered first");
  }

  @Test
  void theExampleSaysWhyNothingWasFound() throws Exception {
    List<String> lines =
        EngineReadmeExample.accountDialog(
            discovery(TrustCallback.refuseAll()), "alice@example.com");
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).startsWith("NOT_FOUND after "), lines.toString());
  }
}
