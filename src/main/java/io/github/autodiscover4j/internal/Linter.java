package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.Finding;
import io.github.autodiscover4j.Finding.Severity;
import io.github.autodiscover4j.IntValue;
import io.github.autodiscover4j.Namespaces;
import io.github.autodiscover4j.OnOffValue;
import io.github.autodiscover4j.Problem;
import io.github.autodiscover4j.model.outlook.Account;
import io.github.autodiscover4j.model.outlook.MapiHttpEndpoint;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.settings.AccountAction;
import io.github.autodiscover4j.settings.Encryption;
import io.github.autodiscover4j.settings.ProtocolType;
import io.github.autodiscover4j.settings.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks behind {@code Autodiscover.lint}: what a server sends that clients misread, fail on,
 * or that only a lenient reader accepts. Each finding has a stable rule id, the element's path and
 * position, and a one-sentence fix. Internal: the rules are documented in the README.
 */
public final class Linter {
  private static final String ACCOUNT = "Autodiscover/Response/Account";
  private static final Set<Integer> IMPLICIT_TLS_PORTS = Set.of(993, 995, 465);
  private static final Set<Integer> STARTTLS_PORTS = Set.of(587, 143, 110);

  private final AutodiscoverDocument document;
  private final Outline outline;
  private final List<Finding> findings = new ArrayList<>();

  private Linter(AutodiscoverDocument document, Outline outline) {
    this.document = document;
    this.outline = outline;
  }

  /**
   * Checks a document read with its outline.
   *
   * @param document the parsed document
   * @param problems what the reader read leniently
   * @param outline how the document was written
   * @return the findings in document order
   */
  public static List<Finding> check(
      AutodiscoverDocument document, List<Problem> problems, Outline outline) {
    Linter linter = new Linter(document, outline);
    linter.checkSource(problems);
    linter.checkAccount();
    linter.findings.sort(
        Comparator.comparingInt((Finding f) -> f.line() < 0 ? Integer.MAX_VALUE : f.line())
            .thenComparingInt(Finding::column));
    return linter.findings;
  }

  private void add(Severity severity, String rule, String path, String message, String fix) {
    Outline.Element at = outline.find(path);
    String where = path;
    // an absent element is reported at its nearest present ancestor
    while (at == null && where.contains("/")) {
      where = where.substring(0, where.lastIndexOf('/'));
      at = outline.find(where);
    }
    findings.add(
        new Finding(
            severity,
            rule,
            path,
            at == null ? -1 : at.line,
            at == null ? -1 : at.column,
            message,
            fix));
  }

  // ---- how the document was written ----

  private void checkSource(List<Problem> problems) {
    Set<String> namespacePairs = new HashSet<>();
    for (Outline.Element e : outline.elements()) {
      if (e.known && !e.rawName.equals(e.name)) {
        add(
            Severity.WARNING,
            "spelling-variant",
            e.path,
            "<"
                + e.rawName
                + "> is not the documented spelling <"
                + e.name
                + ">; strict clients ignore it.",
            "Write <" + e.name + ">.");
      }
      if (e.duplicate) {
        add(
            Severity.WARNING,
            "duplicate-element",
            e.path,
            "<" + e.name + "> appears more than once in its parent; readers keep only one of them.",
            "Send each element once per parent.");
      }
      boolean responseOfRoot =
          e.path.equals("Autodiscover") || e.path.equals("Autodiscover/Response");
      if (e.known
          && !e.rawNamespace.equals(e.namespace)
          && namespacePairs.add(e.rawNamespace + " " + e.namespace)) {
        if (e.path.equals("Autodiscover/Response")
            && !e.rawNamespace.isEmpty()
            && Namespaces.RESPONSE.equals(Vocabulary.canonicalNamespace(e.rawNamespace))) {
          add(
              Severity.WARNING,
              "response-namespace",
              e.path,
              "this Response holds "
                  + describe(e.namespace)
                  + " but is in the envelope namespace "
                  + Namespaces.RESPONSE
                  + "; clients that go by the namespace will not find the settings.",
              "Declare xmlns=\"" + e.namespace + "\" on <Response>.");
        } else if (e.rawNamespace.isEmpty()) {
          if (responseOfRoot || namespacePairs.size() == 1) {
            add(
                Severity.WARNING,
                "missing-namespace",
                e.path,
                "<" + e.name + "> has no namespace; Exchange clients match " + e.namespace + ".",
                "Declare xmlns=\"" + e.namespace + "\".");
          }
        } else {
          add(
              Severity.WARNING,
              "namespace-variant",
              e.path,
              "namespace "
                  + e.rawNamespace
                  + " is not the real "
                  + e.namespace
                  + (e.rawNamespace.toLowerCase(Locale.ROOT).startsWith("https:")
                      ? " (Microsoft's current documentation prints https by mistake)"
                      : "")
                  + ".",
              "Use xmlns=\"" + e.namespace + "\".");
        }
      }
    }
    if (document.error().isPresent()
        && document.error().get().placement()
            == io.github.autodiscover4j.AutodiscoverError.Placement.OUTLOOK_RESPONSE
        && document.account().isEmpty()) {
      add(
          Severity.WARNING,
          "response-namespace",
          "Autodiscover/Response",
          "a protocol-level error is written in the Outlook namespace "
              + Namespaces.OUTLOOK_RESPONSE
              + "; Exchange writes it in the envelope namespace.",
          "Write <Response> without the Outlook namespace (xmlns=\""
              + Namespaces.RESPONSE
              + "\").");
    }
    for (Problem p : problems) {
      if (p.message().startsWith("stray text")) {
        findings.add(
            new Finding(
                Severity.WARNING,
                "stray-text",
                p.path(),
                p.line(),
                p.column(),
                p.message() + ".",
                "Remove text between elements."));
      }
    }
  }

