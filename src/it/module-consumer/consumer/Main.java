package consumer;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.autoconfig.ServerView;
import io.github.autodiscover4j.convert.Conversion;
import io.github.autodiscover4j.discovery.AutodiscoverClient;
import io.github.autodiscover4j.settings.AccountSettings;
import io.github.autodiscover4j.settings.MailServer;
import java.nio.file.Path;

/**
 * Parses a response, prints the account dialog, and writes a request: the whole API, through the
 * module.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    AutodiscoverDocument doc = Autodiscover.parse(Path.of(args[0]));
    System.out.println(doc.kind());
    for (MailServer server : AccountSettings.of(doc).incomingServers()) {
      System.out.println(
          server.type().raw() + " " + server.host().orElse("?") + ":" + server.port());
    }
    System.out.println(doc.protocols().get(0).smtpLast().effective());
    System.out.print(Autodiscover.toXml(Autodiscover.outlookRequest("alice@example.com")));
    // autoconfig through the module: its model package is opened to JAXB, unknown content kept
    AutoconfigDocument ac =
        Autoconfig.parse(
            "<clientConfig version=\"1.1\"><emailProvider id=\"example.org\">"
                + "<incomingServer type=\"imap\"><hostname>imap.example.org</hostname>"
                + "<port>993</port><socketType>SSL</socketType><vendorHint>x</vendorHint>"
                + "</incomingServer></emailProvider></clientConfig>");
    ServerView imap = ac.incomingServers().get(0);
    System.out.println(
        "autoconfig "
            + imap.type()
            + ":"
            + imap.port().orElse(0)
            + " "
            + imap.socketType()
            + ", "
            + imap.model().getUnknownElements().size()
            + " unknown, converted "
            + Conversion.toPox(ac, "alice@example.org").document().protocols().size()
            + " protocol");
    System.out.println(doc.account().orElseThrow().getUnknownElements().size() + " unknown");
    // discovery reads the Public Suffix List from the jar: it must be readable on the module path
    try {
      AutodiscoverClient.builder().build().discover("alice@co.uk");
      System.out.println("public suffix looked up");
    } catch (IllegalArgumentException e) {
      System.out.println("public suffix refused");
    }
  }
}
