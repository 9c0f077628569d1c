package io.github.autodiscover4j.discovery;

import io.github.autodiscover4j.settings.MailServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine example shown in README.md, kept here so that it compiles and runs; ReadmeTest checks
 * the two agree, EngineReadmeTest runs it against loopback servers.
 */
final class EngineReadmeExample {
  private EngineReadmeExample() {}

  // README:begin
  static AccountDiscovery newDiscovery(
      AutodiscoverClient.Builder exchange, URI ispdb, TrustCallback askTheUser) {
    return AccountDiscovery.builder(exchange) // network, POX credentials, timeouts
        .trust(askTheUser) // asked about every domain outside the user's own
        .ispdb(ispdb) // off unless set
        .sources(AccountDiscovery.DEFAULT_SOURCES) // Thunderbird's order, all at once
        .deadline(Duration.ofSeconds(30))
        .build();
  }

  static List<String> accountDialog(AccountDiscovery discovery, String address)
      throws InterruptedException {
    List<String> lines = new ArrayList<>();
    try {
      AccountDiscoveryResult found = discovery.discover(address, attempt -> {}); // progress
      for (ServerOrigin origin : found.best().servers()) {
        MailServer server = origin.server();
        lines.add(
            server.type().raw()
                + " "
                + server.host().orElse("?")
                + ":"
                + server.port()
                + " from "
                + origin.source()
                + " ("
                + origin.trust()
                + ")");
      }
      for (TrustRequest consent : found.consents()) { // show what the user approved
        lines.add("approved " + consent.host().orElse("?") + " for " + consent.source());
      }
      for (FoundSettings other : found.alternatives()) {
        lines.add("alternative: " + other.source() + " " + other.url());
      }
    } catch (DiscoveryException e) {
      lines.add(e.reason() + " after " + e.attempts().size() + " attempts");
    }
    return lines;
  }
  // README:end
}
