package io.github.autodiscover4j;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A document could not be read as POX Autodiscover, autoconfig or Autodiscover v2: the body is
 * empty, an HTML page, JSON where XML was expected or XML where JSON was, it is not well-formed, is
 * not a document of the expected format, carries a DOCTYPE, an entity reference or a duplicate JSON
 * member, or exceeds a {@link ParseOptions} limit. {@link #kind()} says which, so that a client can
 * tell "the server sent its login page" from "the server sent broken XML" without reading the
 * message.
 *
 * <p>The message says what was wrong and, when known, where: {@link #line()} and {@link #column()}
 * are 1-based positions in the document, or -1 when the problem has no position (for example an
 * input over the size limit).
 */
public final class AutodiscoverException extends IOException {
  private static final long serialVersionUID = 1L;

  /** What kind of input could not be read. */
  public enum Kind {
    /** No body at all, or only white space. */
    EMPTY,
    /** An HTML page (a login page, an error page, a parked domain), with or without a DOCTYPE. */
    HTML,
    /** A JSON body, for example an Autodiscover v2 answer sent to a POX request. */
    JSON,
    /** An XML document, for example a POX answer sent to an Autodiscover v2 request. */
    XML,
    /**
     * Not well-formed XML (an undeclared entity reference included) or JSON, or bytes that are not
     * valid in the document's encoding.
     */
    NOT_WELL_FORMED,
    /**
     * Well-formed input that is not a document of the expected format: another root element, or
     * JSON that is not an Autodiscover v2 answer or error.
     */
    NOT_AUTODISCOVER,
    /**
     * Refused for safety: a DOCTYPE (and with it any entity declaration), XML 1.1, a duplicate JSON
     * member.
     */
    FORBIDDEN,
    /** Over a {@link ParseOptions} limit: size, depth, element count, text, attributes. */
    LIMIT
  }

  /** What kind of input could not be read. */
  private final Kind kind;

  /** The 1-based line, or -1. */
  private final int line;

  /** The 1-based column, or -1. */
  private final int column;

  /**
   * Creates an exception.
   *
   * @param kind what kind of input it was
   * @param reason what was wrong, as a sentence without the position
   * @param line the 1-based line, or -1
   * @param column the 1-based column, or -1
   * @param cause the underlying exception, or {@code null}
   */
  public AutodiscoverException(
      Kind kind, String reason, int line, int column, @Nullable Throwable cause) {
    super(line > 0 ? reason + " (line " + line + ", column " + column + ")" : reason, cause);
    this.kind = java.util.Objects.requireNonNull(kind, "kind");
    this.line = line;
    this.column = column;
  }

  /**
   * Returns what kind of input could not be read.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the line the problem was found on.
   *
   * @return the 1-based line, or -1 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column the problem was found at.
   *
   * @return the 1-based column, or -1 when unknown
   */
  public int column() {
    return column;
  }
}
