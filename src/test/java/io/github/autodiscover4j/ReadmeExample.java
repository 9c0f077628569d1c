package io.github.autodiscover4j;

import io.github.autodiscover4j.model.outlook.Protocol;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The example shown in README.md, kept here so that it compiles and runs; ReadmeTest checks the two agree. */
final class ReadmeExample {
  private ReadmeExample() {}

  // README:begin
  static List<String> accountDialog(Path capturedResponse) throws IOException {
    AutodiscoverDocument doc = Autodiscover.parse(capturedResponse); // also byte[], InputStream, Reader, String
    List<String> lines = new ArrayList<>();
    switch (doc.kind()) {
      case SETTINGS:
        for (Protocol p : doc.protocols()) {
          OnOffSetting smtpLast = p.smtpLast(); // absent -> effective OFF, explicit() empty
          lines.add(p.getType() + " " + p.getServer() + ":" + (p.getPort() == null ? "-" : p.getPort().raw())
              + " SSL=" + p.ssl().effective() + " SMTPLast=" + smtpLast.effective()
              + (smtpLast.isPresent() ? "" : " (default)"));
        }
        break;
      case REDIRECT_ADDRESS:
        lines.add("ask again for " + doc.redirectAddress().orElseThrow());
        break;
      case REDIRECT_URL:
        lines.add("check, then POST to " + doc.redirectUrl().orElseThrow());
        break;
      case ERROR:
        lines.add("server error " + doc.error().orElseThrow());
        break;
      default:
        lines.add(doc.kind().toString());
    }
    for (Problem problem : doc.problems()) {
      lines.add("note: " + problem); // junk values, stray text: read leniently, reported here
    }
    return lines;
  }

  static String requestBody() {
    return Autodiscover.toXml(Autodiscover.outlookRequest("alice@example.com")); // POST this, UTF-8
  }
  // README:end

  static Path sample(String name) throws IOException {
    return Path.of("src/test/resources/samples", name);
  }
}
