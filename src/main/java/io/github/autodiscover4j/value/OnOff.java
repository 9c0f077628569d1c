package io.github.autodiscover4j.value;

/**
 * The two values of an Autodiscover on/off switch such as {@code SMTPLast}, {@code SSL} or {@code
 * SPA}.
 *
 * <p>What a document actually said, including "absent" and unrecognised text, is an {@link
 * OnOffValue}; the value with its documented default applied is an {@link OnOffSetting}.
 */
public enum OnOff {
  /** The switch is on ({@code on}, or {@code true}, in any case). */
  ON,
  /** The switch is off ({@code off}, or {@code false}, in any case). */
  OFF;

  /**
   * Returns whether this is {@link #ON}.
   *
   * @return {@code true} for {@code ON}
   */
  public boolean isOn() {
    return this == ON;
  }
}
