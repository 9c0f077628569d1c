package io.github.autodiscover4j.lint;

import io.github.autodiscover4j.lint.Finding.Severity;

/**
 * Every rule the linter applies: a stable id (what scripts and the command line match on), a
 * severity, and the fix in one sentence. A {@link Finding} may word its fix for the case at hand
 * (naming the port, say); {@link #fix()} is the general form.
 */
public enum LintRule {
  /** The bytes are not a readable Autodiscover document (HTML, JSON, empty, malformed). */
  UNREADABLE("unreadable", Severity.ERROR, "Send a well-formed POX Autodiscover document."),
  /** A known element in a spelling other than the documented one ({@code RedirectURL}). */
  SPELLING_VARIANT("spelling-variant", Severity.WARNING, "Write the documented spelling."),
  /** An element that may appear once appears more than once in its parent. */
  DUPLICATE_ELEMENT("duplicate-element", Severity.WARNING, "Send each element once per parent."),
  /** More than one {@code Account}: read whole here, but Outlook's behaviour is not documented. */
  MULTIPLE_ACCOUNTS("multiple-accounts", Severity.WARNING, "Put every Protocol into one Account."),
  /** A {@code Response} written in a namespace other than the one its content belongs to. */
  RESPONSE_NAMESPACE(
      "response-namespace", Severity.WARNING, "Declare the namespace of the Response's content."),
  /** An element with no namespace. */
  MISSING_NAMESPACE("missing-namespace", Severity.WARNING, "Declare the documented namespace."),
  /** A namespace spelt otherwise than the real one (the {@code https://} variants). */
  NAMESPACE_VARIANT("namespace-variant", Severity.WARNING, "Use the real http:// namespace."),
  /** Text between elements. */
  STRAY_TEXT("stray-text", Severity.WARNING, "Remove text between elements."),
  /** An {@code Account} without {@code AccountType}. */
  MISSING_ACCOUNT_TYPE(
      "missing-account-type", Severity.WARNING, "Add <AccountType>email</AccountType>."),
  /** An {@code Account} without {@code Action}. */
  MISSING_ACTION(
      "missing-action",
      Severity.ERROR,
      "Add <Action>settings</Action> (or redirectAddr, redirectUrl)."),
  /** An {@code Action} that is none of the three documented ones. */
  UNKNOWN_ACTION("unknown-action", Severity.ERROR, "Use settings, redirectAddr or redirectUrl."),
  /** {@code Action} settings with no {@code Protocol}. */
  SETTINGS_WITHOUT_PROTOCOL(
      "settings-without-protocol", Severity.ERROR, "Add the Protocol elements, or redirect."),
  /** A redirect without its {@code RedirectAddr} or {@code RedirectUrl}. */
  REDIRECT_WITHOUT_TARGET("redirect-without-target", Severity.ERROR, "Add the redirect's target."),
  /** A {@code RedirectUrl} that is not https. */
  REDIRECT_NOT_HTTPS("redirect-not-https", Severity.ERROR, "Redirect to an https URL."),
  /** A {@code Type} no client knows. */
  UNKNOWN_PROTOCOL_TYPE(
      "unknown-protocol-type",
      Severity.WARNING,
      "Use a documented Type, or leave the Protocol out."),
  /** A {@code Protocol} with neither a {@code Type} element nor a {@code Type} attribute. */
  PROTOCOL_WITHOUT_TYPE("protocol-without-type", Severity.WARNING, "Add <Type>."),
  /** An IMAP, POP3 or SMTP {@code Protocol} without a {@code Server}. */
  PROTOCOL_WITHOUT_SERVER(
      "protocol-without-server", Severity.ERROR, "Add <Server> with the host name."),
  /** A port that is not a number from 1 to 65535. */
  PORT_OUT_OF_RANGE(
      "port-out-of-range", Severity.ERROR, "Send the real port (1 to 65535), or leave it out."),
  /** A {@code TTL} that is not a whole number of hours. */
  INVALID_TTL("invalid-ttl", Severity.WARNING, "Send a whole number of hours, 0 or more."),
  /** An {@code Encryption} that is none of None, SSL, TLS, Auto. */
  UNKNOWN_ENCRYPTION("unknown-encryption", Severity.WARNING, "Use None, SSL, TLS or Auto."),
  /** STARTTLS ({@code Encryption} TLS) on a port that speaks TLS from the first byte. */
  ENCRYPTION_TLS_ON_IMPLICIT_TLS_PORT(
      "encryption-tls-on-implicit-tls-port",
      Severity.ERROR,
      "Use <Encryption>SSL</Encryption> on an implicit-TLS port."),
  /** Implicit TLS on a port that starts in plain text and upgrades with STARTTLS. */
  IMPLICIT_TLS_ON_STARTTLS_PORT(
      "implicit-tls-on-starttls-port",
      Severity.ERROR,
      "Use <Encryption>TLS</Encryption> (STARTTLS) on that port, or the implicit-TLS port."),
  /** {@code SSL} off with no {@code Encryption} on a port where STARTTLS is expected. */
  SSL_OFF_ON_STARTTLS_PORT(
      "ssl-off-on-starttls-port",
      Severity.WARNING,
      "Add <Encryption>TLS</Encryption> for STARTTLS."),
  /** A server that needs a password but offers no transport security at all. */
  PLAIN_TEXT("plain-text", Severity.WARNING, "Offer TLS: implicit (SSL) or STARTTLS (TLS)."),
  /** An on/off element written otherwise than {@code on}/{@code off}. */
  ON_OFF_SPELLING("on-off-spelling", Severity.WARNING, "Write on or off."),
  /** A service URL that is not https. */
  INSECURE_URL("insecure-url", Severity.ERROR, "Publish the https URL."),

