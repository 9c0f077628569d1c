package io.github.autodiscover4j;

import io.github.autodiscover4j.value.IntValue;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * An error a server returned, wherever it placed it: the protocol-level {@code Response/Error}, an
 * {@code Error} under the Outlook {@code Response} or an {@code Account}, a MobileSync {@code
 * Response/Error} or {@code Response/Action/Error}. Immutable.
 *
 * <pre>{@code
 * doc.error().ifPresent(e -> {
 *   if (e.code().orElse(0) == 601) askForTheOtherSchema();
 *   log(e.message().orElse("") + " at " + e.time().orElse("?"));
 * });
 * }</pre>
 */
public final class AutodiscoverError {
  /** Where the error was in the document. */
  public enum Placement {
    /**
     * {@code Autodiscover/Response/Error} in the envelope namespace: an error before any provider
     * was chosen.
     */
    PROTOCOL,
    /** {@code Error} directly under the Outlook {@code Response}. */
    OUTLOOK_RESPONSE,
    /** {@code Error} under the Outlook {@code Account}. */
    ACCOUNT,
    /** {@code Action/Error} of a MobileSync response, with a {@code Status}. */
    MOBILE_SYNC,
    /**
     * {@code Error} directly under a MobileSync {@code Response}, with no {@code Action}
     * ([MS-ASCMD]'s Autodiscover error example, for example error 600 or 601 with {@code Time} and
     * {@code Id}).
     */
    MOBILE_SYNC_RESPONSE;

    /**
     * Returns whether the error is in a MobileSync response.
     *
     * @return {@code true} for {@link #MOBILE_SYNC} and {@link #MOBILE_SYNC_RESPONSE}
     */
    public boolean isMobileSync() {
      return this == MOBILE_SYNC || this == MOBILE_SYNC_RESPONSE;
    }
  }

  private final Placement placement;
  private final @Nullable IntValue code;
  private final @Nullable IntValue status;
  private final @Nullable String message;
  private final @Nullable String debugData;
  private final @Nullable String time;
  private final @Nullable String id;

  AutodiscoverError(
      Placement placement,
      @Nullable IntValue code,
      @Nullable IntValue status,
      @Nullable String message,
      @Nullable String debugData,
      @Nullable String time,
      @Nullable String id) {
    this.placement = Objects.requireNonNull(placement, "placement");
    this.code = code;
    this.status = status;
    this.message = message;
    this.debugData = debugData;
    this.time = time;
    this.id = id;
  }

  /**
   * Returns where the error was.
   *
   * @return the placement
   */
  public Placement placement() {
    return placement;
  }

  /**
   * Returns the {@code ErrorCode}: 500 address not found, 501 no configuration, 600 invalid
   * request, 601 no provider for the requested schema, 602 bad address, 603 internal server error.
   *
   * @return the code, or empty when absent or not a number (see {@link #rawCode()})
   */
  public OptionalInt code() {
    return code == null ? OptionalInt.empty() : code.value();
  }

  /**
   * Returns the {@code ErrorCode} text as sent.
   *
   * @return the raw code, or empty when absent
   */
  public Optional<String> rawCode() {
    return code == null ? Optional.empty() : Optional.of(code.raw());
  }

  /**
   * Returns the MobileSync {@code Status} (1 success, 2 protocol error), sent inside a MobileSync
   * {@code Error}.
   *
   * @return the status, or empty when absent, invalid, or not a MobileSync error
   */
  public OptionalInt status() {
    return status == null ? OptionalInt.empty() : status.value();
  }

  /**
   * Returns the {@code Message}.
   *
   * @return the message, or empty when absent
   */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /**
   * Returns the {@code DebugData}.
   *
   * @return the debug data, or empty when absent
   */
  public Optional<String> debugData() {
    return Optional.ofNullable(debugData);
  }

  /**
   * Returns the {@code Time} attribute, the time of day the error was returned.
   *
   * @return the time as sent, or empty when absent
   */
  public Optional<String> time() {
    return Optional.ofNullable(time);
  }

  /**
   * Returns the {@code Id} attribute, a hash of the Client Access server's name.
   *
   * @return the id as sent, or empty when absent
   */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AutodiscoverError e)) {
      return false;
    }

    return placement == e.placement
        && Objects.equals(code, e.code)
        && Objects.equals(status, e.status)
        && Objects.equals(message, e.message)
        && Objects.equals(debugData, e.debugData)
        && Objects.equals(time, e.time)
        && Objects.equals(id, e.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(placement, code, status, message, debugData, time, id);
  }

  /** Returns for example {@code 600 Invalid Request (PROTOCOL)}. */
  @Override
  public String toString() {
    return (code == null ? "?" : code.raw())
        + " "
        + (message == null ? "" : message)
        + " ("
        + placement
        + ")";
  }
}
