package io.github.autodiscover4j;

import io.github.autodiscover4j.internal.Codec;
import io.github.autodiscover4j.lint.LintReport;
import io.github.autodiscover4j.lint.Linter;
import io.github.autodiscover4j.model.AutodiscoverModel;
import io.github.autodiscover4j.model.AutodiscoverRoot;
import io.github.autodiscover4j.model.envelope.ResponseEnvelope;
import io.github.autodiscover4j.model.mobilesync.request.MobileSyncRequest;
import io.github.autodiscover4j.model.mobilesync.request.MobileSyncRequestEnvelope;
import io.github.autodiscover4j.model.request.OutlookRequest;
import io.github.autodiscover4j.model.request.OutlookRequestEnvelope;
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
 * The front door: read any POX Autodiscover document, write any model, build requests.
 *
 * <pre>{@code
 * AutodiscoverDocument doc = Autodiscover.parse(responseBytes);
 * if (doc.kind() == DocumentKind.SETTINGS) {
 *   for (Protocol p : doc.protocols("SMTP")) {
 *     boolean receiveFirst = p.smtpLast().effective() == OnOff.ON;  // absent means off
 *   }
 * }
 * String body = Autodiscover.toXml(Autodiscover.outlookRequest("alice@example.com"));
 * }</pre>
 *
 * <p>Reading is lenient in what real servers send (names in any case and known variants, the {@code
 * https://} namespace variants or none, any child order, a byte order mark, a wrong encoding
 * declaration, stray text, junk values) and strict about safety: no DTD, no entities, no external
 * access, and bounded size, depth, element count and text length ({@link ParseOptions}). Bad input
 * ends in an {@link AutodiscoverException} that says what and where. Writing is canonical:
 * Exchange's namespaces and layout, UTF-8, lower-case on/off.
 *
 * <p>All methods are thread-safe; the one {@code JAXBContext} is created on first use and shared.
 */
public final class Autodiscover {
  private Autodiscover() {}

  /**
   * Reads a document from bytes, as received from a server.
   *
   * @param bytes the document; its encoding is taken from a byte order mark or the bytes
   *     themselves, then from the XML declaration when that names an ASCII-compatible charset, else
   *     UTF-8
   * @return the parsed document
   * @throws AutodiscoverException when the bytes are not a readable Autodiscover document
   */
  public static AutodiscoverDocument parse(byte[] bytes) throws AutodiscoverException {
    return parse(bytes, ParseOptions.defaults());
  }

  /**
   * Reads a document from bytes with the given limits.
   *
   * @param bytes the document
   * @param options the limits
   * @return the parsed document
   * @throws AutodiscoverException when the bytes are not a readable Autodiscover document
   */
  public static AutodiscoverDocument parse(byte[] bytes, ParseOptions options)
      throws AutodiscoverException {
    Objects.requireNonNull(bytes, "bytes");
    return document(Codec.read(bytes, bytes.length, Objects.requireNonNull(options, "options")));
  }

  /**
   * Reads a document from a stream, which is read to its end (at most {@link
   * ParseOptions#maxInputBytes()} plus one byte) but not closed.
   *
   * @param in the stream
   * @return the parsed document
   * @throws AutodiscoverException when the input is not a readable Autodiscover document
   * @throws IOException when reading the stream fails
   */
  public static AutodiscoverDocument parse(InputStream in) throws IOException {
    return parse(in, ParseOptions.defaults());
  }

  /**
   * Reads a document from a stream with the given limits; the stream is not closed.
   *
   * @param in the stream
   * @param options the limits
   * @return the parsed document
   * @throws AutodiscoverException when the input is not a readable Autodiscover document
   * @throws IOException when reading the stream fails
   */
  public static AutodiscoverDocument parse(InputStream in, ParseOptions options)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    byte[] bytes = in.readNBytes(options.maxInputBytes() + 1);
    return document(Codec.read(bytes, bytes.length, options));
  }

  /**
   * Reads a document from characters; any encoding declaration is ignored. The reader is not
   * closed.
   *
   * @param reader the document
   * @return the parsed document
   * @throws AutodiscoverException when the input is not a readable Autodiscover document
   * @throws IOException when reading fails
   */
  public static AutodiscoverDocument parse(Reader reader) throws IOException {
    return parse(reader, ParseOptions.defaults());
  }

  /**
   * Reads a document from characters with the given limits; the reader is not closed.
   *
   * @param reader the document
   * @param options the limits
   * @return the parsed document
   * @throws AutodiscoverException when the input is not a readable Autodiscover document
   * @throws IOException when reading fails
   */
  public static AutodiscoverDocument parse(Reader reader, ParseOptions options) throws IOException {
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
    return document(Codec.read(text.toString(), options));
  }

  /**
   * Reads a document from a string; any encoding declaration is ignored.
   *
   * @param xml the document
   * @return the parsed document
   * @throws AutodiscoverException when the text is not a readable Autodiscover document
   */
  public static AutodiscoverDocument parse(String xml) throws AutodiscoverException {
    return parse(xml, ParseOptions.defaults());
  }

  /**
   * Reads a document from a string with the given limits.
   *
   * @param xml the document
   * @param options the limits
   * @return the parsed document
   * @throws AutodiscoverException when the text is not a readable Autodiscover document
   */
  public static AutodiscoverDocument parse(String xml, ParseOptions options)
      throws AutodiscoverException {
    Objects.requireNonNull(xml, "xml");
    return document(Codec.read(xml, Objects.requireNonNull(options, "options")));
  }

  /**
   * Reads a document from a file, as {@link #parse(byte[])} reads bytes.
   *
   * @param file the file
   * @return the parsed document
   * @throws AutodiscoverException when the file is not a readable Autodiscover document
   * @throws IOException when reading the file fails
   */
  public static AutodiscoverDocument parse(Path file) throws IOException {
    return parse(file, ParseOptions.defaults());
  }

  /**
   * Reads a document from a file with the given limits; a file over the size limit is not read.
   *
   * @param file the file
   * @param options the limits
   * @return the parsed document
   * @throws AutodiscoverException when the file is not a readable Autodiscover document
   * @throws IOException when reading the file fails
   */
  public static AutodiscoverDocument parse(Path file, ParseOptions options) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, options);
    }
  }

  /**
   * Checks a response the way a server administrator needs: what clients misread or fail on (ports,
   * TLS versus STARTTLS, non-HTTPS URLs, missing or unknown actions, redirects without a target,
   * unknown protocol types, {@code yes}/{@code true} for on/off) and what only a lenient reader
   * accepts (spelling variants, namespace variants, duplicated elements, stray text). A document
   * that cannot be read at all gives one error finding. Delegates to {@link Linter}, where the
   * rules are listed.
   *
   * @param bytes the response as received
   * @return the findings; none for a clean response
   */
  public static LintReport lint(byte[] bytes) {
    return Linter.lint(bytes);
  }

  /**
   * Checks a response given as text; see {@link #lint(byte[])}.
   *
   * @param xml the response
   * @return the findings; none for a clean response
   */
  public static LintReport lint(String xml) {
    return Linter.lint(xml);
  }

  /**
   * Checks a response file; see {@link #lint(byte[])}.
   *
   * @param file the response
   * @return the findings; none for a clean response
   * @throws IOException when the file cannot be read
   */
  public static LintReport lint(Path file) throws IOException {
    return Linter.lint(file);
  }

  private static AutodiscoverDocument document(Codec.Result result) {
    return AutodiscoverDocument.of(result.root, result.problems);
  }

  /**
   * Writes a model in canonical form: UTF-8, Exchange's namespaces as default-namespace
   * declarations, two-space indentation, canonical element spellings, lower-case on/off.
   *
   * @param model a root ({@link AutodiscoverRoot}: a response envelope or a request), or a bare
   *     {@code Response} ({@link io.github.autodiscover4j.model.ResponseContent}), which is wrapped
   *     in the response envelope
   * @return the document
   * @throws IllegalArgumentException when the model holds text XML cannot carry
   */
  public static String toXml(AutodiscoverModel model) {
    return Codec.toText(root(model));
  }

  /**
   * Writes a parsed document's model (as it is now) in canonical form.
   *
   * @param document the document
   * @return the document's text
   * @throws IllegalArgumentException when the model holds text XML cannot carry
   */
  public static String toXml(AutodiscoverDocument document) {
    return toXml(Objects.requireNonNull(document, "document").root());
  }

  /**
   * Writes a model in canonical form as UTF-8 bytes; the stream is flushed, not closed.
   *
   * @param model see {@link #toXml(AutodiscoverModel)}
   * @param out where to write
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when the model holds text XML cannot carry
   */
  public static void write(AutodiscoverModel model, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    write(model, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /**
   * Writes a model in canonical form; the writer is flushed, not closed.
   *
   * @param model see {@link #toXml(AutodiscoverModel)}
   * @param out where to write
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when the model holds text XML cannot carry
   */
  public static void write(AutodiscoverModel model, Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    AutodiscoverRoot root = root(model);
    try {
      Codec.write(root, out);
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
  public static void write(AutodiscoverDocument document, OutputStream out) throws IOException {
    write(Objects.requireNonNull(document, "document").root(), out);
  }

  /**
   * Writes a model in canonical form as UTF-8 bytes.
   *
   * @param model see {@link #toXml(AutodiscoverModel)}
   * @return the document's bytes
   * @throws IllegalArgumentException when the model holds text XML cannot carry
   */
  public static byte[] toBytes(AutodiscoverModel model) {
    // the finished text encoded once: cheaper than an encoder fed piece by piece
    return Codec.toText(root(model)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes a parsed document's model in canonical form as UTF-8 bytes.
   *
   * @param document the document
   * @return the document's bytes
   */
  public static byte[] toBytes(AutodiscoverDocument document) {
    return toBytes(Objects.requireNonNull(document, "document").root());
  }

  private static AutodiscoverRoot root(AutodiscoverModel model) {
    Objects.requireNonNull(model, "model");
    if (model instanceof AutodiscoverRoot root) {
      return root;
    }
    // the only other kind is a Response payload (ResponseContent), which goes into an envelope
    ResponseEnvelope envelope = new ResponseEnvelope();
    envelope.getContent().add(model);
    return envelope;
  }

  /**
   * Builds an Outlook request for a mailbox by e-mail address, asking for the Outlook response
   * schema 2006a.
   *
   * @param emailAddress the user's address, for example {@code alice@example.com}
   * @return the request model, ready for {@link #toXml(AutodiscoverModel)}
   * @throws IllegalArgumentException when the address is blank or holds characters XML cannot carry
   */
  public static OutlookRequestEnvelope outlookRequest(String emailAddress) {
    OutlookRequest request = new OutlookRequest();
    request.setEMailAddress(checked(emailAddress, "emailAddress"));
    return outlookRequest(request);
  }

  /**
   * Builds an Outlook request for a mailbox by legacy distinguished name, asking for the Outlook
   * response schema 2006a.
   *
   * @param legacyDn the user's legacy DN, for example {@code /o=Contoso/ou=First Administrative
   *     Group/cn=Recipients/cn=alice}
   * @return the request model, ready for {@link #toXml(AutodiscoverModel)}
   * @throws IllegalArgumentException when the DN is blank or holds characters XML cannot carry
   */
  public static OutlookRequestEnvelope outlookRequestByLegacyDn(String legacyDn) {
    OutlookRequest request = new OutlookRequest();
    request.setLegacyDN(checked(legacyDn, "legacyDn"));
    return outlookRequest(request);
  }

  private static OutlookRequestEnvelope outlookRequest(OutlookRequest request) {
    request.setAcceptableResponseSchema(Namespaces.OUTLOOK_RESPONSE);
    OutlookRequestEnvelope root = new OutlookRequestEnvelope();
    root.setRequest(request);
    return root;
  }

  /**
   * Builds an ActiveSync (MobileSync) request, asking for the MobileSync response schema.
   *
   * @param emailAddress the user's address
   * @return the request model, ready for {@link #toXml(AutodiscoverModel)}
   * @throws IllegalArgumentException when the address is blank or holds characters XML cannot carry
   */
  public static MobileSyncRequestEnvelope mobileSyncRequest(String emailAddress) {
    MobileSyncRequest request = new MobileSyncRequest();
    request.setEMailAddress(checked(emailAddress, "emailAddress"));
    request.setAcceptableResponseSchema(Namespaces.MOBILE_SYNC_RESPONSE);
    MobileSyncRequestEnvelope root = new MobileSyncRequestEnvelope();
    root.setRequest(request);
    return root;
  }

  private static String checked(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1));
      boolean allowed =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || pair;
      if (pair) {
        i++; // the low half is checked with its high half
      }
      if (!allowed) {
        throw new IllegalArgumentException(
            String.format("%s holds U+%04X at index %d, which XML cannot carry", name, (int) c, i));
      }
    }
    return value;
  }
}
