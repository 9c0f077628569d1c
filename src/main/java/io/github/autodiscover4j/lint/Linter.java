package io.github.autodiscover4j.lint;

import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.Namespaces;
import io.github.autodiscover4j.ParseOptions;
import io.github.autodiscover4j.Problem;
import io.github.autodiscover4j.internal.Codec;
import io.github.autodiscover4j.internal.Outline;
import io.github.autodiscover4j.internal.Vocabulary;
import io.github.autodiscover4j.model.outlook.Account;
import io.github.autodiscover4j.model.outlook.MapiHttpEndpoint;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.settings.Advisory;
import io.github.autodiscover4j.settings.Ports;
import io.github.autodiscover4j.settings.TransportSecurity;
import io.github.autodiscover4j.value.AccountAction;
import io.github.autodiscover4j.value.Encryption;
import io.github.autodiscover4j.value.IntValue;
import io.github.autodiscover4j.value.OnOff;
import io.github.autodiscover4j.value.OnOffValue;
import io.github.autodiscover4j.value.ProtocolType;
import io.github.autodiscover4j.value.Term;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The checks behind {@code Autodiscover.lint}: what a server sends that clients misread, fail on,
 * or that only a lenient reader accepts. Each finding names its {@link LintRule} (a stable id, a
 * severity and the fix), the element's path and position.
 *
 * <pre>{@code
 * LintReport report = Linter.lint(Path.of("autodiscover.xml"));
 * report.findings().forEach(System.out::println);
 * if (report.hasErrors()) System.exit(1);
 * }</pre>
 */
public final class Linter {
  private static final String RESPONSE = "Autodiscover/Response";

  private final AutodiscoverDocument document;
  private final Outline outline;
  private final List<Finding> findings = new ArrayList<>();

  private Linter(AutodiscoverDocument document, Outline outline) {
    this.document = document;
    this.outline = outline;
  }

  /**
   * Checks a response as received.
   *
   * @param bytes the response
   * @return the findings; none for a clean response; one {@link LintRule#UNREADABLE} finding when
   *     the bytes are not a readable document
   */
  public static LintReport lint(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    try {
      return report(Codec.read(bytes, bytes.length, ParseOptions.defaults(), true));
    } catch (AutodiscoverException e) {
      return unreadable(e);
    }
  }

  /**
   * Checks a response given as text; see {@link #lint(byte[])}.
   *
   * @param xml the response
   * @return the findings; none for a clean response
   */
  public static LintReport lint(String xml) {
    Objects.requireNonNull(xml, "xml");
    try {
      return report(Codec.read(xml, ParseOptions.defaults(), true));
    } catch (AutodiscoverException e) {
      return unreadable(e);
    }
  }

