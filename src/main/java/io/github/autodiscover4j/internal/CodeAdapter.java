package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.IntValue;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/** Binds integer codes (ErrorCode, Status): junk is kept, not thrown; valid numbers are written in decimal. Internal. */
public final class CodeAdapter extends XmlAdapter<String, IntValue> {
  static final int MIN = Integer.MIN_VALUE;
  static final int MAX = Integer.MAX_VALUE;
  static final String WHAT = "code";

  @Override
  public IntValue unmarshal(String text) {
    return text == null ? null : IntValue.parse(text, MIN, MAX, WHAT);
  }

  @Override
  public String marshal(IntValue value) {
    return value == null ? null : value.canonical();
  }
}
