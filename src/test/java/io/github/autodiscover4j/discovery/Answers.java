package io.github.autodiscover4j.discovery;

/** Autodiscover answers for the loopback servers, in Exchange's own form. */
public final class Answers {
  private static final String OPEN =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          + "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">\n"
          + "  <Response xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a\">\n";
  private static final String CLOSE = "  </Response>\n</Autodiscover>\n";

  private Answers() {}

  /**
   * Outlook settings with one IMAP protocol.
   *
   * @param imapServer the IMAP server named in the settings, to tell answers apart
   * @return the document
   */
  public static String settings(String imapServer) {
    return settings(imapServer, null);
  }

  /**
   * Outlook settings with one IMAP protocol and a TTL.
   *
   * @param imapServer the IMAP server
   * @param ttlHours the TTL element's text, or null for none
   * @return the document
   */
  public static String settings(String imapServer, String ttlHours) {
    return OPEN
        + "    <Account>\n      <AccountType>email</AccountType>\n      <Action>settings</Action>\n"
        + "      <Protocol>\n        <Type>IMAP</Type>\n"
        + (ttlHours == null ? "" : "        <TTL>" + ttlHours + "</TTL>\n")
        + "        <Server>"
        + imapServer
        + "</Server>\n        <Port>993</Port>\n"
        + "        <LoginName>alice</LoginName>\n        <SSL>on</SSL>\n      </Protocol>\n    </Account>\n"
        + CLOSE;
  }

  /**
   * A {@code redirectAddr} answer.
   *
   * @param address the new address
   * @return the document
   */
  public static String redirectAddr(String address) {
    return OPEN
        + "    <Account>\n      <Action>redirectAddr</Action>\n      <RedirectAddr>"
        + address
        + "</RedirectAddr>\n    </Account>\n"
        + CLOSE;
  }

  /**
   * A {@code redirectUrl} answer.
   *
   * @param url the new URL
   * @return the document
   */
  public static String redirectUrl(String url) {
    return OPEN
        + "    <Account>\n      <Action>redirectUrl</Action>\n      <RedirectUrl>"
        + url
        + "</RedirectUrl>\n    </Account>\n"
        + CLOSE;
  }

  /**
   * An Outlook-level error.
   *
   * @param code the error code
   * @param message the message
   * @return the document
   */
  public static String error(int code, String message) {
    return OPEN
        + "    <Error Time=\"10:00:00.0000000\" Id=\"42\">\n      <ErrorCode>"
        + code
        + "</ErrorCode>\n"
        + "      <Message>"
        + message
        + "</Message>\n      <DebugData />\n    </Error>\n"
        + CLOSE;
  }

  /**
   * ActiveSync settings.
   *
   * @param url the ActiveSync URL
   * @return the document
   */
  public static String mobileSyncSettings(String url) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">\n"
        + "  <Response xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006\">\n"
        + "    <Culture>en:us</Culture>\n    <User><DisplayName>Alice</DisplayName>"
        + "<EMailAddress>alice@example.com</EMailAddress></User>\n"
        + "    <Action><Settings><Server><Type>MobileSync</Type><Url>"
        + url
        + "</Url><Name>"
        + url
        + "</Name></Server></Settings></Action>\n  </Response>\n</Autodiscover>\n";
  }

  /**
   * A Mozilla autoconfig document with one IMAP and one SMTP server.
   *
   * @param imapServer the IMAP server, to tell answers apart
   * @param smtpServer the SMTP server
   * @return the document
   */
  public static String autoconfig(String imapServer, String smtpServer) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<clientConfig version=\"1.1\">\n"
        + "  <emailProvider id=\"example.com\">\n"
        + "    <domain>example.com</domain>\n"
        + "    <incomingServer type=\"imap\">\n"
        + "      <hostname>"
        + imapServer
        + "</hostname>\n"
        + "      <port>993</port>\n      <socketType>SSL</socketType>\n"
        + "      <username>%EMAILADDRESS%</username>\n"
        + "      <authentication>password-cleartext</authentication>\n"
        + "    </incomingServer>\n"
        + "    <outgoingServer type=\"smtp\">\n"
        + "      <hostname>"
        + smtpServer
        + "</hostname>\n"
        + "      <port>587</port>\n      <socketType>STARTTLS</socketType>\n"
        + "      <username>%EMAILADDRESS%</username>\n"
        + "      <authentication>password-cleartext</authentication>\n"
        + "    </outgoingServer>\n"
        + "  </emailProvider>\n"
        + "</clientConfig>\n";
  }
}
