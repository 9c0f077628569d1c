package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.IntValue;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/** Binds hour counts (TTL, 0 or more): junk is kept, not thrown; valid numbers are written in decimal. Internal. */
public final class HoursAdapter extends XmlAdapter<String, IntValue> {
  static final int MIN = 0;
  static final int MAX = Integer.MAX_VALUE;
  static final String WHAT = "TTL hours";

  @Override
  public IntValue unmarshal(String text) {
    return text == null ? null : IntValue.parse(text, MIN, MAX, WHAT);
  }

  @Override
  public String marshal(IntValue value) {
    return value == null ? null : value.canonical();
  }
}
