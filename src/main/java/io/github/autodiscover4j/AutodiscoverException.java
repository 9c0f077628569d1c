package io.github.autodiscover4j;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A document could not be read as POX Autodiscover: it is not well-formed XML, is not an
 * Autodiscover document, carries a DOCTYPE or entity reference, or exceeds a {@link ParseOptions}
 * limit.
 *
 * <p>The message says what was wrong and, when known, where: {@link #line()} and {@link #column()}
 * are 1-based positions in the document, or -1 when the problem has no position (for example an
 * input over the size limit).
 */
public final class AutodiscoverException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The 1-based line, or -1. */
  private final int line;

  /** The 1-based column, or -1. */
  private final int column;

  /**
   * Creates an exception.
   *
   * @param reason what was wrong, as a sentence without the position
   * @param line the 1-based line, or -1
   * @param column the 1-based column, or -1
   * @param cause the underlying exception, or {@code null}
   */
  public AutodiscoverException(String reason, int line, int column, @Nullable Throwable cause) {
    super(line > 0 ? reason + " (line " + line + ", column " + column + ")" : reason, cause);
    this.line = line;
    this.column = column;
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
