package io.github.autodiscover4j;

import io.github.autodiscover4j.internal.Codec;
import io.github.autodiscover4j.lint.AutoconfigLintReport;
import io.github.autodiscover4j.lint.AutoconfigLinter;
import io.github.autodiscover4j.model.autoconfig.ClientConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The front door for Mozilla autoconfig ({@code config-v1.1.xml}, Thunderbird's ISPDB) and the IETF
 * draft draft-ietf-mailmaint-autoconfig ({@code clientConfig} version 1.2): read, write, lint.
 *
 * <pre>{@code
 * AutoconfigDocument doc = Autoconfig.parse(bytes);
 * for (ServerView s : doc.incomingServers()) {        // the provider's preference first
 *   System.out.println(s.type() + " " + s.hostname().orElse("") + ":" + s.port().orElse(0));
 * }
 * String xml = Autoconfig.toXml(doc.filledFor("alice@example.com"));
 * }</pre>
 *
 * <p>Reading is as lenient and as safe as {@link Autodiscover}'s: names and attribute names in any
 * case, any child order, white space around values, a byte order mark, a wrong encoding
 * declaration, stray text, unknown elements and attributes (kept and written back, the draft's
 * must-ignore rule); no DTD, no entities, no external access, and the limits of {@link
 * ParseOptions}. An HTML page, what a web server sends for a missing file, is named as such. Bad
 * input ends in an {@link AutodiscoverException} with line and column. Writing is canonical: UTF-8,
 * two-space indentation, the schema's element order and spelling, values as the model holds them.
 *
 * <p>All methods are thread-safe.
 */
public final class Autoconfig {
  private Autoconfig() {}

  /**
   * Reads a document from bytes, as received from a server.
   *
   * @param bytes the document; its encoding is taken from a byte order mark or the bytes
   *     themselves, then from the XML declaration when that names an ASCII-compatible charset, else
   *     UTF-8
   * @return the parsed document
   * @throws AutodiscoverException when the bytes are not a readable autoconfig document
   */
  public static AutoconfigDocument parse(byte[] bytes) throws AutodiscoverException {
    return parse(bytes, ParseOptions.defaults());
  }

  /**
   * Reads a document from bytes with the given limits.
   *
   * @param bytes the document
   * @param options the limits
   * @return the parsed document
   * @throws AutodiscoverException when the bytes are not a readable autoconfig document
   */
  public static AutoconfigDocument parse(byte[] bytes, ParseOptions options)
      throws AutodiscoverException {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(options, "options");
    return document(Codec.readAutoconfig(bytes, bytes.length, options, false));
  }

  /**
   * Reads a document from a stream, which is read to its end (at most {@link
   * ParseOptions#maxInputBytes()} plus one byte) but not closed.
   *
   * @param in the stream
   * @return the parsed document
   * @throws AutodiscoverException when the input is not a readable autoconfig document
   * @throws IOException when reading the stream fails
   */
  public static AutoconfigDocument parse(InputStream in) throws IOException {
    return parse(in, ParseOptions.defaults());
  }

  /**
   * Reads a document from a stream with the given limits; the stream is not closed.
   *
   * @param in the stream
   * @param options the limits
   * @return the parsed document
   * @throws AutodiscoverException when the input is not a readable autoconfig document
   * @throws IOException when reading the stream fails
   */
  public static AutoconfigDocument parse(InputStream in, ParseOptions options) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    byte[] bytes = in.readNBytes(options.maxInputBytes() + 1);
    return document(Codec.readAutoconfig(bytes, bytes.length, options, false));
  }

  /**
   * Reads a document from characters; any encoding declaration is ignored. The reader is not
   * closed.
   *
   * @param reader the document
   * @return the parsed document
   * @throws AutodiscoverException when the input is not a readable autoconfig document
   * @throws IOException when reading fails
   */
  public static AutoconfigDocument parse(Reader reader) throws IOException {
    return parse(reader, ParseOptions.defaults());
  }

  /**
   * Reads a document from characters with the given limits; the reader is not closed.
   *
   * @param reader the document
   * @param options the limits
   * @return the parsed document
   * @throws AutodiscoverException when the input is not a readable autoconfig document
   * @throws IOException when reading fails
   */
  public static AutoconfigDocument parse(Reader reader, ParseOptions options) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(options, "options");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int limit = options.maxInputBytes() + 1;
    for (int n;
        text.length() < limit
            && (n = reader.read(buffer, 0, Math.min(buffer.length, limit - text.length()))) > 0; ) {
      text.append(buffer, 0, n);
    }
    return document(Codec.readAutoconfig(text.toString(), options, false));
  }

  /**
   * Reads a document from a string; any encoding declaration is ignored.
   *
   * @param xml the document
   * @return the parsed document
   * @throws AutodiscoverException when the text is not a readable autoconfig document
   */
  public static AutoconfigDocument parse(String xml) throws AutodiscoverException {
    return parse(xml, ParseOptions.defaults());
  }

  /**
   * Reads a document from a string with the given limits.
   *
   * @param xml the document
   * @param options the limits
   * @return the parsed document
   * @throws AutodiscoverException when the text is not a readable autoconfig document
   */
  public static AutoconfigDocument parse(String xml, ParseOptions options)
      throws AutodiscoverException {
    Objects.requireNonNull(xml, "xml");
    Objects.requireNonNull(options, "options");
    return document(Codec.readAutoconfig(xml, options, false));
  }

  /**
   * Reads a document from a file, as {@link #parse(byte[])} reads bytes.
   *
   * @param file the file
   * @return the parsed document
   * @throws AutodiscoverException when the file is not a readable autoconfig document
   * @throws IOException when reading the file fails
   */
  public static AutoconfigDocument parse(Path file) throws IOException {
    return parse(file, ParseOptions.defaults());
  }

  /**
   * Reads a document from a file with the given limits; a file over the size limit is not read.
   *
   * @param file the file
   * @param options the limits
   * @return the parsed document
   * @throws AutodiscoverException when the file is not a readable autoconfig document
   * @throws IOException when reading the file fails
   */
  public static AutoconfigDocument parse(Path file, ParseOptions options) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, options);
    }
  }

  /**
   * Whether a document's root element is {@code clientConfig}, in any case and without a namespace:
   * how the command line tells autoconfig from POX. Cheap: it looks at the first element only, and
   * never throws.
   *
   * @param bytes the document
   * @return {@code true} for an autoconfig document (readable or not beyond its root)
   */
  public static boolean isAutoconfig(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    String head =
        new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
            .replace("\0", "");
    int i = 0;
    while ((i = head.indexOf('<', i)) >= 0) {
      if (i + 1 < head.length() && (head.charAt(i + 1) == '?' || head.charAt(i + 1) == '!')) {
        i++;
        continue;
      }
      return head.regionMatches(true, i + 1, "clientConfig", 0, "clientConfig".length());
    }
    return false;
  }

  /**
   * Checks a document the way a provider's administrator needs: unknown socket types and
   * authentication methods, values in the wrong case, implicit TLS versus STARTTLS on the wrong
   * port, passwords over {@code plain}, misspelt placeholders, a provider without an outgoing
   * server, duplicated servers, URL types over {@code http:}. A document that cannot be read gives
   * one error finding. Delegates to {@link AutoconfigLinter}, where the rules are.
   *
   * @param bytes the document as served
   * @return the findings; none for a clean document
   */
  public static AutoconfigLintReport lint(byte[] bytes) {
    return AutoconfigLinter.lint(bytes);
  }

  /**
   * Checks a document given as text; see {@link #lint(byte[])}.
   *
   * @param xml the document
   * @return the findings; none for a clean document
   */
  public static AutoconfigLintReport lint(String xml) {
    return AutoconfigLinter.lint(xml);
  }

  /**
   * Checks a document file; see {@link #lint(byte[])}.
   *
   * @param file the document
   * @return the findings; none for a clean document
   * @throws IOException when the file cannot be read
   */
  public static AutoconfigLintReport lint(Path file) throws IOException {
    return AutoconfigLinter.lint(file);
  }

  private static AutoconfigDocument document(Codec.AutoconfigResult result) {
    return AutoconfigDocument.of(result.root, result.problems);
  }

  /**
   * Writes a model in canonical form: UTF-8, two-space indentation, the schema's element order and
   * spelling, unknown elements and attributes where they were read.
   *
   * @param model the root {@code clientConfig}
   * @return the document
   * @throws IllegalArgumentException when the model holds text XML cannot carry
   */
  public static String toXml(ClientConfig model) {
    return Codec.toTextAutoconfig(Objects.requireNonNull(model, "model"));
  }

  /**
   * Writes a parsed document's model (as it is now) in canonical form.
   *
   * @param document the document
   * @return the document's text
   * @throws IllegalArgumentException when the model holds text XML cannot carry
   */
  public static String toXml(AutoconfigDocument document) {
    return toXml(Objects.requireNonNull(document, "document").root());
  }

  /**
   * Writes a model in canonical form as UTF-8 bytes; the stream is flushed, not closed.
   *
   * @param model the root {@code clientConfig}
   * @param out where to write
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when the model holds text XML cannot carry
   */
  public static void write(ClientConfig model, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    write(model, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /**
   * Writes a model in canonical form; the writer is flushed, not closed.
   *
   * @param model the root {@code clientConfig}
   * @param out where to write
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when the model holds text XML cannot carry
   */
  public static void write(ClientConfig model, Writer out) throws IOException {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(out, "out");
    try {
      Codec.writeAutoconfig(model, out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes a parsed document's model in canonical form as UTF-8 bytes; the stream is flushed, not
   * closed.
   *
   * @param document the document
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void write(AutoconfigDocument document, OutputStream out) throws IOException {
    write(Objects.requireNonNull(document, "document").root(), out);
  }

  /**
   * Writes a model in canonical form as UTF-8 bytes.
   *
   * @param model the root {@code clientConfig}
   * @return the document's bytes
   * @throws IllegalArgumentException when the model holds text XML cannot carry
   */
  public static byte[] toBytes(ClientConfig model) {
    // the finished text encoded once: cheaper than an encoder fed piece by piece
    return Codec.toTextAutoconfig(Objects.requireNonNull(model, "model"))
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes a parsed document's model in canonical form as UTF-8 bytes.
   *
   * @param document the document
   * @return the document's bytes
   */
  public static byte[] toBytes(AutoconfigDocument document) {
    return toBytes(Objects.requireNonNull(document, "document").root());
  }
}
