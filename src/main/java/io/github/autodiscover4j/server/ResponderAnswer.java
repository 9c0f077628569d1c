package io.github.autodiscover4j.server;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the {@link Responder} answers: a status, headers and a body, plus a short note of what the
 * answer is, for a log line. Immutable; the body is copied out. The same request always gets an
 * equal answer.
 */
public final class ResponderAnswer {
  private final int status;
  private final Map<String, String> headers;
  private final byte[] body;
  private final String note;

  private ResponderAnswer(int status, Map<String, String> headers, byte[] body, String note) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.note = note;
  }

  /** A document answer: 200 (or the given status) with its content type. */
  static ResponderAnswer of(int status, String contentType, byte[] body, String note) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", contentType);
    // answers are per user: no shared cache may keep one, and no browser may guess another type
    headers.put("Cache-Control", "no-store");
    headers.put("X-Content-Type-Options", "nosniff");
    return new ResponderAnswer(status, Collections.unmodifiableMap(headers), body, note);
  }

  /** A bare status with a fixed plain-text reason, never any of the request's text. */
  static ResponderAnswer plain(int status, String reason, String note) {
    return of(
        status,
        "text/plain; charset=utf-8",
        (reason + "\n").getBytes(StandardCharsets.UTF_8),
        note);
  }

  /** The same answer with one more header. */
  ResponderAnswer with(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ResponderAnswer(status, Collections.unmodifiableMap(more), body, note);
  }

  /**
   * Returns the HTTP status.
   *
   * @return for example 200, 404, 405 or 413
   */
  public int status() {
    return status;
  }

  /**
   * Returns the headers to send, {@code Content-Type} first; the adapter adds the length.
   *
   * @return an unmodifiable map in sending order
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns one header.
   *
   * @param name the name, in any case
   * @return its value; empty when the answer has no such header
   */
  public Optional<String> header(String name) {
    Objects.requireNonNull(name, "name");
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /**
   * Returns the body.
   *
   * @return a copy of the body's bytes
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * Returns the body as text.
   *
   * @return the body decoded as UTF-8 (every answer is UTF-8)
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Returns what the answer is, in a few words, for a log line.
   *
   * @return for example {@code pox outlook settings}, {@code pox error 600}, {@code v2 Ews}, {@code
   *     autoconfig}, {@code unknown address}, {@code not found}
   */
  public String note() {
    return note;
  }

  int length() {
    return body.length;
  }

  byte[] bodyBytes() {
    return body;
  }

  /** Two answers are equal when status, headers and body are. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ResponderAnswer a
        && status == a.status
        && headers.equals(a.headers)
        && Arrays.equals(body, a.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, headers, Arrays.hashCode(body));
  }

  /** Returns for example {@code 200 text/xml; charset=utf-8 (1234 bytes): pox outlook settings}. */
  @Override
  public String toString() {
    return status
        + " "
        + header("Content-Type").orElse("")
        + " ("
        + body.length
        + " bytes): "
        + note;
  }
}
