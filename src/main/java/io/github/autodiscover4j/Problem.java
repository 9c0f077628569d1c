package io.github.autodiscover4j;

/**
 * Something in a document that was read leniently instead of failing the parse: junk in a number,
 * an unrecognised on/off token, stray text between elements, a dropped attribute. The value
 * involved is kept in the model where it has a place (raw text), so nothing is lost silently.
 *
 * @param message what was found and what the library did about it
 * @param line the 1-based line, or -1 when unknown
 * @param column the 1-based column, or -1 when unknown
 * @param path the element path, for example {@code Autodiscover/Response/Account/Protocol/Port}
 */
public record Problem(String message, int line, int column, String path) {
  /**
   * Returns for example {@code 12:7 Autodiscover/Response/Account/Protocol/Port: port 'abc' is not
   * a whole number}.
   */
  @Override
  public String toString() {
    return (line > 0 ? line + ":" + column + " " : "") + path + ": " + message;
  }
}
