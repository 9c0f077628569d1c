package io.github.autodiscover4j.autoconfig;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.convert.Conversion;
import io.github.autodiscover4j.convert.ConversionLoss;
import io.github.autodiscover4j.convert.Converted;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The autoconfig examples shown in README.md, kept here so that they compile and run;
 * AutoconfigReadmeTest checks the two agree.
 */
final class AutoconfigReadmeExample {
  private AutoconfigReadmeExample() {}

  // README:autoconfig-read:begin
  static List<String> accountDialog(Path configV11, String emailAddress) throws IOException {
    AutoconfigDocument doc = Autoconfig.parse(configV11).filledFor(emailAddress);
    List<String> lines = new ArrayList<>();
    for (ServerView s : doc.incomingServers()) { // the provider's preference first
      lines.add(
          s.type()
              + " "
              + s.url()
                  .orElseGet(
                      () ->
                          s.hostname().orElse("?")
                              + ":"
                              + s.port().orElse(0)
                              + " "
                              + s.socketType())
              + " as "
              + s.username().orElse("-")
              + " "
              + s.authentication());
    }
    for (ServerView s : doc.outgoingServers()) {
      lines.add(s.type() + " " + s.hostname().orElse("?") + ":" + s.port().orElse(0));
    }
    return lines;
  }

  // README:autoconfig-read:end

  // README:autoconfig-convert:begin
  static String poxToAutoconfig(Path poxResponse, List<String> lossReport) throws IOException {
    AutodiscoverDocument pox = Autodiscover.parse(poxResponse);
    Converted<AutoconfigDocument> converted = Conversion.toAutoconfig(pox, "alice@example.com");
    for (ConversionLoss loss : converted.losses()) {
      lossReport.add(loss.toString()); // e.g. NO_EQUIVALENT Autodiscover/.../TTL: ...
    }
    return Autoconfig.toXml(converted.document());
  }
  // README:autoconfig-convert:end
}
