package io.github.autodiscover4j.discovery;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Names, canonical once: host names and address domains in ASCII lower case without a trailing dot
 * (IDNA, with the Unicode full stops U+3002, U+FF0E and U+FF61 as dots), URLs rebuilt on that host,
 * and the Autodiscover path. Every comparison, set membership and request uses these forms. No
 * regular expression: every check here is linear in its input.
 */
final class Hosts {
  private Hosts() {}

  /** The path every derived candidate uses (POX: {@code .xml}). */
  static final String PATH = "/autodiscover/autodiscover.xml";

  /** The longest host name DNS can carry. */
  private static final int MAX_HOST = 253;

  /**
   * Returns the canonical form of a host name, or null when it is not one (IDNA refuses it, or it
   * is longer than DNS allows). IP literals pass through in lower case.
   */
  static @Nullable String canonical(@Nullable String host) {
    if (host == null || host.isEmpty() || host.length() > 4 * MAX_HOST) {
      return null;
    }
    String h = host.replace('\u3002', '.').replace('\uff0e', '.').replace('\uff61', '.').strip();
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.isEmpty() || h.startsWith(".") || h.contains("..")) {
      return null;
    }
    try {
      h = IDN.toASCII(h, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
    return h.isEmpty() || h.length() > MAX_HOST ? null : h;
  }

  /** Lower-cases a host and drops a trailing dot, for display; null stays null. */
  static @Nullable String normalize(@Nullable String host) {
    String canonical = canonical(host);
    return canonical != null ? canonical : host == null ? null : host.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the canonical domain of an e-mail address, or throws. Refused: a single label ({@code
   * alice@com}), a public suffix ({@code alice@co.uk}, {@code alice@github.io}) — their candidates
   * would be the very hosts of the Great Leak — address literals and numeric top-level labels.
   *
   * @throws IllegalArgumentException naming the problem
   */
  static String domainOf(String address) {
    int at = address.lastIndexOf('@');
    if (at <= 0 || at == address.length() - 1) {
      throw new IllegalArgumentException("not an e-mail address: '" + address + "'");
    }
    String domain = canonical(address.substring(at + 1));
    if (domain == null) {
      throw new IllegalArgumentException("not a valid domain in '" + address + "'");
    }
    String problem = problem(domain);
    if (problem != null) {
      throw new IllegalArgumentException("'" + address + "': " + problem);
    }
    return domain;
  }

  /**
   * Returns the canonical form of an address: the local part as given, compared case-insensitively
   * as Exchange does, and the canonical domain.
   */
  static String canonicalAddress(String address) {
    String domain = domainOf(address);
    return address.substring(0, address.lastIndexOf('@')).strip() + "@" + domain;
  }

  /** A key for sets of addresses: the canonical address in lower case. */
  static String addressKey(String address) {
    return canonicalAddress(address).toLowerCase(Locale.ROOT);
  }

  /** Says why a domain cannot be an address domain, or null when it can. */
  static @Nullable String addressProblem(String address) {
    try {
      domainOf(address);
      return address.substring(0, address.lastIndexOf('@')).isBlank()
          ? "not an e-mail address: no local part"
          : null;
    } catch (IllegalArgumentException e) {
      return String.valueOf(e.getMessage());
    }
  }

  /**
   * Returns whether a canonical name is a host name of two labels or more that is not a public
   * suffix, as candidates and SRV targets must be.
   */
  static boolean isHostName(@Nullable String host) {
    String canonical = canonical(host);
    return canonical != null && problem(canonical) == null;
  }

  private static @Nullable String problem(String domain) {
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return "the domain has a single label; candidates from it would be autodiscover.<tld>";
    }
    for (String label : labels) {
      if (!isLabel(label)) {
        return "not a valid domain: label '" + label + "'";
      }
    }
    if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
      return "not a domain name (an address literal?)";
    }
    if (PublicSuffixList.get().isPublicSuffix(domain)) {
      return domain
          + " is a public suffix (Public Suffix List), not a domain of its own: its candidates"
          + " would be autodiscover.<suffix>";
    }
    return null;
  }

