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

  /** What is wrong with {@code text} as this value, or null when it is valid. */
  abstract @Nullable String problem(String text);
}
