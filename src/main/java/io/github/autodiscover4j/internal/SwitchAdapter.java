package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.value.OnOff;
import io.github.autodiscover4j.value.OnOffValue;
import org.jspecify.annotations.Nullable;

/**
 * Binds on/off-like elements: lenient on reading, written with this adapter's two words. Internal.
 */
public abstract class SwitchAdapter extends ValueAdapter<OnOffValue> {
  private final String on;
  private final String off;

  SwitchAdapter(String on, String off) {
    this.on = on;
    this.off = off;
  }

  @Override
  public @Nullable OnOffValue unmarshal(@Nullable String text) {
    return text == null ? null : OnOffValue.parse(text);
  }

  @Override
  public @Nullable String marshal(@Nullable OnOffValue value) {
    if (value == null) {
      return null;
    }
    return value.known().map(v -> v == OnOff.ON ? on : off).orElse(value.raw());
  }

  @Override
  @Nullable String problem(OnOffValue value) {
    return value.isKnown()
        ? null
        : "'" + value.raw().strip() + "' is neither " + on + " nor " + off + "; kept as unknown";
  }
}