  private static String describe(String namespace) {
    return Namespaces.OUTLOOK_RESPONSE.equals(namespace)
        ? "Outlook settings"
        : "a MobileSync response";
  }

  // ---- what the document says ----

  private void checkAccount() {
    Account account = document.account().orElse(null);
    if (account == null) {
      return;
    }
    boolean hasError = account.getError() != null || document.error().isPresent();
    if (hasError) {
      return;
    }
    if (blank(account.getAccountType())) {
      add(
          Severity.WARNING,
          "missing-account-type",
          ACCOUNT + "/AccountType",
          "the Account has no AccountType.",
          "Add <AccountType>email</AccountType>.");
    }
    Term<AccountAction> action =
        blank(account.getAction()) ? null : AccountAction.read(account.getAction());
    if (action == null) {
      add(
          Severity.ERROR,
          "missing-action",
          ACCOUNT + "/Action",
          "the Account has no Action; Microsoft's clients treat that as an error.",
          "Add <Action>settings</Action> (or redirectAddr, redirectUrl).");
    } else if (!action.isKnown()) {
      add(
          Severity.ERROR,
          "unknown-action",
          ACCOUNT + "/Action",
          "Action '" + action.raw() + "' is none of settings, redirectAddr, redirectUrl.",
          "Use settings, redirectAddr or redirectUrl.");
    }
    if (action != null && action.is(AccountAction.SETTINGS) && account.getProtocol().isEmpty()) {
      add(
          Severity.ERROR,
          "settings-without-protocol",
          ACCOUNT + "/Action",
          "Action is settings but the Account has no Protocol.",
          "Add the Protocol elements, or redirect.");
    }
    if (action != null
        && action.is(AccountAction.REDIRECT_ADDR)
        && blank(account.getRedirectAddr())) {
      add(
          Severity.ERROR,
          "redirect-without-target",
          ACCOUNT + "/RedirectAddr",
          "Action is redirectAddr but there is no RedirectAddr.",
          "Add <RedirectAddr> with the new address.");
    }
    if (action != null && action.is(AccountAction.REDIRECT_URL)) {
      if (blank(account.getRedirectUrl())) {
        add(
            Severity.ERROR,
            "redirect-without-target",
            ACCOUNT + "/RedirectUrl",
            "Action is redirectUrl but there is no RedirectUrl.",
            "Add <RedirectUrl> with an https URL.");
      } else if (!https(account.getRedirectUrl())) {
        add(
            Severity.ERROR,
            "redirect-not-https",
            ACCOUNT + "/RedirectUrl",
            "RedirectUrl '"
                + account.getRedirectUrl().strip()
                + "' is not https; clients must refuse it.",
            "Redirect to an https URL.");
      }
    }
    List<Protocol> protocols = account.getProtocol();
    for (int i = 0; i < protocols.size(); i++) {
      checkProtocol(protocols.get(i), ACCOUNT + "/Protocol[" + (i + 1) + "]");
    }
  }

