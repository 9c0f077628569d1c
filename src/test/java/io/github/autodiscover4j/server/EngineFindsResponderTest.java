package io.github.autodiscover4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.discovery.AccountDiscovery;
import io.github.autodiscover4j.discovery.AccountDiscoveryResult;
import io.github.autodiscover4j.discovery.AutodiscoverClient;
import io.github.autodiscover4j.discovery.FoundSettings;
import io.github.autodiscover4j.discovery.LoopbackNet;
import io.github.autodiscover4j.discovery.SettingsSource;
import io.github.autodiscover4j.discovery.TestCertificates;
import io.github.autodiscover4j.settings.AccountSettings;
import io.github.autodiscover4j.settings.MailServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The library's own discovery engine ({@link AccountDiscovery}) finds the account's settings from
 * the responder, one source at a time, over loopback HTTPS with the test CA: POX, Autodiscover v2
 * (its AutodiscoverV1 URL, then POX there), autoconfig at {@code autoconfig.example.com} and at the
 * well-known path. Every source gives the same servers, as one source of truth must.
 */
class EngineFindsResponderTest {
  private static ResponderHttpServer server;

  @BeforeAll
  static void start() throws Exception {
    server =
        ResponderHttpServer.builder(ResponderTest.example())
            .https(TestCertificates.serverContext())
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static AccountDiscovery engine(SettingsSource source) {
    return AccountDiscovery.builder(
            LoopbackNet.wiringTo(server.address().getPort())
                .apply(AutodiscoverClient.builder())
                .requestTimeout(Duration.ofSeconds(10)))
        .sources(source)
        .deadline(Duration.ofSeconds(30))
        .build();
  }

  private static List<String> dialog(AccountSettings settings) {
    return java.util.stream.Stream.concat(
            settings.incomingServers().stream(), settings.outgoingServers().stream())
        .map(MailServer::toString)
        .toList();
  }

  @ParameterizedTest
  @EnumSource(
      value = SettingsSource.class,
      names = {"POX", "AUTODISCOVER_V2", "AUTOCONFIG", "WELL_KNOWN"})
  void theEngineFindsTheSameServersFromEverySource(SettingsSource source) throws Exception {
    AccountDiscoveryResult found = engine(source).discover("alice@example.com");
    FoundSettings best = found.best();
    assertEquals(source, best.source(), found.attempts().toString());
    MailServer imap = best.settings().incoming().orElseThrow();
    assertEquals("imap.example.com", imap.host().orElseThrow());
    assertEquals(993, imap.port());
    assertEquals("alice@example.com", imap.userName().orElseThrow());
    MailServer smtp = best.settings().outgoing().orElseThrow();
    assertEquals("smtp.example.com", smtp.host().orElseThrow());
    assertEquals(587, smtp.port());
    assertTrue(!smtp.mustReceiveBeforeSending());
    AccountDiscoveryResult pox = engine(SettingsSource.POX).discover("alice@example.com");
    // IMAP, POP3 and SMTP with host, port, security and user, alike from every source
    assertEquals(3, dialog(best.settings()).size(), dialog(best.settings()).toString());
    assertEquals(dialog(pox.best().settings()), dialog(best.settings()));
  }
}
