package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.value.IntValue;

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
  public IntValue unmarshal(String text) {
    return text == null ? null : IntValue.parse(text, min, max, what);
  }

  @Override
  public String marshal(IntValue value) {
    return value == null ? null : value.canonical();
  }

  @Override
  String problem(String text) {
    return IntValue.parse(text, min, max, what).problem().orElse(null);
  }
}
