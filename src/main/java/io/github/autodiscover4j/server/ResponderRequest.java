package io.github.autodiscover4j.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as the {@link Responder} sees it: method, raw path, raw query, headers and body.
 * Immutable; the body is copied in and out. An adapter builds one from its server's request with
 * {@link #of(String, String, String, Map, byte[])}; a test or a program builds one with {@link
 * #get(String)} or {@link #post(String, byte[])}.
 *
 * <pre>{@code
 * ResponderRequest r = ResponderRequest.get("/mail/config-v1.1.xml?emailaddress=alice%40example.com");
 * }</pre>
 */
public final class ResponderRequest {
  private final String method;
  private final String path;
  private final @Nullable String query;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  private ResponderRequest(
      String method,
      String path,
      @Nullable String query,
      Map<String, List<String>> headers,
      byte[] body) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.headers = headers;
    this.body = body;
  }

  /**
   * Creates a request from its parts, as an adapter receives them.
   *
   * @param method the method, for example {@code POST}; kept in upper case
   * @param rawPath the path as sent, still percent-encoded, for example {@code
   *     /autodiscover/autodiscover.xml}
   * @param rawQuery the query as sent, without the {@code ?} and still percent-encoded, or null
   *     when the request had none
   * @param headers the headers, names in any case; copied
   * @param body the body, perhaps cut at the responder's size limit plus one byte; copied
   * @return the request
   */
  public static ResponderRequest of(
      String method,
      String rawPath,
      @Nullable String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(rawPath, "rawPath");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (name, values) -> {
          if (name != null && values != null) {
            copy.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values);
          }
        });
    copy.replaceAll((name, values) -> List.copyOf(values));
    return new ResponderRequest(
        method.toUpperCase(Locale.ROOT),
        rawPath,
        rawQuery,
        Collections.unmodifiableMap(copy),
        body.clone());
  }

  /**
   * Creates a {@code GET} request for a path and query, with no headers.
   *
   * @param target the path and query as sent, for example {@code
   *     /autodiscover/autodiscover.json/v1.0/alice@example.com?Protocol=Ews}
   * @return the request
   */
  public static ResponderRequest get(String target) {
    Objects.requireNonNull(target, "target");
    int q = target.indexOf('?');
    return of(
        "GET",
        q < 0 ? target : target.substring(0, q),
        q < 0 ? null : target.substring(q + 1),
        Map.of(),
        new byte[0]);
  }

  /**
   * Creates a {@code POST} request with a body, as an Autodiscover client sends its XML, with the
   * {@code Content-Type} header {@code text/xml; charset=utf-8}.
   *
   * @param path the path, for example {@code /autodiscover/autodiscover.xml}
   * @param body the body
   * @return the request
   */
  public static ResponderRequest post(String path, byte[] body) {
    return of(
        "POST",
        path,
        null,
        Map.of("Content-Type", List.of("text/xml; charset=utf-8")),
        Objects.requireNonNull(body, "body"));
  }

  /**
   * Returns the same request with one more header value.
   *
   * @param name the header's name
   * @param value its value
   * @return a new request; this one is unchanged
   */
  public ResponderRequest withHeader(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Map<String, List<String>> more = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    more.putAll(headers);
    List<String> values = new ArrayList<>(more.getOrDefault(name, List.of()));
    values.add(value);
    more.put(name, values);
    return of(method, path, query, more, body);
  }

  /**
   * Returns the method.
   *
   * @return for example {@code GET} or {@code POST}, upper case
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path as sent.
   *
   * @return the raw path, still percent-encoded
   */
  public String path() {
    return path;
  }

  /**
   * Returns the query as sent.
   *
   * @return the raw query without the {@code ?}; empty when the request had none
   */
  public Optional<String> query() {
    return Optional.ofNullable(query);
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the name, in any case
   * @return the value; empty when the request has no such header
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(Objects.requireNonNull(name, "name"));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns every header.
   *
   * @return an unmodifiable map, names compared case-insensitively
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the body.
   *
   * @return a copy of the body's bytes; empty when there was none
   */
  public byte[] body() {
    return body.clone();
  }

  int bodyLength() {
    return body.length;
  }

  byte[] bodyBytes() {
    return body;
  }

  /** Two requests are equal when method, path, query, headers and body are. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ResponderRequest r
        && method.equals(r.method)
        && path.equals(r.path)
        && Objects.equals(query, r.query)
        && headers.equals(r.headers)
        && Arrays.equals(body, r.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, query, headers, Arrays.hashCode(body));
  }

  /** Returns for example {@code POST /autodiscover/autodiscover.xml (312 bytes)}. */
  @Override
  public String toString() {
    return method
        + " "
        + path
        + (query == null ? "" : "?" + query)
        + (body.length == 0 ? "" : " (" + body.length + " bytes)");
  }
}