  /**
   * Checks a response file; see {@link #lint(byte[])}. A file over the default size limit is read
   * only that far, and reported as too large.
   *
   * @param file the response
   * @return the findings; none for a clean response
   * @throws IOException when the file cannot be read
   */
  public static LintReport lint(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return lint(in.readNBytes(ParseOptions.defaults().maxInputBytes() + 1));
    }
  }

  private static LintReport report(Codec.Result result) {
    AutodiscoverDocument document = AutodiscoverDocument.of(result.root, result.problems);
    Outline outline = Objects.requireNonNull(result.outline, "outline");
    return new LintReport(document, check(document, result.problems, outline));
  }

  private static LintReport unreadable(AutodiscoverException e) {
    return new LintReport(
        null,
        List.of(
            new Finding(
                LintRule.UNREADABLE,
                "",
                e.line(),
                e.column(),
                e.getMessage() + ".",
                LintRule.UNREADABLE.fix())));
  }

  private static List<Finding> check(
      AutodiscoverDocument document, List<Problem> problems, Outline outline) {
    Linter linter = new Linter(document, outline);
    linter.checkSource(problems);
    linter.checkAccounts();
    linter.findings.sort(
        Comparator.comparingInt((Finding f) -> f.line() < 0 ? Integer.MAX_VALUE : f.line())
            .thenComparingInt(Finding::column));
    return linter.findings;
  }

  private void add(LintRule rule, String path, String message, String fix) {
    Outline.Element at = outline.find(path);
    String where = path;
    // an absent element is reported at its nearest present ancestor
    while (at == null && where.contains("/")) {
      where = where.substring(0, where.lastIndexOf('/'));
      at = outline.find(where);
    }
    findings.add(
        new Finding(
            rule, path, at == null ? -1 : at.line, at == null ? -1 : at.column, message, fix));
  }

  // ---- how the document was written ----

  private void checkSource(List<Problem> problems) {
    Set<String> namespacePairs = new HashSet<>();
    for (Outline.Element e : outline.elements()) {
      if (e.known && !e.rawName.equals(e.name)) {
        add(
            LintRule.SPELLING_VARIANT,
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
            LintRule.DUPLICATE_ELEMENT,
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
              LintRule.RESPONSE_NAMESPACE,
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
                LintRule.MISSING_NAMESPACE,
                e.path,
                "<" + e.name + "> has no namespace; Exchange clients match " + e.namespace + ".",
                "Declare xmlns=\"" + e.namespace + "\".");
          }
        } else {
          add(
              LintRule.NAMESPACE_VARIANT,
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
          LintRule.RESPONSE_NAMESPACE,
          "Autodiscover/Response",
          "a protocol-level error is written in the Outlook namespace "
              + Namespaces.OUTLOOK_RESPONSE
              + "; Exchange writes it in the envelope namespace.",
          "Write <Response> without the Outlook namespace (xmlns=\""
              + Namespaces.RESPONSE
              + "\").");
    }
    for (Problem p : problems) {
      if (p.kind() == Problem.Kind.STRAY_TEXT) {
        findings.add(
            new Finding(
                LintRule.STRAY_TEXT,
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

  private void checkAccounts() {
    List<Account> accounts = document.accounts();
    if (accounts.size() > 1) {
      add(
          LintRule.MULTIPLE_ACCOUNTS,
          RESPONSE + "/Account[2]",
          "the Response holds "
              + accounts.size()
              + " Account elements; this library and Microsoft's EWS Managed API read them all,"
              + " but Outlook's behaviour is not documented.",
          "Put every Protocol into one Account.");
    }
    for (int i = 0; i < accounts.size(); i++) {
      checkAccount(accounts.get(i), RESPONSE + (i == 0 ? "/Account" : "/Account[" + (i + 1) + "]"));
    }
  }

  private void checkAccount(Account account, String path) {
    boolean hasError = account.getError() != null || document.error().isPresent();
    if (hasError) {
      return;
    }
    if (blank(account.getAccountType())) {
      add(
          LintRule.MISSING_ACCOUNT_TYPE,
          path + "/AccountType",
          "the Account has no AccountType.",
          "Add <AccountType>email</AccountType>.");
    }
    String actionText = account.getAction();
    Term<AccountAction> action =
        actionText == null || actionText.isBlank() ? null : AccountAction.read(actionText);
    if (action == null) {
      add(
          LintRule.MISSING_ACTION,
          path + "/Action",
          "the Account has no Action; Microsoft's clients treat that as an error.",
          "Add <Action>settings</Action> (or redirectAddr, redirectUrl).");
    } else if (!action.isKnown()) {
      add(
          LintRule.UNKNOWN_ACTION,
          path + "/Action",
          "Action '" + action.raw() + "' is none of settings, redirectAddr, redirectUrl.",
          "Use settings, redirectAddr or redirectUrl.");
    }
    if (action != null && action.is(AccountAction.SETTINGS) && account.getProtocol().isEmpty()) {
      add(
          LintRule.SETTINGS_WITHOUT_PROTOCOL,
          path + "/Action",
          "Action is settings but the Account has no Protocol.",
          "Add the Protocol elements, or redirect.");
    }
    if (action != null
        && action.is(AccountAction.REDIRECT_ADDR)
        && blank(account.getRedirectAddr())) {
      add(
          LintRule.REDIRECT_WITHOUT_TARGET,
          path + "/RedirectAddr",
          "Action is redirectAddr but there is no RedirectAddr.",
          "Add <RedirectAddr> with the new address.");
    }
    String redirectUrl = account.getRedirectUrl();
    if (action != null && action.is(AccountAction.REDIRECT_URL)) {
      if (redirectUrl == null || redirectUrl.isBlank()) {
        add(
            LintRule.REDIRECT_WITHOUT_TARGET,
            path + "/RedirectUrl",
            "Action is redirectUrl but there is no RedirectUrl.",
            "Add <RedirectUrl> with an https URL.");
      } else if (!https(redirectUrl)) {
        add(
            LintRule.REDIRECT_NOT_HTTPS,
            path + "/RedirectUrl",
            "RedirectUrl '" + redirectUrl.strip() + "' is not https; clients must refuse it.",
            "Redirect to an https URL.");
      }
    }
    List<Protocol> protocols = account.getProtocol();
    for (int i = 0; i < protocols.size(); i++) {
      checkProtocol(protocols.get(i), path + "/Protocol[" + (i + 1) + "]");
    }
  }

  private void checkProtocol(Protocol p, String path) {
    Term<ProtocolType> type = null;
    String typeText = p.getType();
    if (typeText != null && !typeText.isBlank()) {
      type = ProtocolType.read(typeText);
      if (!type.isKnown() || type.is(ProtocolType.MAPI_HTTP)) {
        add(
            LintRule.UNKNOWN_PROTOCOL_TYPE,
            path + "/Type",
            "Type '"
                + typeText.strip()
                + "' is not one clients know (EXCH, EXPR, EXHTTP, WEB, POP3, IMAP, SMTP);"
                + " they skip this Protocol.",
            "Use a documented Type, or leave the Protocol out.");
      }
    } else if (blank(p.getTypeAttribute())) {
      add(
          LintRule.PROTOCOL_WITHOUT_TYPE,
          path,
          "the Protocol has neither a Type element nor a Type attribute.",
          "Add <Type>.");
    }
    checkPort(p.getPort(), path + "/Port", "Port");
    checkPort(p.getDirectoryPort(), path + "/DirectoryPort", "DirectoryPort");
    checkPort(p.getReferralPort(), path + "/ReferralPort", "ReferralPort");
    if (p.getTTL() != null && !p.getTTL().isValid()) {
      add(
          LintRule.INVALID_TTL,
          path + "/TTL",
          p.getTTL().problem().orElse("invalid TTL") + ".",
          "Send a whole number of hours, 0 or more.");
    }
    if (p.getEncryption() != null) {
      Term<Encryption> encryption = Encryption.read(p.getEncryption());
      if (!encryption.isKnown()) {
        add(
            LintRule.UNKNOWN_ENCRYPTION,
            path + "/Encryption",
            "Encryption '"
                + encryption.raw().strip()
                + "' is none of None, SSL, TLS, Auto; clients fall back to SSL.",
            "Use None, SSL, TLS or Auto.");
      }
    }
    checkTransport(p, path);
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

  /** The rules a mail client shares with the linter: the settings view's advisories. */
  private void checkTransport(Protocol p, String path) {
    TransportSecurity security = TransportSecurity.of(p);
    IntValue given = p.getPort();
    int port = given != null && given.isValid() ? given.value().getAsInt() : -1;
    String securityPath =
        path
            + switch (security.source()) {
              case ENCRYPTION -> "/Encryption";
              case SSL -> "/SSL";
              default -> "/Port";
            };
    List<Advisory> advisories =
        Advisory.check(
            p.protocolType().value(),
            p.getServer(),
            given,
            security,
            p.authRequired().effective() == OnOff.ON);
    for (Advisory advisory : advisories) {
      switch (advisory) {
        case STARTTLS_ON_IMPLICIT_TLS_PORT ->
            add(
                LintRule.ENCRYPTION_TLS_ON_IMPLICIT_TLS_PORT,
                path + "/Encryption",
                "Encryption TLS means STARTTLS to Outlook, but port "
                    + port
                    + " speaks TLS from the first byte.",
                "Use <Encryption>SSL</Encryption> on port " + port + ".");
        case IMPLICIT_TLS_ON_STARTTLS_PORT ->
            add(
                LintRule.IMPLICIT_TLS_ON_STARTTLS_PORT,
                securityPath,
                "port "
                    + port
                    + " starts in plain text and upgrades with STARTTLS, but "
                    + (security.source() == TransportSecurity.Source.DEFAULT
                        ? "with no Encryption and no SSL clients take SSL's default, on, and"
                        : "these settings")
                    + " speak TLS from the first byte; the connection fails.",
                "Add <Encryption>TLS</Encryption> for STARTTLS on port " + port + ".");
        case PLAIN_TEXT -> {
          if (security.source() == TransportSecurity.Source.SSL && Ports.isStartTls(port)) {
            add(
                LintRule.SSL_OFF_ON_STARTTLS_PORT,
                path + "/SSL",
                "SSL is off on port "
                    + port
                    + " with no Encryption; Thunderbird and Outlook 2007 then send the password"
                    + " in plain text.",
                "Add <Encryption>TLS</Encryption> for STARTTLS.");
          } else {
            add(
                LintRule.PLAIN_TEXT,
                securityPath,
                "no transport security while a password is required: it travels in plain text.",
                LintRule.PLAIN_TEXT.fix());
          }
        }
        case NO_HOST ->
            add(
                LintRule.PROTOCOL_WITHOUT_SERVER,
                path + "/Server",
                "the " + p.protocolType().raw().strip() + " Protocol has no Server.",
                LintRule.PROTOCOL_WITHOUT_SERVER.fix());
        default -> {
          // ports out of range and unknown words have rules of their own, over every protocol
        }
      }
    }
  }

  private void checkPort(@Nullable IntValue port, String path, String name) {
    if (port != null && !port.isValid()) {
      add(
          LintRule.PORT_OUT_OF_RANGE,
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

  private void checkSwitch(@Nullable OnOffValue value, String path, String name) {
    if (value == null) {
      return;
    }
    String word = value.raw().strip().toLowerCase(Locale.ROOT);
    if (!word.equals("on") && !word.equals("off")) {
      add(
          LintRule.ON_OFF_SPELLING,
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

  private void checkUrl(@Nullable String url, String path, String name) {
    if (url != null && !url.isBlank() && !https(url)) {
      add(
          LintRule.INSECURE_URL,
          path,
          name
              + " '"
              + url.strip()
              + "' is not https; clients would send"
              + " credentials in the clear.",
          "Publish the https URL.");
    }
  }

  private void checkEndpoint(@Nullable MapiHttpEndpoint endpoint, String path, String name) {
    if (endpoint != null) {
      checkUrl(endpoint.getInternalUrl(), path + "/InternalUrl", name + "/InternalUrl");
      checkUrl(endpoint.getExternalUrl(), path + "/ExternalUrl", name + "/ExternalUrl");
    }
  }

  private static boolean https(String url) {
    return url.strip().toLowerCase(Locale.ROOT).startsWith("https://");
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
