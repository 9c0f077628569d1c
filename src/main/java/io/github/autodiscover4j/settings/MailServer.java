package io.github.autodiscover4j.settings;

import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.value.Defaults;
import io.github.autodiscover4j.value.IntValue;
import io.github.autodiscover4j.value.OnOff;
import io.github.autodiscover4j.value.OnOffSetting;
import io.github.autodiscover4j.value.ProtocolType;
import io.github.autodiscover4j.value.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One incoming (IMAP, POP3) or outgoing (SMTP) server, as a mail client fills it into an account
 * dialog, whatever format it was read from ({@link #source()}). Immutable; built by {@link
 * AccountSettings} from a document, or with {@link #builder(ProtocolType)}.
 *
 * <p>Port: the port sent when it is valid, else the conventional one for the protocol and security
 * ({@link Ports}); {@link #isPortDefaulted()} then says so.
 *
 * <p>User name, read from POX as documented for {@code LoginName}, {@code DomainRequired} and
 * {@code DomainName}: the {@code LoginName}; when {@code DomainRequired} is on and {@code
 * DomainName} is given, {@code DOMAIN\LoginName} (unless the login name already names a domain with
 * {@code \} or {@code @}); with no {@code LoginName}, the user's {@code AutoDiscoverSMTPAddress}
 * (the e-mail address in UPN form), or nothing, in which case the client logs on with the address
 * it asked about. An SMTP server with {@code UsePOPAuth} on takes the preferred incoming server's
 * user name and password ({@link UserNameSource#INCOMING_SERVER}).
 */
public final class MailServer {
  /** Where {@link #userName()} came from. */
  public enum UserNameSource {
    /** The {@code LoginName} (or autoconfig {@code username}) as sent. */
    LOGIN_NAME,
    /** {@code DomainName\LoginName}, because {@code DomainRequired} is on. */
    DOMAIN_AND_LOGIN_NAME,
    /** No {@code LoginName}: the user's {@code AutoDiscoverSMTPAddress}. */
    SMTP_ADDRESS,
    /**
     * The incoming server's user name: this SMTP server authenticates with the incoming server's
     * credentials ({@code UsePOPAuth} on), the password included.
     */
    INCOMING_SERVER,
    /** Nothing to go on: log on with the e-mail address that was looked up. */
    NONE
  }

  private final Term<ProtocolType> type;
  private final @Nullable String host;
  private final int port;
  private final boolean portDefaulted;
  private final TransportSecurity security;
  private final @Nullable String userName;
  private final UserNameSource userNameSource;
  private final boolean authenticationRequired;
  private final boolean securePasswordAuthentication;
  private final boolean reusesIncomingCredentials;
  private final OnOffSetting smtpLast;
  private final List<Advisory> advisories;
  private final SourceFormat source;
  private final @Nullable Protocol protocol;

  private MailServer(Builder b) {
    this.type = b.type;
    this.host = strip(b.host);
    this.security = b.security;
    IntValue given = b.port;
    if (given != null && given.isValid()) {
      this.port = given.value().getAsInt();
      this.portDefaulted = false;
    } else {
      this.port = Ports.conventional(type.value(), security.mode());
      this.portDefaulted = true;
    }
    this.userName = strip(b.userName);
    this.userNameSource = this.userName == null ? UserNameSource.NONE : b.userNameSource;
    this.authenticationRequired = b.authenticationRequired;
    this.securePasswordAuthentication = b.securePasswordAuthentication;
    this.reusesIncomingCredentials = b.reusesIncomingCredentials && type.is(ProtocolType.SMTP);
    this.smtpLast = b.smtpLast;
    List<Advisory> found =
        new ArrayList<>(
            Advisory.check(type.value(), host, given, security, authenticationRequired));
    for (Advisory extra : b.advisories) {
      if (!found.contains(extra)) {
        found.add(extra);
      }
    }
    this.advisories = List.copyOf(found);
    this.source = b.source;
    this.protocol = b.protocol;
  }

  /**
   * Reads a POX {@code Protocol}.
   *
   * @param protocol the model element
   * @param smtpAddress the user's {@code AutoDiscoverSMTPAddress}, or null
   * @return the server
   */
  static MailServer of(Protocol protocol, @Nullable String smtpAddress) {
    Builder b =
        new Builder(protocol.protocolType())
            .host(protocol.getServer())
            .port(protocol.getPort())
            .security(TransportSecurity.of(protocol))
            .authenticationRequired(protocol.authRequired().effective() == OnOff.ON)
            .securePasswordAuthentication(protocol.spa().effective() == OnOff.ON)
            .reusesIncomingCredentials(protocol.usePopAuth().effective() == OnOff.ON)
            .smtpLast(protocol.smtpLast())
            .source(SourceFormat.POX);
    b.protocol = protocol;
    String login = strip(protocol.getLoginName());
    String domain = strip(protocol.getDomainName());
    if (login != null) {
      boolean qualified = login.contains("\\") || login.contains("@");
      if (protocol.domainRequired().effective() == OnOff.ON && domain != null && !qualified) {
        b.userName(domain + "\\" + login, UserNameSource.DOMAIN_AND_LOGIN_NAME);
      } else {
        b.userName(login, UserNameSource.LOGIN_NAME);
      }
    } else if (smtpAddress != null) {
      b.userName(smtpAddress, UserNameSource.SMTP_ADDRESS);
    }
    if (protocol.getEncryption() != null
        && !io.github.autodiscover4j.value.Encryption.read(protocol.getEncryption()).isKnown()) {
      b.advisory(Advisory.UNKNOWN_ENCRYPTION);
    }
    for (OnOffSetting s :
        List.of(
            protocol.ssl(),
            protocol.spa(),
            protocol.authRequired(),
            protocol.smtpLast(),
            protocol.usePopAuth(),
            protocol.domainRequired())) {
      if (s.state() == OnOffSetting.State.UNKNOWN) {
        b.advisory(Advisory.UNKNOWN_SWITCH);
      }
    }
    return b.build();
  }

  /** This SMTP server with the incoming server's user name, for {@code UsePOPAuth}. */
  MailServer withIncomingCredentials(MailServer incoming) {
    Builder b = toBuilder();
    b.userName(incoming.userName, UserNameSource.INCOMING_SERVER);
    return b.build();
  }

  /**
   * Starts a server built in code (or read from another format).
   *
   * @param type IMAP, POP3 or SMTP
   * @return a builder with the defaults: no host, the conventional port, implicit TLS, no user
   *     name, authentication required, no SPA, {@code SMTPLast} absent
   * @throws IllegalArgumentException for any other protocol type
   */
  public static Builder builder(ProtocolType type) {
    Objects.requireNonNull(type, "type");
    if (type != ProtocolType.IMAP && type != ProtocolType.POP3 && type != ProtocolType.SMTP) {
      throw new IllegalArgumentException(
          type + " is not a mail server's protocol (IMAP, POP3, SMTP)");
    }
    return new Builder(ProtocolType.read(String.valueOf(type.spelling())));
  }

  /**
   * Returns a builder holding this server's settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b =
        new Builder(type)
            .host(host)
            .port(portDefaulted ? null : IntValue.of(port))
            .security(security)
            .authenticationRequired(authenticationRequired)
            .securePasswordAuthentication(securePasswordAuthentication)
            .reusesIncomingCredentials(reusesIncomingCredentials)
            .smtpLast(smtpLast)
            .source(source);
    b.userName = userName;
    b.userNameSource = userNameSource;
    b.protocol = protocol;
    for (Advisory a : advisories) {
      b.advisory(a);
    }
    return b;
  }

  /** Builds a {@link MailServer}. Not thread-safe; each {@link #build()} gives a new value. */
  public static final class Builder {
    private final Term<ProtocolType> type;
    private @Nullable String host;
    private @Nullable IntValue port;
    private TransportSecurity security =
        TransportSecurity.of(TransportSecurity.Mode.IMPLICIT_TLS, TransportSecurity.Source.GIVEN);
    private @Nullable String userName;
    private UserNameSource userNameSource = UserNameSource.NONE;
    private boolean authenticationRequired = true;
    private boolean securePasswordAuthentication;
    private boolean reusesIncomingCredentials;
    private OnOffSetting smtpLast = Defaults.SMTP_LAST.read(null);
    private final List<Advisory> advisories = new ArrayList<>();
    private SourceFormat source = SourceFormat.BUILT;
    private @Nullable Protocol protocol;

    private Builder(Term<ProtocolType> type) {
      this.type = type;
    }

    /**
     * Sets the host name.
     *
     * @param host the host, or null for none
     * @return this builder
     */
    public Builder host(@Nullable String host) {
      this.host = host;
      return this;
    }

    /**
     * Sets the port as sent; an invalid one is replaced by the conventional port and advised.
     *
     * @param port the port, or null for the conventional one
     * @return this builder
     */
    public Builder port(@Nullable IntValue port) {
      this.port = port;
      return this;
    }

    /**
     * Sets the port.
     *
     * @param port 1 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      this.port = IntValue.parse(Integer.toString(port), 1, 65535, "port");
      return this;
    }

    /**
     * Sets the transport security.
     *
     * @param security the security
     * @return this builder
     */
    public Builder security(TransportSecurity security) {
      this.security = Objects.requireNonNull(security, "security");
      return this;
    }

    /**
     * Sets the user name.
     *
     * @param userName the user name, or null for "the e-mail address"
     * @param source where it came from
     * @return this builder
     */
    public Builder userName(@Nullable String userName, UserNameSource source) {
      this.userName = userName;
      this.userNameSource = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets whether the server asks for a password.
     *
     * @param required {@code true} when it does
     * @return this builder
     */
    public Builder authenticationRequired(boolean required) {
      this.authenticationRequired = required;
      return this;
    }

    /**
     * Sets whether Secure Password Authentication (a challenge-response method, not the clear-text
     * password) is required.
     *
     * @param required {@code true} when it is
     * @return this builder
     */
    public Builder securePasswordAuthentication(boolean required) {
      this.securePasswordAuthentication = required;
      return this;
    }

    /**
     * Sets whether an SMTP server authenticates with the incoming server's credentials.
     *
     * @param reuses {@code true} when it does
     * @return this builder
     */
    public Builder reusesIncomingCredentials(boolean reuses) {
      this.reusesIncomingCredentials = reuses;
      return this;
    }

    /**
     * Sets {@code SMTPLast} (receive before sending).
     *
     * @param smtpLast the setting with its default
     * @return this builder
     */
    public Builder smtpLast(OnOffSetting smtpLast) {
      this.smtpLast = Objects.requireNonNull(smtpLast, "smtpLast");
      return this;
    }

    /**
     * Adds an advisory the format's reader found beyond those {@link Advisory#check} computes.
     *
     * @param advisory the advisory
     * @return this builder
     */
    public Builder advisory(Advisory advisory) {
      Objects.requireNonNull(advisory, "advisory");
      if (!advisories.contains(advisory)) {
        advisories.add(advisory);
      }
      return this;
    }

    /**
     * Sets the format the settings were read from.
     *
     * @param source the format
     * @return this builder
     */
    public Builder source(SourceFormat source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Builds the server.
     *
     * @return the server
     */
    public MailServer build() {
      return new MailServer(this);
    }
  }

  private static @Nullable String strip(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * Returns the protocol: {@code IMAP}, {@code POP3} or {@code SMTP}.
   *
   * @return the protocol type
   */
  public Term<ProtocolType> type() {
    return type;
  }

  /**
   * Returns whether this is an incoming server (IMAP or POP3).
   *
   * @return {@code true} for IMAP and POP3
   */
  public boolean isIncoming() {
    return type.is(ProtocolType.IMAP) || type.is(ProtocolType.POP3);
  }

  /**
   * Returns the host to connect to.
   *
   * @return the host, or empty when the server sent none ({@link Advisory#NO_HOST})
   */
  public Optional<String> host() {
    return Optional.ofNullable(host);
  }

  /**
   * Returns the port to connect to.
   *
   * @return the given port, or the conventional one
   */
  public int port() {
    return port;
  }

  /**
   * Returns whether {@link #port()} is the conventional port because the server sent none or an
   * invalid one.
   *
   * @return {@code true} when defaulted
   */
  public boolean isPortDefaulted() {
    return portDefaulted;
  }

  /**
   * Returns how to secure the connection.
   *
   * @return the resolved transport security
   */
  public TransportSecurity security() {
    return security;
  }

  /**
   * Returns the user name to log on with.
   *
   * @return the user name, or empty when the client should use the e-mail address it looked up
   */
  public Optional<String> userName() {
    return Optional.ofNullable(userName);
  }

  /**
   * Returns where {@link #userName()} came from.
   *
   * @return the source
   */
  public UserNameSource userNameSource() {
    return userNameSource;
  }

  /**
   * Returns whether Secure Password Authentication is required ({@code SPA}, default on).
   *
   * @return {@code true} when SPA is required
   */
  public boolean requiresSecurePasswordAuthentication() {
    return securePasswordAuthentication;
  }

  /**
   * Returns whether the server requires authentication ({@code AuthRequired}, default on).
   *
   * @return {@code true} when authentication is required
   */
  public boolean requiresAuthentication() {
    return authenticationRequired;
  }

  /**
   * Returns whether this SMTP server takes the incoming server's user name and password ({@code
   * UsePOPAuth}); {@link #userName()} is then the incoming server's.
   *
   * @return {@code true} when the SMTP server reuses the POP3/IMAP credentials; {@code false} for
   *     IMAP and POP3
   */
  public boolean reusesIncomingCredentials() {
    return reusesIncomingCredentials;
  }

  /**
   * Returns {@code SMTPLast} as sent, with its documented default (off).
   *
   * @return the setting; absent for an incoming server
   */
  public OnOffSetting smtpLast() {
    return smtpLast;
  }

  /**
   * Returns whether mail must be downloaded before this SMTP server accepts mail to send ({@code
   * SMTPLast}, default off): a client that honours it checks the incoming server first, then sends.
   *
   * @return {@code true} when the client must receive before sending; {@code false} for IMAP and
   *     POP3
   */
  public boolean mustReceiveBeforeSending() {
    return sendingAdvice() == SendingAdvice.RECEIVE_BEFORE_SEND_REQUIRED;
  }

  /**
   * Returns what a client must do before sending through this server, as a typed value; its {@code
   * toString()} is an English sentence.
   *
   * @return {@code NOT_REQUIRED} for IMAP and POP3
   */
  public SendingAdvice sendingAdvice() {
    if (!type.is(ProtocolType.SMTP)) {
      return SendingAdvice.NOT_REQUIRED;
    }
    return switch (smtpLast.state()) {
      case ON -> SendingAdvice.RECEIVE_BEFORE_SEND_REQUIRED;
      case UNKNOWN -> SendingAdvice.UNKNOWN;
      default -> SendingAdvice.NOT_REQUIRED;
    };
  }

  /**
   * Returns what a client should warn about or work around for this server, checked by the same
   * code as the linter's rules.
   *
   * @return an unmodifiable list; empty when there is nothing to say
   */
  public List<Advisory> advisories() {
    return advisories;
  }

  /**
   * Returns the format these settings were read from.
   *
   * @return the format
   */
  public SourceFormat source() {
    return source;
  }

  /**
   * Returns the POX model element this view was read from.
   *
   * @return the protocol, or empty for settings read from another format or built in code
   */
  public Optional<Protocol> protocol() {
    return Optional.ofNullable(protocol);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MailServer m
        && type.equals(m.type)
        && Objects.equals(host, m.host)
        && port == m.port
        && portDefaulted == m.portDefaulted
        && security.equals(m.security)
        && Objects.equals(userName, m.userName)
        && userNameSource == m.userNameSource
        && authenticationRequired == m.authenticationRequired
        && securePasswordAuthentication == m.securePasswordAuthentication
        && reusesIncomingCredentials == m.reusesIncomingCredentials
        && smtpLast.equals(m.smtpLast)
        && advisories.equals(m.advisories)
        && source == m.source;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, host, port, security, userName, advisories, source);
  }

  /**
   * Returns for example {@code IMAP imap.example.com:993 IMPLICIT_TLS user alice@example.com}, with
   * the advisories in brackets when there are any.
   */
  @Override
  public String toString() {
    return type.raw()
        + " "
        + host().orElse("?")
        + ":"
        + port
        + (portDefaulted ? " (default port)" : "")
        + " "
        + security.mode()
        + " user "
        + userName().orElse("(the e-mail address)")
        + (advisories.isEmpty() ? "" : " " + advisories);
  }
}
