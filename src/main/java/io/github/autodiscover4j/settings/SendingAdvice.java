package io.github.autodiscover4j.settings;

/**
 * What a client must do before sending through an outgoing server: POX {@code SMTPLast},
 * autoconfig's {@code smtp-after-pop}. A typed value a client can localise; {@link #toString()}
 * gives English prose.
 */
public enum SendingAdvice {
  /** Mail must be downloaded from the incoming server first ({@code SMTPLast} on). */
  RECEIVE_BEFORE_SEND_REQUIRED(
      "Check for new mail on the incoming server before sending: this server accepts mail only"
          + " after that."),
  /** Send at any time ({@code SMTPLast} off, or absent: its documented default is off). */
  NOT_REQUIRED("Send at any time: no need to check for new mail first."),
  /**
   * {@code SMTPLast} held a word no client knows; clients act on the default (off), but the server
   * may have meant on.
   */
  UNKNOWN("Send at any time (the server's SMTPLast was not on or off; the default is off).");

  private final String prose;

  SendingAdvice(String prose) {
    this.prose = prose;
  }

  /** Returns the advice as one English sentence. */
  @Override
  public String toString() {
    return prose;
  }
}
