package io.github.autodiscover4j.settings;

import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.value.Encryption;
import io.github.autodiscover4j.value.OnOff;
import io.github.autodiscover4j.value.OnOffSetting;
import java.util.Objects;

/**
 * How a client secures its connection to a server, resolved from a {@code Protocol}'s {@code
 * Encryption} and {@code SSL} elements, with where the answer came from.
 *
 * <p>The documented rule: {@code Encryption}, when present, overrides {@code SSL}; {@code SSL}
 * defaults to on.
 *
 * <table>
 *   <caption>Decision table</caption>
 *   <tr><th>{@code Encryption}</th><th>{@code SSL}</th><th>{@link #mode()}</th><th>{@link #source()}</th></tr>
 *   <tr><td>{@code SSL}</td><td>any</td><td>{@code IMPLICIT_TLS}</td><td>{@code ENCRYPTION}</td></tr>
 *   <tr><td>{@code TLS}</td><td>any</td><td>{@code STARTTLS}</td><td>{@code ENCRYPTION}</td></tr>
 *   <tr><td>{@code None}</td><td>any</td><td>{@code NONE}</td><td>{@code ENCRYPTION}</td></tr>
 *   <tr><td>{@code Auto}</td><td>any</td><td>{@code AUTO}</td><td>{@code ENCRYPTION}</td></tr>
 *   <tr><td>absent or unknown</td><td>{@code on}</td><td>{@code IMPLICIT_TLS}</td><td>{@code SSL}</td></tr>
 *   <tr><td>absent or unknown</td><td>{@code off}</td><td>{@code NONE}</td><td>{@code SSL}</td></tr>
 *   <tr><td>absent or unknown</td><td>absent or unknown</td><td>{@code IMPLICIT_TLS}</td><td>{@code DEFAULT}</td></tr>
 * </table>
 *
 * Values are read in any case ({@code tls}, {@code On}). Immutable.
 */
public final class TransportSecurity {
  /** The kind of connection. */
  public enum Mode {
    /** TLS from the first byte (ports 993, 995, 465 by convention). */
    IMPLICIT_TLS,
    /** A plain connection upgraded with STARTTLS (ports 143, 110, 587 by convention). */
    STARTTLS,
    /** No encryption. */
    NONE,
    /** Whatever the server offers ({@code Encryption Auto}). */
    AUTO
  }

  /** Where the answer came from. */
  public enum Source {
    /** A recognised {@code Encryption} element. */
    ENCRYPTION,
    /** An explicit, recognised {@code SSL} element (no usable {@code Encryption}). */
    SSL,
    /** Neither: {@code SSL}'s documented default, on. */
    DEFAULT,
    /** Mozilla autoconfig's {@code socketType} ({@code SSL}, {@code STARTTLS}, {@code plain}). */
    SOCKET_TYPE,
    /** Set in code. */
    GIVEN
  }

  private final Mode mode;
  private final Source source;

  private TransportSecurity(Mode mode, Source source) {
    this.mode = mode;
    this.source = source;
  }

  /**
   * Returns a transport security as given, for settings read from another format or built in code.
   *
   * @param mode the kind of connection
   * @param source where the answer came from
   * @return the security
   */
  public static TransportSecurity of(Mode mode, Source source) {
    return new TransportSecurity(
        Objects.requireNonNull(mode, "mode"), Objects.requireNonNull(source, "source"));
  }

  /**
   * Resolves a protocol's transport security by the decision table above.
   *
   * @param protocol the protocol
   * @return the resolved security
   */
  public static TransportSecurity of(Protocol protocol) {
    Objects.requireNonNull(protocol, "protocol");
    if (protocol.getEncryption() != null) {
      switch (Encryption.read(protocol.getEncryption()).value()) {
        case SSL -> {
          return new TransportSecurity(Mode.IMPLICIT_TLS, Source.ENCRYPTION);
        }
        case TLS -> {
          return new TransportSecurity(Mode.STARTTLS, Source.ENCRYPTION);
        }
        case NONE -> {
          return new TransportSecurity(Mode.NONE, Source.ENCRYPTION);
        }
        case AUTO -> {
          return new TransportSecurity(Mode.AUTO, Source.ENCRYPTION);
        }
        default -> {
          // unknown Encryption: fall back to SSL, as a client that does not know the word would
        }
      }
    }
    OnOffSetting ssl = protocol.ssl();
    if (ssl.explicit().isPresent()) {
      return new TransportSecurity(
          ssl.effective() == OnOff.ON ? Mode.IMPLICIT_TLS : Mode.NONE, Source.SSL);
    }
    return new TransportSecurity(Mode.IMPLICIT_TLS, Source.DEFAULT);
  }

  /**
   * Returns the kind of connection.
   *
   * @return the mode
   */
  public Mode mode() {
    return mode;
  }

  /**
   * Returns where the answer came from.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  /**
   * Returns whether the connection is encrypted for sure ({@code IMPLICIT_TLS} or {@code
   * STARTTLS}).
   *
   * @return {@code false} for {@code NONE} and {@code AUTO}
   */
  public boolean isEncrypted() {
    return mode == Mode.IMPLICIT_TLS || mode == Mode.STARTTLS;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransportSecurity transportSecurity
        && mode == transportSecurity.mode
        && source == transportSecurity.source;
  }

  @Override
  public int hashCode() {
    return mode.hashCode() * 31 + source.hashCode();
  }

  /** Returns for example {@code STARTTLS (from ENCRYPTION)}. */
  @Override
  public String toString() {
    return mode + " (from " + source + ")";
  }
}
