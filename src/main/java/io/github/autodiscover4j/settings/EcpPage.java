package io.github.autodiscover4j.settings;

/**
 * The Exchange Control Panel pages an Outlook response can point to, each an {@code EcpUrl-*}
 * fragment.
 */
public enum EcpPage {
  /** {@code EcpUrl-um}: voice mail settings. */
  VOICE_MAIL("EcpUrl-um"),
  /** {@code EcpUrl-aggr}: e-mail aggregation (connected accounts) settings. */
  AGGREGATION("EcpUrl-aggr"),
  /**
   * {@code EcpUrl-mt}: message tracking; placeholders {@code IsOWA}, {@code MsgID}, {@code Mbx},
   * {@code Sender}.
   */
  MESSAGE_TRACKING("EcpUrl-mt"),
  /** {@code EcpUrl-ret}: retention tags. */
  RETENTION("EcpUrl-ret"),
  /** {@code EcpUrl-sms}: SMS settings. */
  SMS("EcpUrl-sms"),
  /** {@code EcpUrl-publish}: calendar publishing; placeholder {@code FldID}. */
  PUBLISHING("EcpUrl-publish"),
  /** {@code EcpUrl-photo}: the user's photo. */
  PHOTO("EcpUrl-photo"),
  /** {@code EcpUrl-connect}: connected accounts. */
  CONNECT("EcpUrl-connect"),
  /** {@code EcpUrl-tm}: the list of site mailboxes. */
  SITE_MAILBOXES("EcpUrl-tm"),
  /**
   * {@code EcpUrl-tmCreating}: create a site mailbox; placeholders {@code SPUrl}, {@code Title},
   * {@code SPTMAppUrl}.
   */
  SITE_MAILBOX_CREATING("EcpUrl-tmCreating"),
  /** {@code EcpUrl-tmHiding}: unsubscribe from a site mailbox; placeholder {@code Id}. */
  SITE_MAILBOX_HIDING("EcpUrl-tmHiding"),
  /** {@code EcpUrl-tmEditing}: edit a site mailbox; placeholder {@code Id}. */
  SITE_MAILBOX_EDITING("EcpUrl-tmEditing"),
  /** {@code EcpUrl-extinstall}: installed mail apps. */
  EXTENSIONS("EcpUrl-extinstall");

  private final String elementName;

  EcpPage(String elementName) {
    this.elementName = elementName;
  }

  /**
   * Returns the element that holds this page's fragment.
   *
   * @return for example {@code EcpUrl-mt}
   */
  public String elementName() {
    return elementName;
  }
}
