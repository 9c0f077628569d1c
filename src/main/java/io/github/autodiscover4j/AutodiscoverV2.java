package io.github.autodiscover4j;

import io.github.autodiscover4j.internal.V2Codec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The front door for Autodiscover v2, the JSON look-up current Outlook makes before POX: read and
 * write its bodies; {@link V2Request} builds and reads its request URLs.
 *
 * <pre>{@code
 * URI url = V2Request.of("alice@example.com", V2Protocol.AUTODISCOVER_V1).pathUri("autodiscover.example.com");
 * V2Document answer = AutodiscoverV2.parse(body);       // {"Protocol":"AutodiscoverV1","Url":"https://…"}
 * if (answer.kind() == V2Document.Kind.ANSWER && answer.uri() != null) {
 *   // POST the POX request to answer.uri(), once the trust policy accepts that host
 * }
 * }</pre>
 *
 * <p>Reading is strict where two readers could disagree and lenient where servers differ: the
 * member names {@code Protocol}, {@code Url}, {@code ServerLocation}, {@code ErrorCode} and {@code
 * ErrorMessage} in any case, members in any order, other members kept; a duplicate member is
 * refused ({@link AutodiscoverException.Kind#FORBIDDEN}), as is a known member that is not a string
 * ({@link AutodiscoverException.Kind#NOT_AUTODISCOVER}). The body is capped by {@link
 * ParseOptions}: bytes, nesting depth, members, string length. An empty body, an HTML page (what
 * Exchange Online sends with a 302) and an XML document are named as such. Errors carry line and
 * column. All methods are thread-safe.
 */
public final class AutodiscoverV2 {
  private AutodiscoverV2() {}

  /**
   * Reads a body, as received from a server.
   *
   * @param bytes the body, UTF-8 (or UTF-16/32 with a byte order mark)
   * @return the answer or error
   * @throws AutodiscoverException when the bytes are not an Autodiscover v2 body
   */
  public static V2Document parse(byte[] bytes) throws AutodiscoverException {
    return parse(bytes, ParseOptions.defaults());
  }

  /**
   * Reads a body with the given limits.
   *
   * @param bytes the body
   * @param options the limits
   * @return the answer or error
   * @throws AutodiscoverException when the bytes are not an Autodiscover v2 body
   */
  public static V2Document parse(byte[] bytes, ParseOptions options) throws AutodiscoverException {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(options, "options");
    return V2Document.of(V2Codec.read(bytes, bytes.length, options));
  }

  /**
   * Reads a body from a stream, which is read to its end (at most {@link
   * ParseOptions#maxInputBytes()} plus one byte) but not closed.
   *
   * @param in the stream
   * @return the answer or error
   * @throws AutodiscoverException when the input is not an Autodiscover v2 body
   * @throws IOException when reading the stream fails
   */
  public static V2Document parse(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    byte[] bytes = in.readNBytes(ParseOptions.defaults().maxInputBytes() + 1);
    return parse(bytes);
  }

  /**
   * Reads a body from text.
   *
   * @param json the body
   * @return the answer or error
   * @throws AutodiscoverException when the text is not an Autodiscover v2 body
   */
  public static V2Document parse(String json) throws AutodiscoverException {
    Objects.requireNonNull(json, "json");
    ParseOptions options = ParseOptions.defaults();
    if (json.length() > options.maxInputBytes()) {
      return parse(json.getBytes(StandardCharsets.UTF_8));
    }
    return V2Document.of(V2Codec.read(json, options));
  }

  /**
   * Reads a body from a file.
   *
   * @param file the file
   * @return the answer or error
   * @throws AutodiscoverException when the file is not an Autodiscover v2 body
   * @throws IOException when reading the file fails
   */
  public static V2Document parse(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in);
    }
  }

  /**
   * Returns whether bytes read as an Autodiscover v2 body.
   *
   * @param bytes the body
   * @return {@code true} for an answer or an error body
   */
  public static boolean isV2(byte[] bytes) {
    try {
      parse(bytes);
      return true;
    } catch (AutodiscoverException e) {
      return false;
    }
  }

  /**
   * Writes a body compactly, as Exchange does: {@code Protocol}, {@code Url}, {@code
   * ServerLocation} (or {@code ErrorCode}, {@code ErrorMessage}), then the other members in their
   * order. Reading the result gives an equal document.
   *
   * @param document the body
   * @return the JSON text
   */
  public static String toJson(V2Document document) {
    Objects.requireNonNull(document, "document");
    return V2Codec.write(document.known(), document.otherFields());
  }

  /**
   * Writes a body as UTF-8 bytes.
   *
   * @param document the body
   * @return the bytes of {@link #toJson(V2Document)}
   */
  public static byte[] toBytes(V2Document document) {
    return toJson(document).getBytes(StandardCharsets.UTF_8);
  }
}
