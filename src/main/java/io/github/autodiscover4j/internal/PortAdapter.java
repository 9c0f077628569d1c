package io.github.autodiscover4j.internal;

/** Binds ports, 1 to 65535. Internal. */
public final class PortAdapter extends IntAdapter {
  /** Creates the adapter; JAXB calls this. */
  public PortAdapter() {
    super(1, 65535, "port");
  }
}
