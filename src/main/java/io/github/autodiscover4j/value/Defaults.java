package io.github.autodiscover4j.value;

import org.jspecify.annotations.Nullable;

/**
 * The one table of the on/off settings' defaults: what a client acts on when the element is absent
 * or holds a word it does not know, and whether Microsoft documents that default or this library
 * chose it. The model's typed accessors ({@code Protocol.smtpLast()}, {@code ssl()}, ...) read
 * through it, as does everything else that needs a default.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>element</th><th>default</th><th>documented</th></tr>
 *   <tr><td>{@code SMTPLast}</td><td>off</td><td>yes</td></tr>
 *   <tr><td>{@code SSL}</td><td>on</td><td>yes</td></tr>
 *   <tr><td>{@code SPA}</td><td>on</td><td>yes</td></tr>
 *   <tr><td>{@code AuthRequired}</td><td>on</td><td>yes</td></tr>
 *   <tr><td>{@code DomainRequired}</td><td>off</td><td>no</td></tr>
 *   <tr><td>{@code UsePOPAuth}</td><td>off</td><td>no</td></tr>
 *   <tr><td>{@code ServerExclusiveConnect}</td><td>off</td><td>no</td></tr>
 *   <tr><td>{@code MicrosoftOnline}</td><td>false</td><td>no</td></tr>
 * </table>
 *
 * <p>{@code TTL}, the one documented default that is not a switch, is {@link #TTL_HOURS} hours.
 */
public enum Defaults {
  /** {@code SMTPLast}: receive before sending. Documented default off. */
  SMTP_LAST("SMTPLast", OnOff.OFF, true),
  /** {@code SSL}: connect over SSL/TLS. Documented default on. */
  SSL("SSL", OnOff.ON, true),
  /** {@code SPA}: Secure Password Authentication. Documented default on. */
  SPA("SPA", OnOff.ON, true),
  /** {@code AuthRequired}: authentication is required. Documented default on. */
  AUTH_REQUIRED("AuthRequired", OnOff.ON, true),
  /** {@code DomainRequired}: the logon names the domain. No documented default; off. */
  DOMAIN_REQUIRED("DomainRequired", OnOff.OFF, false),
  /** {@code UsePOPAuth}: SMTP reuses the incoming credentials. No documented default; off. */
  USE_POP_AUTH("UsePOPAuth", OnOff.OFF, false),
  /** {@code ServerExclusiveConnect}: connect only this way. No documented default; off. */
  SERVER_EXCLUSIVE_CONNECT("ServerExclusiveConnect", OnOff.OFF, false),
  /** {@code MicrosoftOnline}: the mailbox is in Exchange Online. No documented default; false. */
  MICROSOFT_ONLINE("MicrosoftOnline", OnOff.OFF, false);

  /** Hours the settings stay valid when a {@code Protocol} sends no {@code TTL} (documented). */
  public static final int TTL_HOURS = 1;

  private final String element;
  private final OnOff defaultValue;
  private final boolean documented;

  Defaults(String element, OnOff defaultValue, boolean documented) {
    this.element = element;
    this.defaultValue = defaultValue;
    this.documented = documented;
  }

  /**
   * Returns the element's name as the schema spells it.
   *
   * @return for example {@code SMTPLast}
   */
  public String element() {
    return element;
  }

  /**
   * Returns the value a client acts on when the element is absent or unrecognised.
   *
   * @return the default
   */
  public OnOff defaultValue() {
    return defaultValue;
  }

  /**
   * Returns whether Microsoft documents the default, or this library chose it.
   *
   * @return {@code true} for a documented default
   */
  public boolean isDocumented() {
    return documented;
  }

  /**
   * Combines what a document sent with this default.
   *
   * @param sent the element's value, or null when it was absent
   * @return the setting, never null
   */
  public OnOffSetting read(@Nullable OnOffValue sent) {
    return OnOffSetting.of(sent, defaultValue, documented);
  }
}
