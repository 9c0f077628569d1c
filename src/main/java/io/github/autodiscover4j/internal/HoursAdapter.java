package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.value.HoursValue;
import org.jspecify.annotations.Nullable;

/** Binds hour counts (TTL), 0 or more: junk is kept, not thrown. Internal. */
public final class HoursAdapter extends ValueAdapter<HoursValue> {
  /** Creates the adapter; JAXB calls this. */
  public HoursAdapter() {}

  @Override
  public @Nullable HoursValue unmarshal(@Nullable String text) {
    return text == null ? null : HoursValue.parse(text);
  }

  @Override
  public @Nullable String marshal(@Nullable HoursValue value) {
    return value == null ? null : value.canonical();
  }

  @Override
  @Nullable String problem(HoursValue value) {
    return value.problem().orElse(null);
  }
}
