package io.github.autodiscover4j;

/**
 * Something in a document that was read leniently instead of failing the parse: junk in a number,
 * an unrecognised on/off token, stray text between elements, a dropped attribute. The value
 * involved is kept in the model where it has a place (raw text), so nothing is lost silently.
 *
 * @param kind what sort of leniency it was; match on this, not on the message's wording
 * @param message what was found and what the library did about it
 * @param line the 1-based line, or -1 when unknown
 * @param column the 1-based column, or -1 when unknown
 * @param path the element path, for example {@code Autodiscover/Response/Account/Protocol/Port}
 */
public record Problem(Kind kind, String message, int line, int column, String path) {
  /** What sort of leniency a problem records. */
  public enum Kind {
    /** A typed value (port, hours, code, on/off) whose text is not valid; the raw text is kept. */
    INVALID_VALUE,
    /** Text between elements, dropped. */
    STRAY_TEXT,
    /** An element inside a text-only element, dropped. */
    DROPPED_ELEMENT,
    /** An attribute that would steer the binding ({@code xsi:type}), dropped. */
    DROPPED_ATTRIBUTE,
    /** Something the binding itself reported while reading. */
    BINDING
  }

  /**
   * Returns for example {@code 12:7 Autodiscover/Response/Account/Protocol/Port: port 'abc' is not
   * a whole number}.
   */
  @Override
  public String toString() {
    return (line > 0 ? line + ":" + column + " " : "") + path + ": " + message;
  }
}
