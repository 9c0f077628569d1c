package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.IntValue;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/** Binds port elements (1 to 65535): junk is kept, not thrown; valid numbers are written in decimal. Internal. */
public final class PortAdapter extends XmlAdapter<String, IntValue> {
  static final int MIN = 1;
  static final int MAX = 65535;
  static final String WHAT = "port";

  @Override
  public IntValue unmarshal(String text) {
    return text == null ? null : IntValue.parse(text, MIN, MAX, WHAT);
  }

  @Override
  public String marshal(IntValue value) {
    return value == null ? null : value.canonical();
  }
}
