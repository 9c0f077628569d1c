package io.github.autodiscover4j.value;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A whole number of hours as a server sent it ({@code TTL}): the number when the text is one (0 or
 * more), else the raw text with what is wrong with it. Immutable; equal when the numbers (or, for
 * junk, the raw texts) are.
 *
 * <pre>{@code
 * Duration valid = protocol.getTTL() == null
 *     ? Duration.ofHours(Defaults.TTL_HOURS)
 *     : protocol.getTTL().orDefault();
 * }</pre>
 */
public final class HoursValue {
  private final IntValue hours;

  private HoursValue(IntValue hours) {
    this.hours = hours;
  }

  /**
   * Reads hours from text: leading and trailing white space and a leading {@code +} are accepted;
   * anything else that is not a whole number of 0 or more is kept as invalid.
   *
   * @param text the text as sent
   * @return the value, never null
   */
  public static HoursValue parse(String text) {
    return new HoursValue(IntValue.parse(text, 0, Integer.MAX_VALUE, "TTL hours"));
  }

  /**
   * Returns a valid value.
   *
   * @param hours 0 or more
   * @return the value
   * @throws IllegalArgumentException when {@code hours} is negative
   */
  public static HoursValue of(int hours) {
    if (hours < 0) {
      throw new IllegalArgumentException("hours is negative: " + hours);
    }
    return new HoursValue(IntValue.of(hours));
  }

  /**
   * Returns the number of hours.
   *
   * @return the hours, or empty when the text is not a valid number
   */
  public OptionalInt value() {
    return hours.value();
  }

  /**
   * Returns the time the settings stay valid.
   *
   * @return the duration, or empty when the text is not a valid number
   */
  public Optional<Duration> duration() {
    OptionalInt h = hours.value();
    return h.isPresent() ? Optional.of(Duration.ofHours(h.getAsInt())) : Optional.empty();
  }

  /**
   * Returns the time the settings stay valid, with the documented default ({@link
   * Defaults#TTL_HOURS}) for text that is not a valid number.
   *
   * @return the duration, never null
   */
  public Duration orDefault() {
    return duration().orElse(Duration.ofHours(Defaults.TTL_HOURS));
  }

  /**
   * Returns whether the text is a valid number of hours.
   *
   * @return {@code true} when valid
   */
  public boolean isValid() {
    return hours.isValid();
  }

  /**
   * Returns what is wrong with the text.
   *
   * @return the problem, or empty when valid
   */
  public Optional<String> problem() {
    return hours.problem();
  }

  /**
   * Returns the text as sent.
   *
   * @return the raw text
   */
  public String raw() {
    return hours.raw();
  }

  /**
   * Returns the text the canonical writer writes: the number in decimal, or the raw text.
   *
   * @return the canonical text
   */
  public String canonical() {
    return hours.canonical();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HoursValue other && hours.equals(other.hours);
  }

  @Override
  public int hashCode() {
    return Objects.hash(HoursValue.class, hours);
  }

  /** Returns for example {@code 1h} or {@code invalid("soon")}. */
  @Override
  public String toString() {
    return hours.isValid() ? hours + "h" : hours.toString();
  }
}
