package io.github.autodiscover4j.value;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The text of an integer element ({@code Port}, {@code DirectoryPort}, {@code ReferralPort}, {@code
 * TTL}, {@code ErrorCode}, {@code Status}) as a server sent it, with its range check.
 *
 * <p>Junk ({@code abc}) or an out-of-range number ({@code 70000} as a port) does not fail the
 * parse: the value is empty, {@link #problem()} says what is wrong, and the raw text is kept so
 * that writing the document again sends it back unchanged. Valid numbers are written in canonical
 * decimal form. Instances are immutable, and equal values may be one shared instance (the numbers
 * up to 1023 written plainly, such as the well-known ports and Exchange's error codes): compare
 * them with {@link #equals}, never with {@code ==}.
 */
public final class IntValue {

  private final String raw;
  // the number when valid (problem null): a primitive, so that reading a port allocates no Integer
  private final int value;
  private final @Nullable String problem;

  /**
   * The numbers 0 to 1023 in plain decimal, each made the first time it is read: the ports and
   * codes most servers send. A race makes one twice at worst; the fields are final, so any thread
   * sees a whole instance or none.
   */
  private static final @Nullable IntValue[] SMALL = new IntValue[1024];

  private IntValue(String raw, int value, @Nullable String problem) {
    this.raw = raw;
    this.value = value;
    this.problem = problem;
  }

  /**
   * Returns a valid value.
   *
   * @param value the number
   * @return the value, written in decimal
   */
  public static IntValue of(int value) {
    if (value >= 0 && value < SMALL.length) {
      return small(value, null);
    }
    return new IntValue(Integer.toString(value), value, null);
  }

  /**
   * Reads the text of an integer element and checks its range. Never throws on content.
   *
   * @param text the element's text, as sent
   * @param min the smallest valid value
   * @param max the largest valid value
   * @param what what the number is, for the problem message (for example "port")
   * @return the value; invalid when {@code text} is not a whole number in {@code [min, max]}
   */
  public static IntValue parse(String text, int min, int max, String what) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    long n;
    try {
      if (s.isEmpty() || s.length() > 12) {
        throw new NumberFormatException();
      }
      n = Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
    } catch (NumberFormatException e) {
      return new IntValue(text, 0, what + " '" + abbreviate(text) + "' is not a whole number");
    }
    if (n < min || n > max) {
      return new IntValue(text, 0, what + " " + n + " is out of range " + min + ".." + max);
    }
    if (n >= 0 && n < SMALL.length && isPlain(text)) {
      return small((int) n, text); // the same raw text, the same number: shared
    }
    return new IntValue(text, (int) n, null);
  }

  /** The shared instance of a small number; {@code plain} its text when at hand. */
  private static IntValue small(int value, @Nullable String plain) {
    IntValue shared = SMALL[value];
    if (shared == null) {
      shared = new IntValue(plain != null ? plain : Integer.toString(value), value, null);
      SMALL[value] = shared;
    }
    return shared;
  }

  /** Whether a number's text is its plain decimal form: digits only, no leading zero. */
  private static boolean isPlain(String text) {
    if (text.isEmpty() || (text.length() > 1 && text.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  /**
   * Returns the number when the text was a whole number within range.
   *
   * @return the number, or empty when invalid
   */
  public OptionalInt value() {
    return problem != null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  /**
   * Returns whether the text was a whole number within range.
   *
   * @return {@code true} when {@link #value()} is present
   */
  public boolean isValid() {
    return problem == null;
  }

  /**
   * Returns what is wrong with the text.
   *
   * @return a sentence such as "port 70000 is out of range 1..65535", or empty when valid
   */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /**
   * Returns the text as the document had it (for a value built with {@link #of}, its decimal form).
   *
   * @return the raw text, never null
   */
  public String raw() {
    return raw;
  }

  /**
   * Returns the text this value is written as: the decimal number when valid, else the raw text.
   *
   * @return the canonical text
   */
  public String canonical() {
    return problem == null ? Integer.toString(value) : raw;
  }

  /** Two values are equal when their {@link #canonical()} texts are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof IntValue intValue && canonical().equals(intValue.canonical());
  }

  @Override
  public int hashCode() {
    return canonical().hashCode();
  }

  /** Returns the number, or {@code invalid("raw")}. */
  @Override
  public String toString() {
    return problem == null ? Integer.toString(value) : "invalid(\"" + raw + "\")";
  }
}
