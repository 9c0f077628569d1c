package io.github.autodiscover4j.settings;

import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.value.IntValue;
import io.github.autodiscover4j.value.OnOff;
import io.github.autodiscover4j.value.ProtocolType;
import io.github.autodiscover4j.value.Term;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One incoming (IMAP, POP3) or outgoing (SMTP) server, as a mail client fills it into an account
 * dialog. Built by {@link AccountSettings}; immutable apart from {@link #protocol()}, the model
 * element it was read from.
 *
 * <p>Port: the {@code Port} element when it holds a valid port, else the conventional port for the
 * protocol and resolved security ({@link #isPortDefaulted()} then says so):
 *
 * <table>
 *   <caption>Conventional ports</caption>
 *   <tr><th>protocol</th><th>{@code IMPLICIT_TLS}</th><th>{@code STARTTLS}, {@code AUTO}</th><th>{@code NONE}</th></tr>
 *   <tr><td>IMAP</td><td>993</td><td>143</td><td>143</td></tr>
 *   <tr><td>POP3</td><td>995</td><td>110</td><td>110</td></tr>
 *   <tr><td>SMTP</td><td>465</td><td>587</td><td>25</td></tr>
 * </table>
 *
 * <p>User name, as documented for {@code LoginName}, {@code DomainRequired} and {@code DomainName}:
 * the {@code LoginName}; when {@code DomainRequired} is on and {@code DomainName} is given, {@code
 * DOMAIN\LoginName} (unless the login name already names a domain with {@code \} or {@code @});
 * with no {@code LoginName}, the user's {@code AutoDiscoverSMTPAddress} (the e-mail address in UPN
 * form), or nothing, in which case the client logs on with the address it asked about.
 */
public final class MailServer {
  /** Where {@link #userName()} came from. */
  public enum UserNameSource {
    /** The {@code LoginName} as sent. */
    LOGIN_NAME,
    /** {@code DomainName\LoginName}, because {@code DomainRequired} is on. */
    DOMAIN_AND_LOGIN_NAME,
    /** No {@code LoginName}: the user's {@code AutoDiscoverSMTPAddress}. */
    SMTP_ADDRESS,
    /** Nothing to go on: log on with the e-mail address that was looked up. */
    NONE
  }

  private final Protocol protocol;
  private final Term<ProtocolType> type;
  private final TransportSecurity security;
  private final int port;
  private final boolean portDefaulted;
  private final @Nullable String userName;
  private final UserNameSource userNameSource;

  MailServer(Protocol protocol, @Nullable String smtpAddress) {
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    this.type = ProtocolType.read(protocol.getType() == null ? "" : protocol.getType());
    this.security = TransportSecurity.of(protocol);
    IntValue given = protocol.getPort();
    if (given != null && given.isValid()) {
      this.port = given.value().getAsInt();
      this.portDefaulted = false;
    } else {
      this.port = conventionalPort(type.value(), security.mode());
      this.portDefaulted = true;
    }
    String login = strip(protocol.getLoginName());
    String domain = strip(protocol.getDomainName());
    if (login != null) {
      boolean qualified = login.contains("\\") || login.contains("@");
      if (protocol.domainRequired().effective() == OnOff.ON && domain != null && !qualified) {
        this.userName = domain + "\\" + login;
        this.userNameSource = UserNameSource.DOMAIN_AND_LOGIN_NAME;
      } else {
        this.userName = login;
        this.userNameSource = UserNameSource.LOGIN_NAME;
      }
    } else if (smtpAddress != null) {
      this.userName = smtpAddress;
      this.userNameSource = UserNameSource.SMTP_ADDRESS;
    } else {
      this.userName = null;
      this.userNameSource = UserNameSource.NONE;
    }
  }

  /**
   * Returns the conventional port for a protocol and security (see the table above).
   *
   * @param type IMAP, POP3 or SMTP
   * @param mode the resolved security
   * @return the port, or 0 for a protocol without a conventional port
   */
  public static int conventionalPort(ProtocolType type, TransportSecurity.Mode mode) {
    boolean implicit = mode == TransportSecurity.Mode.IMPLICIT_TLS;
    return switch (type) {
      case IMAP -> implicit ? 993 : 143;
      case POP3 -> implicit ? 995 : 110;
      case SMTP -> implicit ? 465 : mode == TransportSecurity.Mode.NONE ? 25 : 587;
      default -> 0;
    };
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
   * Returns the host to connect to.
   *
   * @return the {@code Server}, or empty when the server sent none
   */
  public Optional<String> host() {
    return Optional.ofNullable(strip(protocol.getServer()));
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
    return protocol.spa().effective() == OnOff.ON;
  }

  /**
   * Returns whether the server requires authentication ({@code AuthRequired}, default on).
   *
   * @return {@code true} when authentication is required
   */
  public boolean requiresAuthentication() {
    return protocol.authRequired().effective() == OnOff.ON;
  }

  /**
   * Returns whether this SMTP server takes the incoming server's user name and password ({@code
   * UsePOPAuth}).
   *
   * @return {@code true} when the SMTP server reuses the POP3/IMAP credentials; {@code false} for
   *     IMAP and POP3
   */
  public boolean reusesIncomingCredentials() {
    return type.is(ProtocolType.SMTP) && protocol.usePopAuth().effective() == OnOff.ON;
  }

  /**
   * Returns whether mail must be downloaded before this SMTP server accepts mail to send ({@code
   * SMTPLast}, default off): a client that honours it checks the incoming server first, then sends.
   *
   * @return {@code true} when the client must receive before sending; {@code false} for IMAP and
   *     POP3
   */
  public boolean mustReceiveBeforeSending() {
    return type.is(ProtocolType.SMTP) && protocol.smtpLast().effective() == OnOff.ON;
  }

  /**
   * Returns {@link #mustReceiveBeforeSending()} in words a client can show or act on.
   *
   * @return one sentence
   */
  public String sendingAdvice() {
    if (!type.is(ProtocolType.SMTP)) {
      return "Not an outgoing server.";
    }
    String said = protocol.smtpLast().isPresent() ? "" : " (SMTPLast not sent; the default is off)";
    return mustReceiveBeforeSending()
        ? "Check for new mail on the incoming server before sending: this server accepts mail only after that."
        : "Send at any time: no need to check for new mail first" + said + ".";
  }

  /**
   * Returns the model element this view was read from.
   *
   * @return the protocol
   */
  public Protocol protocol() {
    return protocol;
  }

  /** Returns for example {@code IMAP imap.example.com:993 IMPLICIT_TLS user alice@example.com}. */
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
        + userName().orElse("(the e-mail address)");
  }
}
