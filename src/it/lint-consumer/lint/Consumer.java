package lint;

import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.discovery.AutodiscoverClient;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.settings.AccountSettings;
import io.github.autodiscover4j.settings.MailServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A class-path consumer of the library, compiled by {@code LintConsumerIT} with {@code javac
 * -Xlint:all -Werror} against the jar and its run-time dependencies: the front door, the generated
 * model, the settings view and discovery, as a mail client uses them.
 */
public final class Consumer {
  private Consumer() {}

  /**
   * The account dialog of a captured response, or the reason it cannot be read.
   *
   * @param file a captured response
   * @return one line per server
   */
  public static List<String> dialog(Path file) {
    List<String> lines = new ArrayList<>();
    try {
      AutodiscoverDocument doc = Autodiscover.parse(file);
      for (MailServer server : AccountSettings.of(doc).incomingServers()) {
        lines.add(server.type().raw() + " " + server.host().orElse("?") + ":" + server.port());
      }
      for (Protocol protocol : doc.protocols()) {
        lines.add(protocol.protocolType().raw() + " SMTPLast=" + protocol.smtpLast().effective());
      }
    } catch (AutodiscoverException e) {
      lines.add(e.kind() + ": " + e.getMessage());
    } catch (IOException e) {
      lines.add("cannot read: " + e.getMessage());
    }
    return lines;
  }

  /**
   * A discovery client as a mail client would build one.
   *
   * @return the client, not yet used
   */
  public static AutodiscoverClient client() {
    return AutodiscoverClient.builder().requestTimeout(Duration.ofSeconds(10)).build();
  }
}
