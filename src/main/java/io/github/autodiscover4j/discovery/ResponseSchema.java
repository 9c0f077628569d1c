package io.github.autodiscover4j.discovery;

/** Which response a look-up asks for, and so which documents count as settings. */
public enum ResponseSchema {
  /**
   * The Outlook schema ({@code outlook/responseschema/2006a}): protocols, EWS URLs, IMAP/POP/SMTP
   * settings.
   */
  OUTLOOK,
  /**
   * The ActiveSync schema ({@code mobilesync/responseschema/2006}): the Exchange ActiveSync server
   * URL.
   */
  MOBILE_SYNC
}
