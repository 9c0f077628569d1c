package io.github.autodiscover4j.autoconfig;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An authentication method of an autoconfig server ({@code authentication}), as Thunderbird and the
 * IETF draft define them. Read case-insensitively with white space ignored; Thunderbird's
 * deprecated {@code plain} and {@code secure} read as {@link #PASSWORD_CLEARTEXT} and {@link
 * #PASSWORD_ENCRYPTED}.
 */
public enum AutoconfigAuthentication {
  /** The password sent as it is (SASL PLAIN, LOGIN, or the protocol's own login). */
  PASSWORD_CLEARTEXT("password-cleartext"),
  /** A challenge-response password method (CRAM-MD5, DIGEST-MD5): POX's SPA. */
  PASSWORD_ENCRYPTED("password-encrypted"),
  /** NTLM. */
  NTLM("NTLM"),
  /** Kerberos or Windows GSSAPI. */
  GSSAPI("GSSAPI"),
  /** No login: the server trusts the client's IP address (outgoing only). */
  CLIENT_IP_ADDRESS("client-IP-address"),
  /** A TLS client certificate. */
  TLS_CLIENT_CERT("TLS-client-cert"),
  /** OAuth2, with the settings of an {@code oAuth2} element. */
  OAUTH2("OAuth2"),
  /** SMTP is allowed after a POP3 login from the same address: POX's SMTPLast. */
  SMTP_AFTER_POP("smtp-after-pop"),
  /** No authentication. */
  NONE("none"),
  /** HTTP Basic, for the URL-based server types. */
  HTTP_BASIC("http-basic"),
  /** HTTP Digest, for the URL-based server types. */
  HTTP_DIGEST("http-digest"),
  /** A value neither defines; the raw text is in the model. */
  UNKNOWN("");

  private final String token;

  AutoconfigAuthentication(String token) {
    this.token = token;
  }

  /**
   * Returns the token as autoconfig spells it.
   *
   * @return for example {@code password-cleartext}; empty for {@link #UNKNOWN}
   */
  public String token() {
    return token;
  }

  /**
   * Reads an {@code authentication} value.
   *
   * @param text the element's text, or null
   * @return the method; {@link #UNKNOWN} for null or any other text
   */
  public static AutoconfigAuthentication parse(@Nullable String text) {
    if (text == null) {
      return UNKNOWN;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("plain")) {
      return PASSWORD_CLEARTEXT;
    }
    if (t.equals("secure")) {
      return PASSWORD_ENCRYPTED;
    }
    for (AutoconfigAuthentication a : values()) {
      if (a != UNKNOWN && a.token.toLowerCase(Locale.ROOT).equals(t)) {
        return a;
      }
    }
    return UNKNOWN;
  }

  /**
   * Whether a text is this token exactly as autoconfig spells it (white space around it aside).
   *
   * @param text the element's text
   * @return {@code true} when canonical
   */
  public boolean isCanonical(String text) {
    return this != UNKNOWN && token.equals(text.strip());
  }
}
