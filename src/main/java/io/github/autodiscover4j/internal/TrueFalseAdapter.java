package io.github.autodiscover4j.internal;

/** Binds true/false elements (MicrosoftOnline). Internal. */
public final class TrueFalseAdapter extends SwitchAdapter {
  /** Creates the adapter; JAXB calls this. */
  public TrueFalseAdapter() {
    super("true", "false");
  }
}
