package io.github.autodiscover4j.lint;

import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.settings.AccountSettings;
import io.github.autodiscover4j.settings.MailServer;
import io.github.autodiscover4j.settings.TransportSecurity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The cross-format check: given the POX and the autoconfig answer a server publishes for one
 * address, where a client would end up with different settings. Both are read into the one
 * format-neutral view, {@link AccountSettings}, and compared as the account dialog sees them: for
 * each of IMAP, POP3 and SMTP, the preferred server's host, port, transport security and user name,
 * and whether mail must be fetched before sending ({@code SMTPLast} against {@code
 * smtp-after-pop}). Every difference is one {@link LintRule#FORMATS_DISAGREE} finding at the POX
 * protocol's path.
 *
 * <pre>{@code
 * List<Finding> diff = CrossFormatCheck.compare(Autodiscover.parse(pox), Autoconfig.parse(ac), "alice@example.com");
 * }</pre>
 */
public final class CrossFormatCheck {
  private CrossFormatCheck() {}

  /**
   * Compares the two answers for an address.
   *
   * @param pox the POX Autodiscover answer
   * @param autoconfig the autoconfig answer
   * @param emailAddress the address both were asked for, {@code local@domain}
   * @return the differences, POX's protocol order; empty when a client gets the same settings
   * @throws IllegalArgumentException when the address is not of the form local@domain
   */
  public static List<Finding> compare(
      AutodiscoverDocument pox, AutoconfigDocument autoconfig, String emailAddress) {
    Objects.requireNonNull(pox, "pox");
    Objects.requireNonNull(autoconfig, "autoconfig");
    Map<String, MailServer> left = preferred(AccountSettings.of(pox));
    Map<String, MailServer> right = preferred(AccountSettings.of(autoconfig, emailAddress));
    List<Finding> findings = new ArrayList<>();
    List<Protocol> protocols = pox.protocols();
    for (Map.Entry<String, MailServer> e : left.entrySet()) {
      String type = e.getKey();
      MailServer a = e.getValue();
      String path =
          a.protocol().map(p -> path(protocols, p)).orElse("Autodiscover/Response/Account");
      MailServer b = right.get(type);
      if (b == null) {
        findings.add(
            finding(
                path,
                "POX offers "
                    + type
                    + " "
                    + a.host().orElse("?")
                    + " but autoconfig has no "
                    + type
                    + " server.",
                "Add the " + type + " server to the autoconfig document, or drop it from POX."));
        continue;
      }
      differ(findings, path, type, "host", lower(a.host().orElse("")), lower(b.host().orElse("")));
      differ(findings, path, type, "port", String.valueOf(a.port()), String.valueOf(b.port()));
      if (a.security().mode() != TransportSecurity.Mode.AUTO) {
        differ(
            findings,
            path,
            type,
            "transport security",
            a.security().mode().name(),
            b.security().mode().name());
      }
      differ(
          findings,
          path,
          type,
          "user name",
          a.userName().orElse(emailAddress),
          b.userName().orElse(emailAddress));
      if (type.equals("SMTP") && a.mustReceiveBeforeSending() != b.mustReceiveBeforeSending()) {
        findings.add(
            finding(
                path,
                "POX says SMTPLast "
                    + (a.mustReceiveBeforeSending() ? "on" : "off")
                    + " but autoconfig "
                    + (b.mustReceiveBeforeSending() ? "lists" : "does not list")
                    + " smtp-after-pop.",
                "SMTPLast on is autoconfig's smtp-after-pop: say the same in both."));
      }
    }
    for (Map.Entry<String, MailServer> e : right.entrySet()) {
      if (!left.containsKey(e.getKey())) {
        findings.add(
            finding(
                "Autodiscover/Response/Account",
                "autoconfig offers "
                    + e.getKey()
                    + " "
                    + e.getValue().host().orElse("?")
                    + " but POX has no "
                    + e.getKey()
                    + " protocol.",
                "Add the "
                    + e.getKey()
                    + " Protocol to the POX answer, or drop it from autoconfig."));
      }
    }
    return List.copyOf(findings);
  }

  /** The first server of each type: the one a client sets up. */
  private static Map<String, MailServer> preferred(AccountSettings settings) {
    Map<String, MailServer> first = new LinkedHashMap<>();
    for (MailServer s : settings.incomingServers()) {
      first.putIfAbsent(s.type().value().name(), s);
    }
    for (MailServer s : settings.outgoingServers()) {
      first.putIfAbsent(s.type().value().name(), s);
    }
    return first;
  }

  private static void differ(
      List<Finding> findings, String path, String type, String what, String pox, String ac) {
    if (!pox.equalsIgnoreCase(ac)) {
      findings.add(
          finding(
              path,
              type + " " + what + ": POX says " + pox + ", autoconfig says " + ac + ".",
              "Publish one " + what + " for " + type + " in both formats."));
    }
  }

  // identity, not equals: two Protocol elements alike in every field are still two places
  @SuppressWarnings("ReferenceEquality")
  private static String path(List<Protocol> protocols, Protocol protocol) {
    for (int i = 0; i < protocols.size(); i++) {
      if (protocols.get(i) == protocol) {
        return "Autodiscover/Response/Account/Protocol[" + (i + 1) + "]";
      }
    }
    return "Autodiscover/Response/Account";
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static Finding finding(String path, String message, String fix) {
    return new Finding(LintRule.FORMATS_DISAGREE, path, -1, -1, message, fix);
  }
}
