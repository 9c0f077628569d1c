package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.value.HoursValue;

/** Binds hour counts (TTL), 0 or more: junk is kept, not thrown. Internal. */
public final class HoursAdapter extends ValueAdapter<HoursValue> {
  /** Creates the adapter; JAXB calls this. */
  public HoursAdapter() {}

  @Override
  public HoursValue unmarshal(String text) {
    return text == null ? null : HoursValue.parse(text);
  }

  @Override
  public String marshal(HoursValue value) {
    return value == null ? null : value.canonical();
  }

  @Override
  String problem(String text) {
    return HoursValue.parse(text).problem().orElse(null);
  }
}
