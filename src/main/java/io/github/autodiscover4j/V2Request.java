package io.github.autodiscover4j;

import io.github.autodiscover4j.value.Term;
import io.github.autodiscover4j.value.V2Protocol;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The request a client sends for Autodiscover v2, in either of its two URL forms:
 *
 * <ul>
 *   <li>{@link Form#PATH}: {@code
 *       https://<host>/autodiscover/autodiscover.json/v1.0/alice@example.com?Protocol=AutodiscoverV1},
 *       what current Outlook sends;
 *   <li>{@link Form#QUERY}: {@code
 *       https://<host>/autodiscover/autodiscover.json?Email=alice%40example.com&Protocol=ActiveSync&RedirectCount=1}.
 * </ul>
 *
 * <p>A client builds the URL with {@link #pathUri(String)} or {@link #queryUri(String)} and raises
 * {@link #redirectCount()} with {@link #withRedirectCount(int)} when a server redirects it to
 * another host; a server reads what it received with {@link #read(String, String)}. v2 is sent
 * anonymously: no credential belongs on it. Immutable.
 */
public final class V2Request {
  /** The path both forms start with, compared case-insensitively when reading. */
  public static final String PATH = "/autodiscover/autodiscover.json";

  /** The highest {@code RedirectCount} kept; larger values read as this. */
  public static final int MAX_REDIRECT_COUNT = 100;

  /** Where the address is. */
  public enum Form {
    /** In the path: {@code …/autodiscover.json/v1.0/<address>}. */
    PATH,
    /** In the query: {@code …/autodiscover.json?Email=<address>}. */
    QUERY
  }

  private final @Nullable String address;
  private final @Nullable String protocol;
  private final int redirectCount;
  private final Form form;

  private V2Request(
      @Nullable String address, @Nullable String protocol, int redirectCount, Form form) {
    this.address = address;
    this.protocol = protocol;
    this.redirectCount = redirectCount;
    this.form = form;
  }

  /**
   * Returns a request for a service's URL for an address.
   *
   * @param address the e-mail address
   * @param protocol the service
   * @return the request, redirect count 0, {@link Form#PATH}
   * @throws IllegalArgumentException when {@code protocol} is {@link V2Protocol#UNKNOWN}
   */
  public static V2Request of(String address, V2Protocol protocol) {
    String spelling = protocol.spelling();
    if (spelling == null) {
      throw new IllegalArgumentException("UNKNOWN has no spelling: use of(String, String)");
    }
    return of(address, spelling);
  }

  /**
   * Returns a request with any protocol name.
   *
   * @param address the e-mail address
   * @param protocol the protocol name as it is to be sent
   * @return the request, redirect count 0, {@link Form#PATH}
   */
  public static V2Request of(String address, String protocol) {
    return new V2Request(
        Objects.requireNonNull(address, "address"),
        Objects.requireNonNull(protocol, "protocol"),
        0,
        Form.PATH);
  }

  /**
   * Returns a copy with another redirect count, as a client sends it after following a redirect.
   *
   * @param count the number of redirects followed so far, 0 to {@link #MAX_REDIRECT_COUNT}
   * @return the copy
   * @throws IllegalArgumentException when {@code count} is out of range
   */
  public V2Request withRedirectCount(int count) {
    if (count < 0 || count > MAX_REDIRECT_COUNT) {
      throw new IllegalArgumentException(
          "redirect count " + count + " is not in 0.." + MAX_REDIRECT_COUNT);
    }
    return new V2Request(address, protocol, count, form);
  }

  /**
   * Reads a request a server received. The path is compared case-insensitively; the query's
   * parameter names too ({@code Protocol}, {@code protocol}); the first of repeated parameters
   * counts. An invalid or negative {@code RedirectCount} reads as 0.
   *
   * @param rawPath the request's path, percent-encoded as received
   * @param rawQuery the query without {@code ?}, percent-encoded, or null
   * @return the request, or empty when the path is not a v2 path; its address and protocol are null
   *     when the request left them out
   */
  public static Optional<V2Request> read(String rawPath, @Nullable String rawQuery) {
    Objects.requireNonNull(rawPath, "rawPath");
    String lower = rawPath.toLowerCase(Locale.ROOT);
    if (!lower.startsWith(PATH)) {
      return Optional.empty();
    }
    String rest = rawPath.substring(PATH.length());
    String address = parameter(rawQuery, "Email");
    Form form = Form.QUERY;
    if (rest.isEmpty() || rest.equals("/")) {
      form = Form.QUERY;
    } else if (rest.toLowerCase(Locale.ROOT).startsWith("/v1.0")) {
      String segment = rest.substring("/v1.0".length());
      if (!segment.isEmpty() && !segment.equals("/")) {
        if (segment.charAt(0) != '/' || segment.indexOf('/', 1) >= 0) {
          return Optional.empty();
        }
        address = decode(segment.substring(1), false);
      }
      form = Form.PATH;
    } else {
      return Optional.empty();
    }
    if (address != null && address.isEmpty()) {
      address = null;
    }
    String protocol = parameter(rawQuery, "Protocol");
    if (protocol != null && protocol.isEmpty()) {
      protocol = null;
    }
    return Optional.of(new V2Request(address, protocol, redirectCount(rawQuery), form));
  }

  private static int redirectCount(@Nullable String rawQuery) {
    String count = parameter(rawQuery, "RedirectCount");
    if (count == null) {
      return 0;
    }
    String digits = count.strip();
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return 0;
    }
    return digits.length() > 3
        ? MAX_REDIRECT_COUNT
        : Math.min(Integer.parseInt(digits), MAX_REDIRECT_COUNT);
  }

  private static @Nullable String parameter(@Nullable String rawQuery, String name) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return null;
    }
    for (String pair : rawQuery.split("&", -1)) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq), true);
      if (key.equalsIgnoreCase(name)) {
        return eq < 0 ? "" : decode(pair.substring(eq + 1), true);
      }
    }
    return null;
  }

  /** Percent-decodes; a malformed escape is kept as sent rather than failing the request. */
  private static String decode(String s, boolean plusIsSpace) {
    try {
      return URLDecoder.decode(plusIsSpace ? s : s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  /**
   * Returns the address.
   *
   * @return the address, or null when a received request had none
   */
  public @Nullable String address() {
    return address;
  }

  /**
   * Returns the protocol asked for.
   *
   * @return the protocol as sent, or null when a received request had none
   */
  public @Nullable Term<V2Protocol> protocol() {
    return protocol == null ? null : V2Protocol.read(protocol);
  }

  /**
   * Returns how many redirects the client followed before this request.
   *
   * @return 0 when the request had no {@code RedirectCount}
   */
  public int redirectCount() {
    return redirectCount;
  }

  /**
   * Returns where the address is.
   *
   * @return the form; {@link Form#PATH} for requests built with {@link #of(String, String)}
   */
  public Form form() {
    return form;
  }

  /**
   * Returns the URL of this request in the path form.
   *
   * @param authority the server's host, with {@code :port} when not 443
   * @return {@code https://<authority>/autodiscover/autodiscover.json/v1.0/<address>?Protocol=…}
   * @throws IllegalStateException when the address or the protocol is missing
   */
  public URI pathUri(String authority) {
    String path = PATH + "/v1.0/" + encode(require(address, "address")).replace("%40", "@");
    return uri(authority, path, query(false));
  }

  /**
   * Returns the URL of this request in the query form.
   *
   * @param authority the server's host, with {@code :port} when not 443
   * @return {@code https://<authority>/autodiscover/autodiscover.json?Email=…&Protocol=…}
   * @throws IllegalStateException when the address or the protocol is missing
   */
  public URI queryUri(String authority) {
    return uri(authority, PATH, query(true));
  }

  private String query(boolean withEmail) {
    StringBuilder q = new StringBuilder();
    if (withEmail) {
      q.append("Email=").append(encode(require(address, "address"))).append('&');
    }
    q.append("Protocol=").append(encode(require(protocol, "protocol")));
    if (redirectCount > 0) {
      q.append("&RedirectCount=").append(redirectCount);
    }
    return q.toString();
  }

  private static String require(@Nullable String value, String what) {
    if (value == null) {
      throw new IllegalStateException("the request has no " + what);
    }
    return value;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static URI uri(String authority, String path, String query) {
    Objects.requireNonNull(authority, "authority");
    try {
      URI uri = new URI("https://" + authority + path + "?" + query);
      if (uri.getHost() == null) {
        throw new IllegalArgumentException("not a host name: " + authority);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a host name: " + authority, e);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof V2Request r)) {
      return false;
    }
    return Objects.equals(address, r.address)
        && Objects.equals(protocol, r.protocol)
        && redirectCount == r.redirectCount
        && form == r.form;
  }

  @Override
  public int hashCode() {
    return Objects.hash(address, protocol, redirectCount, form);
  }

  /** Returns the request as {@code V2Request[alice@example.com, AutodiscoverV1, redirects 0]}. */
  @Override
  public String toString() {
    return "V2Request["
        + address
        + ", "
        + protocol
        + ", redirects "
        + redirectCount
        + ", "
        + form
        + "]";
  }
}
