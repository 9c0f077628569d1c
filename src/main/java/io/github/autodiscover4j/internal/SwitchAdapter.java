package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.value.OnOff;
import io.github.autodiscover4j.value.OnOffValue;

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
  public OnOffValue unmarshal(String text) {
    return text == null ? null : OnOffValue.parse(text);
  }

  @Override
  public String marshal(OnOffValue value) {
    if (value == null) {
      return null;
    }
    return value.known().map(v -> v == OnOff.ON ? on : off).orElse(value.raw());
  }

  @Override
  String problem(String text) {
    return OnOffValue.parse(text).isKnown()
        ? null
        : "'" + text.strip() + "' is neither " + on + " nor " + off + "; kept as unknown";
  }
}
