package io.github.autodiscover4j;

/** What a parsed Autodiscover document is, as {@link AutodiscoverDocument#kind()} reports it. */
public enum DocumentKind {
  /** An Outlook response with {@code Action} settings: the account's {@code Protocol} elements. */
  SETTINGS,
  /**
   * An Outlook response with {@code Action} redirectAddr: restart Autodiscover for {@code
   * RedirectAddr}.
   */
  REDIRECT_ADDRESS,
  /**
   * An Outlook response with {@code Action} redirectUrl: send the same request to {@code
   * RedirectUrl}.
   */
  REDIRECT_URL,
  /**
   * An error: the protocol-level {@code Response/Error} (also a server's Outlook-style reply to a
   * MobileSync request), or an {@code Error} under the Outlook {@code Response} or an {@code
   * Account}.
   */
  ERROR,
  /** An ActiveSync (MobileSync) response with {@code Settings}. */
  MOBILE_SYNC_SETTINGS,
  /** An ActiveSync (MobileSync) response with a {@code Redirect} address. */
  MOBILE_SYNC_REDIRECT,
  /**
   * An ActiveSync (MobileSync) response with an {@code Error}: directly under its {@code Response}
   * ([MS-ASCMD]'s error example) or under its {@code Action}.
   */
  MOBILE_SYNC_ERROR,
  /** An Outlook request. */
  OUTLOOK_REQUEST,
  /** An ActiveSync (MobileSync) request. */
  MOBILE_SYNC_REQUEST,
  /**
   * A response that says none of the above (no {@code Response}, or an {@code Account} without an
   * action).
   */
  UNKNOWN
}
