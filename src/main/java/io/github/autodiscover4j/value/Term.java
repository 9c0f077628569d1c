package io.github.autodiscover4j.value;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A word from one of Autodiscover's vocabularies as a server sent it: the recognised value, read
 * case-insensitively with surrounding white space ignored, or the vocabulary's {@code UNKNOWN}
 * value with the raw text kept ({@code CalDAV} as a protocol type, {@code Kerberos5} as an auth
 * package). Immutable.
 *
 * @param <E> the vocabulary
 */
public final class Term<E extends Enum<E> & Term.Word> {
  /** A vocabulary value and the one spelling the documentation gives it. */
  public interface Word {
    /**
     * Returns the documented spelling, or {@code null} for the {@code UNKNOWN} value.
     *
     * @return the spelling
     */
    @Nullable String spelling();
  }

  private final E value;
  private final String raw;

  private Term(E value, String raw) {
    this.value = value;
    this.raw = raw;
  }

  /**
   * Reads {@code raw} against the spellings of {@code values}; {@code unknown} when none matches.
   */
  static <E extends Enum<E> & Word> Term<E> read(E[] values, E unknown, String raw) {
    Objects.requireNonNull(raw, "raw");
    String text = raw.strip();
    for (E candidate : values) {
      if (candidate.spelling() != null && candidate.spelling().equalsIgnoreCase(text)) {
        return new Term<>(candidate, raw);
      }
    }
    return new Term<>(unknown, raw);
  }

  /**
   * Returns the recognised value.
   *
   * @return the value, {@code UNKNOWN} when the text is not in the vocabulary
   */
  public E value() {
    return value;
  }

  /**
   * Returns the text as sent.
   *
   * @return the raw text
   */
  public String raw() {
    return raw;
  }

  /**
   * Returns whether the text is in the vocabulary.
   *
   * @return {@code false} for {@code UNKNOWN}
   */
  public boolean isKnown() {
    return value.spelling() != null;
  }

  /**
   * Returns whether this is the given value.
   *
   * @param candidate a vocabulary value
   * @return {@code true} when equal
   */
  public boolean is(E candidate) {
    return value == candidate;
  }

  /**
   * Returns whether the text is spelled exactly as documented (not merely the same word in another
   * case).
   *
   * @return {@code true} for the documented spelling
   */
  public boolean isCanonical() {
    String spelling = value.spelling();
    return spelling != null && spelling.equals(raw);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Term
        && value == ((Term<?>) o).value
        && (isKnown() || raw.equals(((Term<?>) o).raw));
  }

  @Override
  public int hashCode() {
    return isKnown() ? value.hashCode() : raw.hashCode();
  }

  /** Returns the value's name, or {@code UNKNOWN("raw")}. */
  @Override
  public String toString() {
    return isKnown() ? value.name() : "UNKNOWN(\"" + raw + "\")";
  }
}
