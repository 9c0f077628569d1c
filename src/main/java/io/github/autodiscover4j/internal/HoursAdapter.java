package io.github.autodiscover4j.internal;

/** Binds hour counts (TTL), 0 or more. Internal. */
public final class HoursAdapter extends IntAdapter {
  /** Creates the adapter; JAXB calls this. */
  public HoursAdapter() {
    super(0, Integer.MAX_VALUE, "TTL hours");
  }
}
