package io.github.autodiscover4j.internal;

/** Binds integer codes (ErrorCode, Status). Internal. */
public final class CodeAdapter extends IntAdapter {
  /** Creates the adapter; JAXB calls this. */
  public CodeAdapter() {
    super(Integer.MIN_VALUE, Integer.MAX_VALUE, "code");
  }
}
