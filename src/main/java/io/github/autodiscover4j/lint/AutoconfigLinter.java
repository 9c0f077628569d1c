package io.github.autodiscover4j.lint;

import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.ParseOptions;
import io.github.autodiscover4j.Problem;
import io.github.autodiscover4j.autoconfig.AutoconfigAuthentication;
import io.github.autodiscover4j.autoconfig.PlaceholderProblem;
import io.github.autodiscover4j.autoconfig.Placeholders;
import io.github.autodiscover4j.autoconfig.ServerView;
import io.github.autodiscover4j.autoconfig.SocketType;
import io.github.autodiscover4j.internal.Codec;
import io.github.autodiscover4j.internal.ModelText;
import io.github.autodiscover4j.internal.Outline;
import io.github.autodiscover4j.model.autoconfig.AutoconfigServer;
import io.github.autodiscover4j.model.autoconfig.ServerAuthentication;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The checks behind {@code Autoconfig.lint}: what a provider publishes that Thunderbird and the
 * other autoconfig clients reject, misread, or would use insecurely. Each finding has a stable rule
 * id, the element's path and position, and a one-sentence fix. Internal: the rules are documented
 * in the README.
 */
public final class AutoconfigLinter {
  private static final Set<Integer> IMPLICIT_TLS_PORTS = Set.of(993, 995, 465);
  private static final Set<Integer> STARTTLS_PORTS = Set.of(143, 110, 587);
  private static final Set<String> HOST_TYPES = Set.of("imap", "pop3", "smtp", "nntp");
  private static final Set<String> MAIL_URL_TYPES = Set.of("jmap", "ews", "activesync", "graph");
  private static final Set<AutoconfigAuthentication> PASSWORD_METHODS =
      Set.of(
          AutoconfigAuthentication.PASSWORD_CLEARTEXT,
          AutoconfigAuthentication.PASSWORD_ENCRYPTED,
          AutoconfigAuthentication.NTLM,
          AutoconfigAuthentication.HTTP_BASIC,
          AutoconfigAuthentication.HTTP_DIGEST);

  private final AutoconfigDocument document;
  private final Outline outline;
  private final List<Finding> findings = new ArrayList<>();

  private AutoconfigLinter(AutoconfigDocument document, Outline outline) {
    this.document = document;
    this.outline = outline;
  }

  /**
   * Checks an autoconfig document as served. A document that cannot be read gives one {@link
   * LintRule#UNREADABLE} finding.
   *
   * @param bytes the document
   * @return the report
   */
  public static AutoconfigLintReport lint(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    try {
      return report(Codec.readAutoconfig(bytes, bytes.length, ParseOptions.defaults(), true));
    } catch (AutodiscoverException e) {
      return unreadable(e);
    }
  }

  /**
   * Checks an autoconfig document given as text; see {@link #lint(byte[])}.
   *
   * @param xml the document
   * @return the report
   */
  public static AutoconfigLintReport lint(String xml) {
    Objects.requireNonNull(xml, "xml");
    try {
      return report(Codec.readAutoconfig(xml, ParseOptions.defaults(), true));
    } catch (AutodiscoverException e) {
      return unreadable(e);
    }
  }

