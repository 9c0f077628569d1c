package io.github.autodiscover4j.autoconfig;

/** A placeholder an autoconfig document may use, filled by the client for the user's address. */
public enum Placeholder {
  /** The whole address, {@code alice@example.com}. */
  EMAILADDRESS,
  /** The part before the {@code @}, {@code alice}. */
  EMAILLOCALPART,
  /** The part after the {@code @}, {@code example.com}. */
  EMAILDOMAIN,
  /** The user's name as entered, {@code Alice Liddell}. */
  REALNAME;

  /**
   * Returns the placeholder as a document writes it.
   *
   * @return for example {@code %EMAILADDRESS%}
   */
  public String token() {
    return "%" + name() + "%";
  }
}
