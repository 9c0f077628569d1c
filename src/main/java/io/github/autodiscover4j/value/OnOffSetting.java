package io.github.autodiscover4j.value;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An on/off element together with its documented default: what the document said (absent, on, off,
 * or an unknown token with its raw text) and the value a client should act on, both from one call.
 *
 * <pre>{@code
 * OnOffSetting smtpLast = protocol.smtpLast();
 * smtpLast.state();      // ABSENT when the server sent no SMTPLast
 * smtpLast.explicit();   // Optional.empty(): the server said nothing
 * smtpLast.effective();  // OFF: the documented default
 * }</pre>
 *
 * Instances are immutable.
 */
public final class OnOffSetting {
  /** What the document said. */
  public enum State {
    /** The element was not in the document. */
    ABSENT,
    /** The element said on (or true). */
    ON,
    /** The element said off (or false). */
    OFF,
    /** The element held some other token; {@link #raw()} has it. */
    UNKNOWN
  }

  private final @Nullable OnOffValue value;
  private final OnOff defaultValue;
  private final boolean documentedDefault;

  private OnOffSetting(@Nullable OnOffValue value, OnOff defaultValue, boolean documentedDefault) {
    this.value = value;
    this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
    this.documentedDefault = documentedDefault;
  }

  /**
   * Combines an element's value with the default that applies when it is absent or unrecognised.
   *
   * @param value the element's value, or {@code null} when the element was absent
   * @param defaultValue the value to act on when the element is absent or unrecognised
   * @param documentedDefault whether Microsoft documents {@code defaultValue}, or this library
   *     chose it
   * @return the setting
   */
  public static OnOffSetting of(
      @Nullable OnOffValue value, OnOff defaultValue, boolean documentedDefault) {
    return new OnOffSetting(value, defaultValue, documentedDefault);
  }

  /**
   * Returns what the document said.
   *
   * @return {@code ABSENT}, {@code ON}, {@code OFF} or {@code UNKNOWN}
   */
  public State state() {
    if (value == null) {
      return State.ABSENT;
    }
    return value.known().map(v -> v == OnOff.ON ? State.ON : State.OFF).orElse(State.UNKNOWN);
  }

  /**
   * Returns the value the document stated explicitly.
   *
   * @return {@code ON} or {@code OFF}; empty when the element was absent or held an unknown token
   */
  public Optional<OnOff> explicit() {
    return value == null ? Optional.empty() : value.known();
  }

  /**
   * Returns the value to act on: the explicit value, or the default when the element was absent or
   * unknown.
   *
   * @return {@code ON} or {@code OFF}, never null
   */
  public OnOff effective() {
    return explicit().orElse(defaultValue);
  }

  /**
   * Returns whether the element was in the document (with a recognised value or not).
   *
   * @return {@code false} when absent
   */
  public boolean isPresent() {
    return value != null;
  }

  /**
   * Returns the element's text as sent.
   *
   * @return the raw text, or empty when the element was absent
   */
  public Optional<String> raw() {
    return value == null ? Optional.empty() : Optional.of(value.raw());
  }

  /**
   * Returns the default that applies when the element is absent or unrecognised.
   *
   * @return the default
   */
  public OnOff defaultValue() {
    return defaultValue;
  }

  /**
   * Returns whether Microsoft documents the default, or this library chose it because none is
   * documented ({@code DomainRequired}, {@code UsePOPAuth}, {@code ServerExclusiveConnect}, {@code
   * MicrosoftOnline}).
   *
   * @return {@code true} for a documented default
   */
  public boolean isDocumentedDefault() {
    return documentedDefault;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof OnOffSetting other)) {
      return false;
    }

    return Objects.equals(value, other.value)
        && defaultValue == other.defaultValue
        && documentedDefault == other.documentedDefault;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, defaultValue, documentedDefault);
  }

  /** Returns for example {@code ABSENT -> OFF} or {@code UNKNOWN("maybe") -> OFF}. */
  @Override
  public String toString() {
    String said =
        value != null && state() == State.UNKNOWN
            ? "UNKNOWN(\"" + value.raw() + "\")"
            : state().name();
    return said + " -> " + effective();
  }
}
