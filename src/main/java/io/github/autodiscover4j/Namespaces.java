package io.github.autodiscover4j;

/**
 * The namespace URIs of POX Autodiscover, exactly as Exchange writes them ({@code http://}, not
 * {@code https://}).
 */
public final class Namespaces {
  /**
   * The response envelope (root {@code Autodiscover} of every response) and the protocol-level
   * error.
   */
  public static final String RESPONSE =
      "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";

  /**
   * The Outlook response schema; also the {@code AcceptableResponseSchema} value of an Outlook
   * request.
   */
  public static final String OUTLOOK_RESPONSE =
      "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

  /** The Outlook request. */
  public static final String OUTLOOK_REQUEST =
      "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006";

  /**
   * The ActiveSync (MobileSync) response; also the {@code AcceptableResponseSchema} value of its
   * request.
   */
  public static final String MOBILE_SYNC_RESPONSE =
      "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006";

  /** The ActiveSync (MobileSync) request. */
  public static final String MOBILE_SYNC_REQUEST =
      "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/requestschema/2006";

  private Namespaces() {}
}
