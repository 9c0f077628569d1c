package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.value.IntValue;
import org.jspecify.annotations.Nullable;

/**
 * Binds integer elements with a range: junk is kept, not thrown; valid numbers are written in
 * decimal. Internal.
 */
public abstract class IntAdapter extends ValueAdapter<IntValue> {
  private final int min;
  private final int max;
  private final String what;

  IntAdapter(int min, int max, String what) {
    this.min = min;
    this.max = max;
    this.what = what;
  }

  @Override
  public @Nullable IntValue unmarshal(@Nullable String text) {
    return text == null ? null : IntValue.parse(text, min, max, what);
  }

  @Override
  public @Nullable String marshal(@Nullable IntValue value) {
    return value == null ? null : value.canonical();
  }

  @Override
  @Nullable String problem(IntValue value) {
    return value.problem().orElse(null);
  }
}
