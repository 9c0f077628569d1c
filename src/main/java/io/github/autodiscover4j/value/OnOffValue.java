package io.github.autodiscover4j.value;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The text of an on/off element exactly as a server sent it, read leniently.
 *
 * <p>{@code on}, {@code off}, {@code true} and {@code false} are recognised in any case and with
 * surrounding white space; any other token (for example {@code maybe} or {@code yes}) does not fail
 * the parse: it reads as unknown and keeps its raw text, so that writing the document again sends
 * it back unchanged. Recognised values are written in canonical lower case. Instances are
 * immutable.
 */
public final class OnOffValue {
  private static final OnOffValue ON = new OnOffValue(OnOff.ON, "on");
  private static final OnOffValue OFF = new OnOffValue(OnOff.OFF, "off");

  private final @Nullable OnOff known;
  private final String raw;

  private OnOffValue(@Nullable OnOff known, String raw) {
    this.known = known;
    this.raw = raw;
  }

  /**
   * Returns the value for a known switch position.
   *
   * @param value {@code ON} or {@code OFF}
   * @return the value, written as {@code on} or {@code off}
   */
  public static OnOffValue of(OnOff value) {
    return Objects.requireNonNull(value, "value") == OnOff.ON ? ON : OFF;
  }

  /**
   * Reads the text of an on/off element. Never throws on content.
   *
   * @param text the element's text, as sent
   * @return the recognised value, or an unknown value that keeps {@code text}
   */
  public static OnOffValue parse(String text) {
    Objects.requireNonNull(text, "text");
    // the two words nearly every document writes: the shared values, nothing to normalise
    if (text.equals("on")) {
      return ON;
    }
    if (text.equals("off")) {
      return OFF;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "on", "true" -> new OnOffValue(OnOff.ON, text);
      case "off", "false" -> new OnOffValue(OnOff.OFF, text);
      default -> new OnOffValue(null, text);
    };
  }

  /**
   * Returns the recognised value.
   *
   * @return {@code ON} or {@code OFF}, or empty when the text was not recognised
   */
  public Optional<OnOff> known() {
    return Optional.ofNullable(known);
  }

  /**
   * Returns whether the text was recognised as on or off.
   *
   * @return {@code false} for an unknown token
   */
  public boolean isKnown() {
    return known != null;
  }

  /**
   * Returns the text as the document had it (for a value built with {@link #of}, its canonical
   * text).
   *
   * @return the raw text, never null
   */
  public String raw() {
    return raw;
  }

  /**
   * Two values are equal when both are the same known value, or both unknown with the same raw
   * text.
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof OnOffValue other)) {
      return false;
    }

    return known != null ? known == other.known : other.known == null && raw.equals(other.raw);
  }

  @Override
  public int hashCode() {
    return known != null ? known.hashCode() : raw.hashCode();
  }

  /** Returns {@code ON}, {@code OFF}, or {@code unknown("raw")}. */
  @Override
  public String toString() {
    return known != null ? known.name() : "unknown(\"" + raw + "\")";
  }
}
