package io.github.autodiscover4j.cli;

import java.util.ArrayDeque;
import org.jspecify.annotations.Nullable;

/**
 * A small JSON writer for the command line's {@code --json} output: objects, arrays, strings,
 * numbers, booleans and null, two-space indented. Strings are escaped for any consumer: quotes,
 * backslashes, every control character and every non-ASCII character become escapes ({@code
 * \\u00e9}; characters outside the BMP as their surrogate pair), so the output is plain ASCII.
 */
final class Json {
  private final StringBuilder out = new StringBuilder();
  private final ArrayDeque<boolean[]> first =
      new ArrayDeque<>(); // per open container: no member written yet
  private boolean afterName;

  Json beginObject() {
    return open('{');
  }

  Json endObject() {
    return close('}');
  }

  Json beginArray() {
    return open('[');
  }

  Json endArray() {
    return close(']');
  }

  private Json open(char bracket) {
    beforeValue();
    out.append(bracket);
    first.push(new boolean[] {true});
    return this;
  }

  private Json close(char bracket) {
    boolean empty = first.pop()[0];
    if (!empty) {
      newline();
    }
    out.append(bracket);
    return this;
  }

  Json name(String name) {
    separator();
    string(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  Json value(@Nullable String s) {
    if (s == null) {
      return raw("null");
    }
    beforeValue();
    string(s);
    return this;
  }

  Json value(long n) {
    return raw(Long.toString(n));
  }

  Json value(boolean b) {
    return raw(Boolean.toString(b));
  }

  Json field(String name, @Nullable String value) {
    return name(name).value(value);
  }

  Json field(String name, boolean value) {
    return name(name).value(value);
  }

  Json field(String name, long value) {
    return name(name).value(value);
  }

  Json field(String name, @Nullable Integer value) {
    return value == null ? name(name).raw("null") : name(name).value(value.longValue());
  }

  private Json raw(String token) {
    beforeValue();
    out.append(token);
    return this;
  }

  /** A value directly after its member name needs no separator; any other value does. */
  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else {
      separator();
    }
  }

  private void separator() {
    if (first.isEmpty()) {
      return;
    }
    boolean[] state = first.peek();
    if (!state[0]) {
      out.append(',');
    }
    state[0] = false;
    newline();
  }

  private void newline() {
    out.append('\n');
    for (int i = 0; i < first.size(); i++) {
      out.append("  ");
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7E) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
