package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.OnOff;
import io.github.autodiscover4j.OnOffValue;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/** Binds on/off elements: lenient on reading, lower-case {@code on}/{@code off} on writing. Internal. */
public final class OnOffAdapter extends XmlAdapter<String, OnOffValue> {
  @Override
  public OnOffValue unmarshal(String text) {
    return text == null ? null : OnOffValue.parse(text);
  }

  @Override
  public String marshal(OnOffValue value) {
    if (value == null) {
      return null;
    }
    return value.known().map(v -> v == OnOff.ON ? "on" : "off").orElse(value.raw());
  }
}
