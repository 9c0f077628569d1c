package io.github.autodiscover4j.cli;

import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Reading a FILE argument ({@code -} is standard input), and the plain-words reason when it cannot
 * be read or parsed: {@code No such file or directory}, {@code Is a directory}, {@code an HTML
 * page, not an Autodiscover document (line 1, column 1)}. Never a Java class name.
 */
final class Input {
  /** The FILE that means standard input. */
  static final String STDIN = "-";

  private Input() {}

  /**
   * Why a file could not be used.
   *
   * @param kind a stable word for scripts: {@code NO_SUCH_FILE}, {@code IS_A_DIRECTORY}, {@code
   *     PERMISSION_DENIED}, {@code UNREADABLE}, or an {@link AutodiscoverException.Kind} name
   * @param message the reason in plain words
   * @param line the 1-based line, or -1
   * @param column the 1-based column, or -1
   * @param cause what went wrong, for {@code --debug}
   */
  record Failure(String kind, String message, int line, int column, @Nullable Throwable cause) {
    static Failure of(AutodiscoverException e) {
      return new Failure(e.kind().name(), String.valueOf(e.getMessage()), e.line(), e.column(), e);
    }

    /** Prints {@code autodiscover4j: FILE: reason}, and the stack trace with {@code --debug}. */
    void print(Cli cli, String file, boolean debug) {
      cli.error(file, message);
      if (debug && cause != null) {
        cause.printStackTrace(cli.err());
      }
    }
  }

  /** Thrown by {@link #read} with the reason. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialised
    private final Failure failure;

    Unreadable(Failure failure) {
      super(failure.message(), failure.cause());
      this.failure = failure;
    }

    Failure failure() {
      return failure;
    }
  }

  /**
   * Reads a FILE's bytes, at most one more than the parse limit (so that the limit still applies).
   */
  static byte[] read(Cli cli, String file) throws Unreadable {
    int limit = ParseOptions.defaults().maxInputBytes() + 1;
    if (file.equals(STDIN)) {
      try {
        return cli.in().readNBytes(limit);
      } catch (IOException e) {
        throw new Unreadable(new Failure("UNREADABLE", reason(e), -1, -1, e));
      }
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new Unreadable(new Failure("UNREADABLE", "not a valid file name", -1, -1, e));
    }
    if (Files.isDirectory(path)) {
      throw new Unreadable(new Failure("IS_A_DIRECTORY", "Is a directory", -1, -1, null));
    }
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(limit);
    } catch (NoSuchFileException e) {
      throw new Unreadable(new Failure("NO_SUCH_FILE", "No such file or directory", -1, -1, e));
    } catch (AccessDeniedException e) {
      throw new Unreadable(new Failure("PERMISSION_DENIED", "Permission denied", -1, -1, e));
    } catch (IOException e) {
      throw new Unreadable(new Failure("UNREADABLE", reason(e), -1, -1, e));
    }
  }

  /** An I/O error's reason without the exception's class name. */
  static String reason(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? "cannot be read"
        : "cannot be read (" + message + ")";
  }
}