  /**
   * Checks an autoconfig file; see {@link #lint(byte[])}.
   *
   * @param file the document
   * @return the report
   * @throws IOException when the file cannot be read
   */
  public static AutoconfigLintReport lint(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return lint(in.readNBytes(ParseOptions.defaults().maxInputBytes() + 1));
    }
  }

  private static AutoconfigLintReport report(Codec.AutoconfigResult result) {
    AutoconfigDocument document = AutoconfigDocument.of(result.root, result.problems);
    Outline outline = Objects.requireNonNull(result.outline, "outline");
    return new AutoconfigLintReport(document, check(document, result.problems, outline));
  }

  private static AutoconfigLintReport unreadable(AutodiscoverException e) {
    return new AutoconfigLintReport(
        null,
        List.of(
            new Finding(
                LintRule.UNREADABLE,
                "",
                e.line(),
                e.column(),
                e.getMessage() + ".",
                "Serve a well-formed autoconfig document (clientConfig).")));
  }

  /**
   * Checks a document read with its outline.
   *
   * @param document the parsed document
   * @param problems what the reader read leniently
   * @param outline how the document was written
   * @return the findings in document order
   */
  static List<Finding> check(AutoconfigDocument document, List<Problem> problems, Outline outline) {
    AutoconfigLinter linter = new AutoconfigLinter(document, outline);
    linter.checkSource(problems);
    linter.checkProvider();
    linter.checkPlaceholders();
    linter.findings.sort(
        Comparator.comparingInt((Finding f) -> f.line() < 0 ? Integer.MAX_VALUE : f.line())
            .thenComparingInt(Finding::column));
    return linter.findings;
  }

  private void add(LintRule rule, String path, String message, String fix) {
    Outline.Element at = outline.find(path);
    String where = path;
    // an absent element (or an attribute) is reported at its nearest present ancestor
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
    for (Outline.Element e : outline.elements()) {
      if (e.known && !e.rawName.equals(e.name)) {
        add(
            LintRule.ELEMENT_CASE,
            e.path,
            "<"
                + e.rawName
                + "> is not the documented spelling <"
                + e.name
                + ">; Thunderbird matches names exactly and ignores it.",
            "Write <" + e.name + ">.");
      }
      if (e.duplicate) {
        add(
            LintRule.DUPLICATE_ELEMENT,
            e.path,
            "<" + e.name + "> appears more than once in its parent; readers keep only one of them.",
            "Write each element once per parent.");
      }
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
      } else if (p.kind() == Problem.Kind.INVALID_VALUE && p.path().endsWith("/port")) {
        findings.add(
            new Finding(
                LintRule.PORT_OUT_OF_RANGE,
                p.path(),
                p.line(),
                p.column(),
                p.message() + "; Thunderbird skips the server.",
                "Write the port as a whole number from 1 to 65535."));
      } else {
        findings.add(
            new Finding(
                LintRule.INVALID_VALUE,
                p.path(),
                p.line(),
                p.column(),
                p.message() + ".",
                "Write the value as the format defines it."));
      }
    }
  }

  // ---- what the document says ----

  private void checkProvider() {
    if (document.version().isEmpty()) {
      add(
          LintRule.MISSING_VERSION,
          "clientConfig",
          "<clientConfig> has no version attribute.",
          "Write <clientConfig version=\"1.1\">.");
    }
    if (document.emailProvider().isEmpty()) {
      add(
          LintRule.MISSING_EMAIL_PROVIDER,
          "clientConfig",
          "there is no <emailProvider>; Thunderbird rejects the document.",
          "Add an <emailProvider id=\"example.com\"> with its servers.");
      return;
    }
    String provider = "clientConfig/emailProvider[1]";
    if (document.domains().isEmpty()) {
      add(
          LintRule.MISSING_DOMAIN,
          provider,
          "the provider names no <domain>; Thunderbird rejects the document.",
          "Add <domain>example.com</domain> for each mail domain served.");
    }
    List<ServerView> incoming = document.incomingServers();
    List<ServerView> outgoing = document.outgoingServers();
    if (incoming.isEmpty()) {
      add(
          LintRule.MISSING_INCOMING_SERVER,
          provider,
          "the provider has no <incomingServer>; clients have nothing to set up.",
          "Add an <incomingServer type=\"imap\">.");
    }
    boolean needsSmtp = incoming.stream().anyMatch(s -> HOST_TYPES.contains(s.type()));
    if (needsSmtp && outgoing.isEmpty()) {
      add(
          LintRule.MISSING_OUTGOING_SERVER,
          provider,
          "an IMAP or POP3 server is offered but no <outgoingServer>; Thunderbird rejects the"
              + " document and no mail can be sent.",
          "Add an <outgoingServer type=\"smtp\">.");
    }
    for (ServerView s : incoming) {
      checkServer(s);
    }
    for (ServerView s : outgoing) {
      if (!s.type().equals("smtp")) {
        add(
            LintRule.OUTGOING_NOT_SMTP,
            s.path() + "/@type",
            "outgoing server type '" + s.model().getType() + "' is not smtp; Thunderbird skips it.",
            "Write type=\"smtp\".");
      }
      checkServer(s);
    }
    for (ServerView s : document.services()) {
      checkServer(s);
    }
    checkDuplicates(incoming);
    checkDuplicates(outgoing);
  }

  private void checkServer(ServerView s) {
    AutoconfigServer m = s.model();
    String path = s.path();
    if (s.type().isEmpty()) {
      add(
          LintRule.SERVER_WITHOUT_TYPE,
          path,
          "the server has no type attribute; clients cannot tell its protocol.",
          "Write type=\"imap\", \"pop3\", \"smtp\" or a URL type such as \"jmap\".");
    }
    boolean urlType = s.isUrlBased() && !HOST_TYPES.contains(s.type());
    if (urlType) {
      checkUrlServer(s);
    } else {
      checkHostServer(s);
    }
    List<AutoconfigAuthentication> methods = s.authentication();
    if (methods.isEmpty()) {
      add(
          LintRule.MISSING_AUTHENTICATION,
          path,
          "the server lists no <authentication>; Thunderbird skips it.",
          "Add <authentication>password-cleartext</authentication> or the method it uses.");
    }
    boolean anyKnown = methods.stream().anyMatch(a -> a != AutoconfigAuthentication.UNKNOWN);
    for (int i = 0; i < m.getAuthentication().size(); i++) {
      ServerAuthentication a = m.getAuthentication().get(i);
      String raw = a.getValue() == null ? "" : a.getValue();
      AutoconfigAuthentication method = methods.get(i);
      String at = path + "/authentication[" + (i + 1) + "]";
      if (method == AutoconfigAuthentication.UNKNOWN) {
        add(
            anyKnown ? LintRule.UNKNOWN_AUTHENTICATION : LintRule.NO_USABLE_AUTHENTICATION,
            at,
            "authentication '" + raw.strip() + "' is not a method autoconfig defines.",
            "Use password-cleartext, password-encrypted, OAuth2, NTLM, GSSAPI, TLS-client-cert,"
                + " client-IP-address, smtp-after-pop or none.");
      } else if (raw.strip().equalsIgnoreCase("plain") || raw.strip().equalsIgnoreCase("secure")) {
        add(
            LintRule.DEPRECATED_AUTHENTICATION,
            at,
            "'" + raw.strip() + "' is Thunderbird's deprecated spelling of " + method.token() + ".",
            "Write <authentication>" + method.token() + "</authentication>.");
      } else if (!method.isCanonical(raw)) {
        add(
            LintRule.VALUE_CASE,
            at,
            "'"
                + raw
                + "' is not spelt '"
                + method.token()
                + "'; Thunderbird matches values exactly and rejects it.",
            "Write <authentication>" + method.token() + "</authentication>.");
      }
    }
    if (s.socketType() == SocketType.PLAIN) {
      for (AutoconfigAuthentication a : methods) {
        if (PASSWORD_METHODS.contains(a)) {
          add(
              LintRule.PASSWORD_OVER_PLAIN,
              path + "/socketType[1]",
              "socketType plain with "
                  + a.token()
                  + " sends the "
                  + (a == AutoconfigAuthentication.PASSWORD_CLEARTEXT
                      ? "password in the clear"
                      : "login unprotected")
                  + " over the network.",
              "Use SSL or STARTTLS.");
          break;
        }
      }
    }
    if (m.getPassword() != null) {
      add(
          LintRule.PUBLISHED_PASSWORD,
          path + "/password",
          "the document publishes a password; anyone who fetches it can read it.",
          "Remove <password>; clients ask the user.");
    }
  }

  private void checkHostServer(ServerView s) {
    AutoconfigServer m = s.model();
    String path = s.path();
    if (s.hostname().isEmpty()) {
      add(
          LintRule.MISSING_HOSTNAME,
          path + "/hostname",
          "the server has no <hostname>; Thunderbird skips it.",
          "Add <hostname>mail.example.com</hostname>.");
    }
    if (m.getPort() == null) {
      add(
          LintRule.MISSING_PORT,
          path + "/port",
          "the server has no <port>; Thunderbird skips it.",
          "Add the <port>.");
    }
    if (m.getSocketType().isEmpty()) {
      add(
          LintRule.MISSING_SOCKET_TYPE,
          path + "/socketType",
          "the server has no <socketType>; Thunderbird skips it.",
          "Add <socketType>SSL</socketType> (implicit TLS) or STARTTLS.");
    }
    for (int i = 0; i < m.getSocketType().size(); i++) {
      String raw = m.getSocketType().get(i) == null ? "" : m.getSocketType().get(i);
      SocketType t = SocketType.parse(raw);
      String at = path + "/socketType[" + (i + 1) + "]";
      if (t == SocketType.UNKNOWN) {
        boolean tls = raw.strip().equalsIgnoreCase("tls");
        add(
            LintRule.UNKNOWN_SOCKET_TYPE,
            at,
            "socketType '"
                + raw.strip()
                + "' is not SSL, STARTTLS or plain"
                + (tls ? "; TLS is ambiguous (implicit TLS or STARTTLS?)" : "")
                + ".",
            tls
                ? "Write SSL for implicit TLS (993, 995, 465) or STARTTLS (143, 110, 587)."
                : "Write SSL, STARTTLS or plain.");
      } else if (!t.isCanonical(raw)) {
        add(
            LintRule.VALUE_CASE,
            at,
            "'"
                + raw
                + "' is not spelt '"
                + t.token()
                + "'; Thunderbird matches values exactly and rejects it.",
            "Write <socketType>" + t.token() + "</socketType>.");
      }
    }
    if (s.port().isPresent()) {
      int port = s.port().getAsInt();
      SocketType t = s.socketType();
      if (t == SocketType.STARTTLS && IMPLICIT_TLS_PORTS.contains(port)) {
        add(
            LintRule.STARTTLS_ON_IMPLICIT_TLS_PORT,
            path + "/socketType[1]",
            "STARTTLS on port "
                + port
                + ", which speaks TLS from the first byte: clients wait for a greeting that never"
                + " comes.",
            "Write <socketType>SSL</socketType> for port " + port + ".");
      } else if (t == SocketType.SSL && STARTTLS_PORTS.contains(port)) {
        add(
            LintRule.SSL_ON_STARTTLS_PORT,
            path + "/socketType[1]",
            "SSL (implicit TLS) on port "
                + port
                + ", which starts in plain text: the TLS handshake fails.",
            "Write <socketType>STARTTLS</socketType> for port " + port + ".");
      }
    }
  }

  private void checkUrlServer(ServerView s) {
    String path = s.path();
    if (s.url().isEmpty()) {
      if (MAIL_URL_TYPES.contains(s.type())) {
        add(
            LintRule.MISSING_URL,
            path + "/url",
            "a " + s.type() + " server has no <url>; clients cannot reach it.",
            "Add <url>https://...</url>.");
      }
      return;
    }
    String url = s.url().get();
    if (url.regionMatches(true, 0, "http:", 0, 5)) {
      add(
          LintRule.INSECURE_URL,
          path + "/url",
          "the "
              + s.type()
              + " URL "
              + url
              + " is not HTTPS: credentials would travel unprotected.",
          "Serve it over https:.");
    }
  }

  private void checkDuplicates(List<ServerView> servers) {
    Map<String, ServerView> seen = new HashMap<>();
    for (ServerView s : servers) {
      String key =
          s.type()
              + " "
              + s.hostname().map(h -> h.toLowerCase(Locale.ROOT)).orElse("")
              + " "
              + (s.port().isPresent() ? s.port().getAsInt() : -1)
              + " "
              + s.socketType()
              + " "
              + s.url().orElse("")
              + " "
              + s.username().orElse("")
              + " "
              + s.authentication();
      ServerView first = seen.putIfAbsent(key, s);
      if (first != null) {
        add(
            LintRule.DUPLICATE_SERVER,
            s.path(),
            "this server repeats " + first.path() + "; clients offer the same choice twice.",
            "Remove the repeated server.");
      }
    }
  }

  private void checkPlaceholders() {
    Set<String> custom = document.customPlaceholders();
    ModelText.visit(
        document.root(),
        "clientConfig",
        (path, text) -> {
          for (PlaceholderProblem p : Placeholders.problems(text, custom)) {
            add(
                LintRule.MISSPELT_PLACEHOLDER,
                path,
                "'" + p.found() + "' is not filled by clients: " + p.reason() + ".",
                "Write " + p.suggestion() + ".");
          }
        });
  }
}