  private void checkProtocol(Protocol p, String path) {
    Term<ProtocolType> type = null;
    if (!blank(p.getType())) {
      type = ProtocolType.read(p.getType());
      if (!type.isKnown() || type.is(ProtocolType.MAPI_HTTP)) {
        add(
            Severity.WARNING,
            "unknown-protocol-type",
            path + "/Type",
            "Type '"
                + p.getType().strip()
                + "' is not one clients know (EXCH, EXPR, EXHTTP, WEB, POP3, IMAP, SMTP);"
                + " they skip this Protocol.",
            "Use a documented Type, or leave the Protocol out.");
      }
    } else if (blank(p.getTypeAttribute())) {
      add(
          Severity.WARNING,
          "protocol-without-type",
          path,
          "the Protocol has neither a Type element nor a Type attribute.",
          "Add <Type>.");
    }
    checkPort(p.getPort(), path + "/Port", "Port");
    checkPort(p.getDirectoryPort(), path + "/DirectoryPort", "DirectoryPort");
    checkPort(p.getReferralPort(), path + "/ReferralPort", "ReferralPort");
    if (p.getTTL() != null && !p.getTTL().isValid()) {
      add(
          Severity.WARNING,
          "invalid-ttl",
          path + "/TTL",
          p.getTTL().problem().orElse("invalid TTL") + ".",
          "Send a whole number of hours, 0 or more.");
    }
    Integer port =
        p.getPort() != null && p.getPort().isValid() ? p.getPort().value().getAsInt() : null;
    if (p.getEncryption() != null) {
      Term<Encryption> encryption = Encryption.read(p.getEncryption());
      if (!encryption.isKnown()) {
        add(
            Severity.WARNING,
            "unknown-encryption",
            path + "/Encryption",
            "Encryption '"
                + encryption.raw().strip()
                + "' is none of None, SSL, TLS, Auto; clients fall back to SSL.",
            "Use None, SSL, TLS or Auto.");
      } else if (encryption.is(Encryption.TLS)
          && port != null
          && IMPLICIT_TLS_PORTS.contains(port)) {
        add(
            Severity.ERROR,
            "encryption-tls-on-implicit-tls-port",
            path + "/Encryption",
            "Encryption TLS means STARTTLS to Outlook, but port "
                + port
                + " speaks TLS from the first byte.",
            "Use <Encryption>SSL</Encryption> on port " + port + ".");
      }
    } else if (p.ssl().explicit().isPresent()
        && !p.ssl().effective().isOn()
        && port != null
        && STARTTLS_PORTS.contains(port)) {
      add(
          Severity.WARNING,
          "ssl-off-on-starttls-port",
          path + "/SSL",
          "SSL is off on port "
              + port
              + " with no Encryption; Thunderbird and Outlook 2007 then send the password"
              + " in plain text.",
          "Add <Encryption>TLS</Encryption> for STARTTLS.");
    }
    checkSwitch(p.getSSL(), path + "/SSL", "SSL");
    checkSwitch(p.getSPA(), path + "/SPA", "SPA");
    checkSwitch(p.getAuthRequired(), path + "/AuthRequired", "AuthRequired");
    checkSwitch(p.getSMTPLast(), path + "/SMTPLast", "SMTPLast");
    checkSwitch(p.getUsePOPAuth(), path + "/UsePOPAuth", "UsePOPAuth");
    checkSwitch(p.getDomainRequired(), path + "/DomainRequired", "DomainRequired");
    checkSwitch(
        p.getServerExclusiveConnect(), path + "/ServerExclusiveConnect", "ServerExclusiveConnect");
    checkUrl(p.getEwsUrl(), path + "/EwsUrl", "EwsUrl");
    checkUrl(p.getASUrl(), path + "/ASUrl", "ASUrl");
    checkUrl(p.getEcpUrl(), path + "/EcpUrl", "EcpUrl");
    checkUrl(p.getEmwsUrl(), path + "/EmwsUrl", "EmwsUrl");
    checkUrl(p.getEwsPartnerUrl(), path + "/EwsPartnerUrl", "EwsPartnerUrl");
    checkUrl(p.getOABUrl(), path + "/OABUrl", "OABUrl");
    checkUrl(p.getOOFUrl(), path + "/OOFUrl", "OOFUrl");
    checkUrl(p.getUMUrl(), path + "/UMUrl", "UMUrl");
    checkEndpoint(p.getMailStore(), path + "/MailStore", "MailStore");
    checkEndpoint(p.getAddressBook(), path + "/AddressBook", "AddressBook");
  }

  private void checkPort(IntValue port, String path, String name) {
    if (port != null && !port.isValid()) {
      add(
          Severity.ERROR,
          "port-out-of-range",
          path,
          name
              + " '"
              + port.raw().strip()
              + "': "
              + port.problem().orElse("invalid")
              + "; clients cannot connect to it.",
          "Send the real port (1 to 65535), or leave " + name + " out.");
    }
  }

  private void checkSwitch(OnOffValue value, String path, String name) {
    if (value == null) {
      return;
    }
    String word = value.raw().strip().toLowerCase(Locale.ROOT);
    if (!word.equals("on") && !word.equals("off")) {
      add(
          Severity.WARNING,
          "on-off-spelling",
          path,
          name
              + " is '"
              + value.raw().strip()
              + "'; the documented values are on and off"
              + (value.isKnown() ? "" : ", so clients fall back to the default")
              + ".",
          "Write on or off.");
    }
  }

  private void checkUrl(String url, String path, String name) {
    if (!blank(url) && !https(url)) {
      add(
          Severity.ERROR,
          "insecure-url",
          path,
          name
              + " '"
              + url.strip()
              + "' is not https; clients would send"
              + " credentials in the clear.",
          "Publish the https URL.");
    }
  }

  private void checkEndpoint(MapiHttpEndpoint endpoint, String path, String name) {
    if (endpoint != null) {
      checkUrl(endpoint.getInternalUrl(), path + "/InternalUrl", name + "/InternalUrl");
      checkUrl(endpoint.getExternalUrl(), path + "/ExternalUrl", name + "/ExternalUrl");
    }
  }

  private static boolean https(String url) {
    return url.strip().toLowerCase(Locale.ROOT).startsWith("https://");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
