package io.github.autodiscover4j.cli;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The command line's {@code --json} output, written by Jakarta JSON Processing's pretty-printing
 * generator (the library's JSON stack), behind a small fluent face the reports share. Strings are
 * escaped for any consumer: the generator escapes quotes, backslashes and control characters; every
 * character outside printable ASCII then becomes a {@code \\u00e9} escape (characters outside the
 * BMP as their surrogate pair), so the output is plain ASCII. That is valid wherever it happens:
 * outside strings JSON has nothing but ASCII.
 */
final class Json {
  private static final JsonGeneratorFactory PRETTY =
      JsonProvider.provider().createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private final StringWriter text = new StringWriter();
  private final JsonGenerator out = PRETTY.createGenerator(new AsciiEscapes(text));
  private boolean closed;

  Json beginObject() {
    out.writeStartObject();
    return this;
  }

  Json endObject() {
    out.writeEnd();
    return this;
  }

  Json beginArray() {
    out.writeStartArray();
    return this;
  }

  Json endArray() {
    out.writeEnd();
    return this;
  }

  Json name(String name) {
    out.writeKey(name);
    return this;
  }

  Json value(@Nullable String s) {
    if (s == null) {
      out.writeNull();
    } else {
      out.write(s);
    }
    return this;
  }

  Json value(long n) {
    out.write(n);
    return this;
  }

  Json value(boolean b) {
    out.write(b);
    return this;
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
    if (value == null) {
      out.writeKey(name).writeNull();
      return this;
    }
    return name(name).value(value.longValue());
  }

  /** Returns the document; call once every container is closed. */
  @Override
  public String toString() {
    if (!closed) {
      out.close();
      closed = true;
    }
    return text.toString().strip();
  }

  /** Turns every character outside printable ASCII into a {@code \\uXXXX} escape. */
  private static final class AsciiEscapes extends FilterWriter {
    AsciiEscapes(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      if (c > 0x7E) {
        out.write(String.format("\\u%04x", c));
      } else {
        out.write(c);
      }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      for (int i = offset; i < offset + length; i++) {
        write(chars[i]);
      }
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
      for (int i = offset; i < offset + length; i++) {
        write(s.charAt(i));
      }
    }
  }
}