  // ---- Mozilla autoconfig (AutoconfigLinter); stray-text, duplicate-element, port-out-of-range,
  // insecure-url and unreadable above apply to it too ----

  /** An autoconfig element name in another case: Thunderbird matches names exactly. */
  ELEMENT_CASE("element-case", Severity.ERROR, "Write the element name as the format spells it."),
  /** A typed value (true/false) whose text is neither; kept raw. */
  INVALID_VALUE("invalid-value", Severity.WARNING, "Write the value as the format defines it."),
  /** A {@code clientConfig} without its {@code version} attribute. */
  MISSING_VERSION("missing-version", Severity.WARNING, "Write <clientConfig version=\"1.1\">."),
  /** No {@code emailProvider}: Thunderbird rejects the document. */
  MISSING_EMAIL_PROVIDER(
      "missing-email-provider", Severity.ERROR, "Add an <emailProvider> with its servers."),
  /** A provider that names no {@code domain}: Thunderbird rejects the document. */
  MISSING_DOMAIN("missing-domain", Severity.ERROR, "Add a <domain> for each mail domain served."),
  /** A provider with no {@code incomingServer}. */
  MISSING_INCOMING_SERVER(
      "missing-incoming-server", Severity.ERROR, "Add an <incomingServer type=\"imap\">."),
  /** IMAP or POP3 offered but no {@code outgoingServer}: Thunderbird rejects the document. */
  MISSING_OUTGOING_SERVER(
      "missing-outgoing-server", Severity.ERROR, "Add an <outgoingServer type=\"smtp\">."),
  /** An outgoing server whose type is not smtp: Thunderbird skips it. */
  OUTGOING_NOT_SMTP("outgoing-not-smtp", Severity.ERROR, "Write type=\"smtp\"."),
  /** A server without its {@code type} attribute. */
  SERVER_WITHOUT_TYPE("server-without-type", Severity.ERROR, "Add the type attribute."),
  /** A host-and-port server without {@code hostname}. */
  MISSING_HOSTNAME("missing-hostname", Severity.ERROR, "Add <hostname>."),
  /** A host-and-port server without {@code port}. */
  MISSING_PORT("missing-port", Severity.ERROR, "Add <port>."),
  /** A host-and-port server without {@code socketType}. */
  MISSING_SOCKET_TYPE(
      "missing-socket-type", Severity.ERROR, "Add <socketType>SSL</socketType> or STARTTLS."),
  /** A {@code socketType} that is none of SSL, STARTTLS, plain ({@code TLS} is ambiguous). */
  UNKNOWN_SOCKET_TYPE("unknown-socket-type", Severity.ERROR, "Write SSL, STARTTLS or plain."),
  /** A known socket type or authentication method in another case: Thunderbird rejects it. */
  VALUE_CASE("value-case", Severity.ERROR, "Write the value exactly as the format spells it."),
  /** STARTTLS on a port that speaks TLS from the first byte (993, 995, 465). */
  STARTTLS_ON_IMPLICIT_TLS_PORT(
      "starttls-on-implicit-tls-port",
      Severity.ERROR,
      "Write <socketType>SSL</socketType> on an implicit-TLS port."),
  /** SSL (implicit TLS) on a port that starts in plain text (143, 110, 587). */
  SSL_ON_STARTTLS_PORT(
      "ssl-on-starttls-port",
      Severity.ERROR,
      "Write <socketType>STARTTLS</socketType> on that port, or the implicit-TLS port."),
  /** socketType plain with a password method: the password travels unprotected. */
  PASSWORD_OVER_PLAIN("password-over-plain", Severity.ERROR, "Use SSL or STARTTLS."),
  /** A {@code password} element: anyone who fetches the document reads it. */
  PUBLISHED_PASSWORD("published-password", Severity.WARNING, "Remove <password>."),
  /** A server with no {@code authentication}: Thunderbird skips it. */
  MISSING_AUTHENTICATION(
      "missing-authentication", Severity.ERROR, "Add the <authentication> method the server uses."),
  /** An authentication value neither Thunderbird nor the draft defines, beside a known one. */
  UNKNOWN_AUTHENTICATION(
      "unknown-authentication", Severity.WARNING, "Use a method autoconfig defines."),
  /** No authentication value a client knows: the server is skipped. */
  NO_USABLE_AUTHENTICATION(
      "no-usable-authentication", Severity.ERROR, "Use a method autoconfig defines."),
  /** Thunderbird's deprecated {@code plain} or {@code secure}. */
  DEPRECATED_AUTHENTICATION(
      "deprecated-authentication",
      Severity.WARNING,
      "Write password-cleartext or password-encrypted."),
  /** A URL-based server (jmap, ews, activesync, graph) without {@code url}. */
  MISSING_URL("missing-url", Severity.ERROR, "Add <url>https://...</url>."),
  /** The same server twice in one list. */
  DUPLICATE_SERVER("duplicate-server", Severity.WARNING, "Remove the repeated server."),
  /**
   * Something like a placeholder that clients do not fill ({@code %EMAILADDRESS}, {@code %EMAIL%}).
   */
  MISSPELT_PLACEHOLDER(
      "misspelt-placeholder",
      Severity.ERROR,
      "Write %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN% or %REALNAME%."),

  // ---- across formats (CrossFormatCheck) ----

  /** A POX and an autoconfig answer for one address that give a client different settings. */
  FORMATS_DISAGREE(
      "formats-disagree",
      Severity.ERROR,
      "Publish the same servers, ports, security and user names in both formats.");

  private final String id;
  private final Severity severity;
  private final String fix;

  LintRule(String id, Severity severity, String fix) {
    this.id = id;
    this.severity = severity;
    this.fix = fix;
  }

  /**
   * Returns the stable id, for example {@code port-out-of-range}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns how bad a finding of this rule is.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the fix in general form.
   *
   * @return one sentence
   */
  public String fix() {
    return fix;
  }

  /**
   * Finds a rule by its id.
   *
   * @param id for example {@code port-out-of-range}
   * @return the rule, or empty for an id no rule has
   */
  public static java.util.Optional<LintRule> byId(String id) {
    for (LintRule r : values()) {
      if (r.id.equals(id)) {
        return java.util.Optional.of(r);
      }
    }
    return java.util.Optional.empty();
  }
}
