package io.github.autodiscover4j.model;

import io.github.autodiscover4j.value.IntValue;
import org.jspecify.annotations.Nullable;

/**
 * What the three {@code Error} elements share: {@link
 * io.github.autodiscover4j.model.envelope.ProtocolError} (the protocol-level error), {@link
 * io.github.autodiscover4j.model.outlook.OutlookError} (under the Outlook {@code Response} or
 * {@code Account}) and {@link io.github.autodiscover4j.model.mobilesync.MobileSyncError} (under the
 * MobileSync {@code Response} or its {@code Action}, which may add a {@code Status}). Every part is
 * optional. {@code AutodiscoverDocument.error()} gives the same as an immutable value, wherever the
 * server put it.
 */
public interface ErrorElement {
  /**
   * Returns the {@code ErrorCode} element.
   *
   * @return the code as sent, or null when absent
   */
  @Nullable IntValue getErrorCode();

  /**
   * Returns the {@code Message} element.
   *
   * @return the message, or null when absent
   */
  @Nullable String getMessage();

  /**
   * Returns the {@code DebugData} element.
   *
   * @return the debug data, or null when absent
   */
  @Nullable String getDebugData();

  /**
   * Returns the {@code Time} attribute, the time of day the error was returned.
   *
   * @return the time as sent, or null when absent
   */
  @Nullable String getTime();

  /**
   * Returns the {@code Id} attribute, a hash of the server's name.
   *
   * @return the id as sent, or null when absent
   */
  @Nullable String getId();
}
