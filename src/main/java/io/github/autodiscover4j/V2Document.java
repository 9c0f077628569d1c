package io.github.autodiscover4j;

import io.github.autodiscover4j.internal.V2Codec;
import io.github.autodiscover4j.value.Term;
import io.github.autodiscover4j.value.V2ErrorCode;
import io.github.autodiscover4j.value.V2Protocol;
import jakarta.json.JsonValue;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An Autodiscover v2 body, read by {@link AutodiscoverV2#parse(byte[])} or built here: either an
 * {@linkplain Kind#ANSWER answer} naming the URL of the requested service
 *
 * <pre>
 * {@code {"Protocol":"AutodiscoverV1","Url":"https://outlook.office365.com/autodiscover/autodiscover.xml"}}
 * </pre>
 *
 * or an {@linkplain Kind#ERROR error}
 *
 * <pre>
 * {@code {"ErrorCode":"InvalidProtocol","ErrorMessage":"The given protocol value 'X' is invalid."}}
 * </pre>
 *
 * <p>Members v2 does not define are kept in {@link #otherFields()}, in document order, and written
 * back by {@link AutodiscoverV2#toJson(V2Document)}. Immutable; equal when every member is.
 */
public final class V2Document {
  /** Which of the two shapes a body has. */
  public enum Kind {
    /** {@code Protocol} and {@code Url} (and sometimes {@code ServerLocation}). */
    ANSWER,
    /** {@code ErrorCode} and {@code ErrorMessage}. */
    ERROR
  }

  private final Kind kind;
  private final Map<String, @Nullable String> known;
  private final Map<String, JsonValue> other;

  private V2Document(Kind kind, Map<String, @Nullable String> known, Map<String, JsonValue> other) {
    this.kind = kind;
    this.known = Collections.unmodifiableMap(new LinkedHashMap<>(known));
    this.other = Collections.unmodifiableMap(new LinkedHashMap<>(other));
  }

  /**
   * Checks the shape of what the codec read: an answer has a {@code Url}, an error an {@code
   * ErrorCode}, and no body has both.
   */
  static V2Document of(V2Codec.Fields fields) throws AutodiscoverException {
    Map<String, @Nullable String> known = fields.known;
    boolean answer = known.containsKey(V2Codec.PROTOCOL) || known.containsKey(V2Codec.URL);
    boolean error =
        known.containsKey(V2Codec.ERROR_CODE) || known.containsKey(V2Codec.ERROR_MESSAGE);
    if (answer && error) {
      int[] at =
          fields.positions.get(
              known.containsKey(V2Codec.ERROR_CODE) ? V2Codec.ERROR_CODE : V2Codec.ERROR_MESSAGE);
      throw shape("both an answer (Protocol, Url) and an error (ErrorCode, ErrorMessage)", at);
    }
    if (answer) {
      if (!known.containsKey(V2Codec.URL)) {
        throw shape("an answer without \"Url\"", fields.positions.get(V2Codec.PROTOCOL));
      }
      return new V2Document(Kind.ANSWER, known, fields.other);
    }
    if (error) {
      if (!known.containsKey(V2Codec.ERROR_CODE)) {
        throw shape("an error without \"ErrorCode\"", fields.positions.get(V2Codec.ERROR_MESSAGE));
      }
      return new V2Document(Kind.ERROR, known, fields.other);
    }
    throw shape(
        "a JSON object with neither \"Url\" nor \"ErrorCode\", not an Autodiscover v2 answer",
        null);
  }

  private static AutodiscoverException shape(String reason, int @Nullable [] at) {
    return new AutodiscoverException(
        AutodiscoverException.Kind.NOT_AUTODISCOVER,
        reason,
        at == null ? -1 : at[0],
        at == null ? -1 : at[1],
        null);
  }

  /**
   * Returns an answer naming the URL of a service.
   *
   * @param protocol the service
   * @param url its URL, as it is to be sent
   * @return the answer
   * @throws IllegalArgumentException when {@code protocol} is {@link V2Protocol#UNKNOWN}
   */
  public static V2Document answer(V2Protocol protocol, String url) {
    String spelling = protocol.spelling();
    if (spelling == null) {
      throw new IllegalArgumentException("UNKNOWN has no spelling: use answer(String, String)");
    }
    return answer(spelling, url);
  }

  /**
   * Returns an answer naming the URL of a service by any protocol name.
   *
   * @param protocol the protocol name as it is to be sent
   * @param url the URL
   * @return the answer
   */
  public static V2Document answer(String protocol, String url) {
    Map<String, @Nullable String> known = new LinkedHashMap<>();
    known.put(V2Codec.PROTOCOL, Objects.requireNonNull(protocol, "protocol"));
    known.put(V2Codec.URL, Objects.requireNonNull(url, "url"));
    return new V2Document(Kind.ANSWER, known, Map.of());
  }

  /**
   * Returns an error body.
   *
   * @param code the error code
   * @param message the message
   * @return the error
   * @throws IllegalArgumentException when {@code code} is {@link V2ErrorCode#UNKNOWN}
   */
  public static V2Document error(V2ErrorCode code, String message) {
    String spelling = code.spelling();
    if (spelling == null) {
      throw new IllegalArgumentException("UNKNOWN has no spelling: use error(String, String)");
    }
    return error(spelling, message);
  }

  /**
   * Returns an error body with any code.
   *
   * @param code the error code as it is to be sent
   * @param message the message
   * @return the error
   */
  public static V2Document error(String code, String message) {
    Map<String, @Nullable String> known = new LinkedHashMap<>();
    known.put(V2Codec.ERROR_CODE, Objects.requireNonNull(code, "code"));
    known.put(V2Codec.ERROR_MESSAGE, Objects.requireNonNull(message, "message"));
    return new V2Document(Kind.ERROR, known, Map.of());
  }

  /**
   * Returns a copy of this answer with a {@code ServerLocation}.
   *
   * @param location the location (Exchange Online sends a datacenter region)
   * @return the copy
   * @throws IllegalStateException when this is an error body
   */
  public V2Document withServerLocation(String location) {
    if (kind != Kind.ANSWER) {
      throw new IllegalStateException("ServerLocation belongs to an answer, not an error body");
    }
    Map<String, @Nullable String> copy = new LinkedHashMap<>(known);
    copy.put(V2Codec.SERVER_LOCATION, Objects.requireNonNull(location, "location"));
    return new V2Document(kind, copy, other);
  }

  /**
   * Returns a copy with one more member that v2 does not define.
   *
   * @param name the member name, not one of v2's own names in any case
   * @param value its value
   * @return the copy
   * @throws IllegalArgumentException when {@code name} is one of v2's own names or already present
   */
  public V2Document withField(String name, JsonValue value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (V2Codec.canonical(name) != null) {
      throw new IllegalArgumentException(
          "\"" + name + "\" is one of v2's own members; use the factories for it");
    }
    if (other.containsKey(name)) {
      throw new IllegalArgumentException("\"" + name + "\" is already present");
    }
    Map<String, JsonValue> copy = new LinkedHashMap<>(other);
    copy.put(name, value);
    return new V2Document(kind, known, copy);
  }

  /**
   * Returns which shape this body has.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the protocol of an answer.
   *
   * @return the protocol as sent, or null for an error body or an answer without one
   */
  public @Nullable Term<V2Protocol> protocol() {
    String raw = known.get(V2Codec.PROTOCOL);
    return raw == null ? null : V2Protocol.read(raw);
  }

  /**
   * Returns the URL of an answer as sent.
   *
   * @return the URL text, or null for an error body
   */
  public @Nullable String url() {
    return known.get(V2Codec.URL);
  }

  /**
   * Returns the URL of an answer when it is an absolute {@code https} or {@code http} URL with a
   * host; an internationalised host name is given in its ASCII form ({@code xn--…}). Whether to
   * follow it is for the trust policy to decide.
   *
   * @return the URL, or null when absent or not such a URL
   */
  public @Nullable URI uri() {
    String raw = url();
    if (raw == null) {
      return null;
    }
    try {
      URI uri = new URI(raw.strip());
      String scheme = uri.getScheme();
      if (scheme == null) {
        return null;
      }
      String lower = scheme.toLowerCase(Locale.ROOT);
      if (!lower.equals("https") && !lower.equals("http")) {
        return null;
      }
      if (uri.getHost() == null && uri.getRawAuthority() != null) {
        // an internationalised host name: java.net.URI wants its ASCII (punycode) form
        String authority = uri.getRawAuthority();
        int at = authority.lastIndexOf('@');
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        String rebuilt =
            authority.substring(0, at + 1) + ascii + (colon < 0 ? "" : hostPort.substring(colon));
        uri =
            new URI(
                scheme
                    + "://"
                    + rebuilt
                    + raw.strip().substring(scheme.length() + 3 + authority.length()));
      }
      return uri.getHost() == null ? null : uri;
    } catch (URISyntaxException | IllegalArgumentException | IndexOutOfBoundsException e) {
      return null;
    }
  }

  /**
   * Returns the {@code ServerLocation} of an answer.
   *
   * @return the location as sent, or null
   */
  public @Nullable String serverLocation() {
    return known.get(V2Codec.SERVER_LOCATION);
  }

  /**
   * Returns the code of an error body.
   *
   * @return the code as sent, or null for an answer
   */
  public @Nullable Term<V2ErrorCode> errorCode() {
    String raw = known.get(V2Codec.ERROR_CODE);
    return raw == null ? null : V2ErrorCode.read(raw);
  }

  /**
   * Returns the message of an error body.
   *
   * @return the message as sent, or null
   */
  public @Nullable String errorMessage() {
    return known.get(V2Codec.ERROR_MESSAGE);
  }

  /**
   * Returns the members v2 does not define, in document order.
   *
   * @return an unmodifiable map, empty when there are none
   */
  public Map<String, JsonValue> otherFields() {
    return other;
  }

  /** The known members by canonical name, for the writer. */
  Map<String, @Nullable String> known() {
    return known;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof V2Document d
        && kind == d.kind
        && known.equals(d.known)
        && other.equals(d.other);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, known, other);
  }

  /** Returns the body as compact JSON. */
  @Override
  public String toString() {
    return V2Codec.write(known, other);
  }
}
