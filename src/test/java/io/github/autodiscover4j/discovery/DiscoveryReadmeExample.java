package io.github.autodiscover4j.discovery;

import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.value.IntValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The discovery example shown in README.md, kept here so that it compiles and runs; ReadmeTest
 * checks the two agree.
 */
final class DiscoveryReadmeExample {
  private DiscoveryReadmeExample() {}

  // README:begin
  static AutodiscoverClient.Builder newClient(String user, char[] password) {
    return AutodiscoverClient.builder()
        .credentials(Credentials.basic(user, password)) // only trusted https: URLs ever get them
        .trust(
            TrustCallback.allowHosts(
                "mail.hoster.test")) // a host you vouch for; the default refuses all
        .parallelCandidates(true) // a hanging https://example.com costs no timeout
        .requestTimeout(Duration.ofSeconds(10))
        .deadline(Duration.ofSeconds(30))
        .cache(100); // answers kept until their TTL runs out
  }

  static List<String> setUpAccount(AutodiscoverClient client, String address)
      throws InterruptedException {
    List<String> lines = new ArrayList<>();
    try {
      DiscoveryResult result = client.discover(address);
      lines.add("settings for " + result.emailAddress() + " from " + result.url());
      for (Protocol p : result.document().protocols()) {
        IntValue port = p.getPort(); // @Nullable: EXPR, WEB and mapiHttp send none
        lines.add(
            p.protocolType().raw()
                + " "
                + Objects.requireNonNullElse(p.getServer(), "-")
                + (port == null ? "" : ":" + port.raw()));
      }
      lines.add(
          "rediscover in "
              + result.timeToLive().map(ttl -> ttl.toHours() + " h").orElse("never (TTL 0)"));
    } catch (DiscoveryException e) {
      lines.add(e.reason() + (e.sawUnauthorized() ? " (a server refused the password)" : ""));
      for (Attempt attempt : e.attempts()) { // every URL tried or refused, and why
        lines.add(
            attempt.method()
                + " "
                + attempt.url()
                + " "
                + attempt.outcome()
                + " "
                + attempt.detail());
      }
    }
    return lines;
  }
  // README:end
}