  private static boolean isLabel(String label) {
    int n = label.length();
    if (n == 0 || n > 63 || label.charAt(0) == '-' || label.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = label.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether a canonical host is the domain or a subdomain of it, label-wise. */
  static boolean isInDomain(@Nullable String host, String domain) {
    return host != null && (host.equals(domain) || host.endsWith("." + domain));
  }

  /** The registrable domain of a canonical host, or null for a public suffix. */
  static @Nullable String registrableDomain(String host) {
    return PublicSuffixList.get().registrableDomain(host);
  }

  static boolean isHttps(URI url) {
    return "https".equalsIgnoreCase(url.getScheme()) && url.getHost() != null;
  }

  /**
   * EWS Managed API's rule for an HTTP redirect's {@code Location}, {@code
   * /autodiscover/(segment/)*autodiscover.xml} case-insensitively, checked in one pass.
   */
  static boolean isAutodiscoverPath(URI url) {
    String path = url.getRawPath();
    if (path == null) {
      return false;
    }
    String lower = path.toLowerCase(Locale.ROOT);
    String head = "/autodiscover/";
    String tail = "autodiscover.xml";
    if (!lower.startsWith(head)
        || !lower.endsWith(tail)
        || lower.length() < head.length() + tail.length()) {
      return false;
    }
    String middle = lower.substring(head.length(), lower.length() - tail.length());
    return middle.isEmpty()
        || (middle.endsWith("/") && !middle.startsWith("/") && !middle.contains("//"));
  }

  static URI candidate(String scheme, String host) {
    return URI.create(scheme + "://" + host + PATH);
  }

  /**
   * Returns a URL rebuilt on its canonical host (scheme in lower case, no fragment), or null when
   * it has no usable host or carries user information (a {@code user:password@} in a redirect is
   * never followed). A host that {@link URI} cannot parse (Unicode, full stops) is taken from the
   * authority.
   */
  static @Nullable URI canonicalUrl(URI url) {
    if (url.getScheme() == null || url.getRawUserInfo() != null) {
      return null;
    }
    String host = url.getHost();
    int port = url.getPort();
    if (host == null) {
      String authority = url.getRawAuthority();
      if (authority == null || authority.contains("@") || authority.startsWith("[")) {
        return null;
      }
      int colon = authority.lastIndexOf(':');
      host = authority;
      if (colon >= 0) {
        try {
          port = Integer.parseInt(authority.substring(colon + 1));
        } catch (NumberFormatException e) {
          return null;
        }
        host = authority.substring(0, colon);
      }
    }
    String canonical = host.startsWith("[") ? host.toLowerCase(Locale.ROOT) : canonical(host);
    if (canonical == null || port > 65535) {
      return null;
    }
    try {
      return new URI(
          url.getScheme().toLowerCase(Locale.ROOT)
              + "://"
              + canonical
              + (port == -1 ? "" : ":" + port)
              + (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
              + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * A key for the visited-URL set: case-insensitive throughout (Exchange runs on IIS, whose paths
   * are), default port made explicit. Takes a canonical URL.
   */
  static String key(URI url) {
    String scheme = String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT);
    int port = url.getPort() != -1 ? url.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme
        + "://"
        + normalize(url.getHost())
        + ":"
        + port
        + (url.getRawPath() == null || url.getRawPath().isEmpty()
            ? "/"
            : url.getRawPath().toLowerCase(Locale.ROOT))
        + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
  }

  /**
   * Returns whether every character of an address can travel in an XML 1.0 request and is not a
   * control character.
   */
  static boolean isXmlText(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean xml =
          c == 0x9
              || c == 0xA
              || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      if (!xml || Character.isISOControl(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }
}
