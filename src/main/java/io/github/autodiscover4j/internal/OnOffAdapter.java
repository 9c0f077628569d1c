package io.github.autodiscover4j.internal;

/** Binds on/off elements (SSL, SMTPLast, ...). Internal. */
public final class OnOffAdapter extends SwitchAdapter {
  /** Creates the adapter; JAXB calls this. */
  public OnOffAdapter() {
    super("on", "off");
  }
}
