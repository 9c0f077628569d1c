package io.github.autodiscover4j.discovery;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What to authenticate with at one URL: nothing, HTTP Basic, or an OAuth bearer token (which
 * Exchange Online requires). The client sends them only in answer to a 401 whose {@code
 * WWW-Authenticate} names their scheme, from an {@code https:} URL that is trusted or allowed by
 * the {@link TrustCallback}; it never answers in another scheme, so a server cannot talk it down
 * from a bearer token to Basic. A token that cannot travel in a header (a line break) is not sent,
 * and no message ever shows it.
 *
 * <pre>{@code
 * Credentials.basic("alice@example.com", passwordChars);
 * Credentials.bearer(() -> tokenCache.currentAccessToken());
 * }</pre>
 */
public final class Credentials {
  /** The kind of credentials, as recorded on each {@link Attempt}. */
  public enum Scheme {
    /** No {@code Authorization} header. */
    NONE,
    /** HTTP Basic: user and password. */
    BASIC,
    /** {@code Authorization: Bearer}, from a token supplier. */
    BEARER
  }

  private static final Credentials NONE = new Credentials(Scheme.NONE, null, null, null);

  private final Scheme scheme;
  private final @Nullable String user;
  private final char @Nullable [] password;
  private final @Nullable Supplier<String> token;

  private Credentials(
      Scheme scheme,
      @Nullable String user,
      char @Nullable [] password,
      @Nullable Supplier<String> token) {
    this.scheme = scheme;
    this.user = user;
    this.password = password;
    this.token = token;
  }

  /**
   * Returns "no credentials".
   *
   * @return the shared instance
   */
  public static Credentials none() {
    return NONE;
  }

  /**
   * Returns HTTP Basic credentials. The password array is copied; clear yours when done.
   *
   * @param user the user name, often the e-mail address; must not contain a colon
   * @param password the password
   * @return the credentials
   * @throws IllegalArgumentException when the user name contains a colon (Basic cannot carry it)
   */
  public static Credentials basic(String user, char[] password) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (user.indexOf(':') >= 0) {
      throw new IllegalArgumentException("a Basic user name cannot contain ':'");
    }
    return new Credentials(Scheme.BASIC, user, password.clone(), null);
  }

  /**
   * Returns bearer-token credentials; the supplier is asked for each request, so it can refresh the
   * token.
   *
   * @param token supplies the access token; a null or blank token sends no {@code Authorization}
   *     header
   * @return the credentials
   */
  public static Credentials bearer(Supplier<String> token) {
    return new Credentials(Scheme.BEARER, null, null, Objects.requireNonNull(token, "token"));
  }

  /**
   * Returns the kind of credentials.
   *
   * @return the scheme
   */
  public Scheme scheme() {
    return scheme;
  }

  /** Returns the {@code Authorization} header value, or empty when there is nothing to send. */
  Optional<String> authorization() {
    switch (scheme) {
      case BASIC -> {
        String user = this.user;
        char[] password = this.password;
        if (user == null || password == null) {
          return Optional.empty();
        }
        CharBuffer chars = CharBuffer.allocate(user.length() + 1 + password.length);
        chars.put(user).put(':').put(password).flip();
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(chars);
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        Arrays.fill(chars.array(), '\0');
        String header = "Basic " + Base64.getEncoder().encodeToString(raw);
        Arrays.fill(raw, (byte) 0);
        return Optional.of(header);
      }
      case BEARER -> {
        Supplier<String> token = this.token;
        String value = token == null ? null : token.get();
        return value == null || value.isBlank()
            ? Optional.empty()
            : Optional.of("Bearer " + value.strip());
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /**
   * Returns the {@code Authorization} value if it can travel in an HTTP header (printable ASCII),
   * else null: a token with a line break, a blank token, or a token supplier that throws. The
   * reason is never put into a message, since it would quote the secret.
   */
  @Nullable String headerValue() {
    String value;
    try {
      value = authorization().orElse(null);
    } catch (RuntimeException e) {
      return null;
    }
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return null;
      }
    }
    return value;
  }

  /** Shows the scheme and, for Basic, the user; never a secret. */
  @Override
  public String toString() {
    return scheme == Scheme.BASIC
        ? "Basic credentials for " + user
        : scheme.name().toLowerCase(Locale.ROOT) + " credentials";
  }
}
