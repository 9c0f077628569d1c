package io.github.autodiscover4j.internal;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import org.jspecify.annotations.Nullable;

/**
 * An adapter for a junk-tolerant typed value: it never throws on content, and it can say what is
 * wrong with a text so that {@link LenientReader} reports it with its position while the raw text
 * goes into the model.
 *
 * @param <T> the typed value
 */
public abstract class ValueAdapter<T> extends XmlAdapter<String, T> {
  ValueAdapter() {}

  /** Reads a text; never throws on content (junk becomes a value that says what is wrong). */
  @Override
  public abstract @Nullable T unmarshal(@Nullable String text);

  /**
   * What is wrong with a value this adapter read, or null when it is valid: the reader checks the
   * value it will hand to the binder, so that a text is read once.
   */
  abstract @Nullable String problem(T value);

  /** What is wrong with a value of this adapter's type ({@code value} is one it read). */
  @SuppressWarnings("unchecked")
  final @Nullable String problemOf(Object value) {
    return problem((T) value);
  }
}
