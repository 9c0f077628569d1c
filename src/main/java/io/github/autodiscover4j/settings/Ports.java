package io.github.autodiscover4j.settings;

import io.github.autodiscover4j.settings.TransportSecurity.Mode;
import io.github.autodiscover4j.value.ProtocolType;

/**
 * The conventional mail ports, written once: what a client uses when a server names none, and which
 * ports speak TLS from the first byte. The settings view, lint and the conversions all ask here.
 *
 * <table>
 *   <caption>Conventional ports</caption>
 *   <tr><th>protocol</th><th>{@code IMPLICIT_TLS}</th><th>{@code STARTTLS}, {@code AUTO}</th><th>{@code NONE}</th></tr>
 *   <tr><td>IMAP</td><td>993</td><td>143</td><td>143</td></tr>
 *   <tr><td>POP3</td><td>995</td><td>110</td><td>110</td></tr>
 *   <tr><td>SMTP</td><td>465</td><td>587</td><td>25</td></tr>
 * </table>
 */
public final class Ports {
  private Ports() {}

  /**
   * Returns the conventional port for a protocol and security.
   *
   * @param type IMAP, POP3 or SMTP
   * @param mode the resolved security
   * @return the port, or 0 for a protocol without a conventional port
   */
  public static int conventional(ProtocolType type, Mode mode) {
    boolean implicit = mode == Mode.IMPLICIT_TLS;
    return switch (type) {
      case IMAP -> implicit ? 993 : 143;
      case POP3 -> implicit ? 995 : 110;
      case SMTP -> implicit ? 465 : mode == Mode.NONE ? 25 : 587;
      default -> 0;
    };
  }

  /**
   * Returns whether a port speaks TLS from the first byte by convention (993, 995, 465).
   *
   * @param port a port
   * @return {@code true} for an implicit-TLS port
   */
  public static boolean isImplicitTls(int port) {
    return port == 993 || port == 995 || port == 465;
  }

  /**
   * Returns whether a port starts in plain text and upgrades with STARTTLS by convention (143, 110,
   * 587).
   *
   * @param port a port
   * @return {@code true} for a STARTTLS port
   */
  public static boolean isStartTls(int port) {
    return port == 143 || port == 110 || port == 587;
  }
}
