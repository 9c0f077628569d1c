package io.github.autodiscover4j.discovery;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The policy's view of names: which domain an address is in, which hosts are trusted, which URLs
 * are candidates.
 */
final class Hosts {
  private Hosts() {}

  /**
   * Microsoft's own Autodiscover hosts, trusted without asking the callback. Kept short on purpose:
   * every entry is a host that receives users' passwords; anything else (sovereign clouds, hosters)
   * goes to the callback.
   */
  static final Map<String, String> MICROSOFT =
      Map.of(
          "autodiscover-s.outlook.com",
          "Exchange Online's Autodiscover service: Exchange Online answers a POST here with a 302 to a per-mailbox"
              + " path on the same host, and Microsoft tells EWS Managed API users to allow it in their redirection"
              + " callback",
          "autodiscover.outlook.com",
          "the target Microsoft 365 tells every customer domain to publish as the CNAME of autodiscover.<domain>");

  /**
   * EWS Managed API's rule for an HTTP redirect's {@code Location}: {@code
   * /autodiscover/(.../)autodiscover.xml}.
   */
  private static final Pattern AUTODISCOVER_PATH =
      Pattern.compile("/autodiscover/([^/]+/)*autodiscover\\.xml", Pattern.CASE_INSENSITIVE);

  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  /** The path every derived candidate uses (POX: {@code .xml}). */
  static final String PATH = "/autodiscover/autodiscover.xml";

  /** Lower-cases a host and drops a trailing dot; null stays null. */
  static String normalize(String host) {
    if (host == null) {
      return null;
    }
    String h = host.toLowerCase(Locale.ROOT);
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }

  /**
   * Returns the domain of an e-mail address in ASCII lower case, or throws. A single label ({@code
   * alice@com}) is refused: its candidates would be {@code https://com/...} and {@code
   * https://autodiscover.com/...}, the very hosts of the Great Leak. Address literals ({@code
   * alice@[192.0.2.1]}) and numeric top-level labels are refused too.
   */
  static String domainOf(String address) {
    int at = address.lastIndexOf('@');
    if (at <= 0 || at == address.length() - 1) {
      throw new IllegalArgumentException("not an e-mail address: '" + address + "'");
    }
    String domain;
    try {
      domain = IDN.toASCII(address.substring(at + 1).strip(), IDN.USE_STD3_ASCII_RULES);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a valid domain in '" + address + "': " + e.getMessage(), e);
    }
    domain = normalize(domain);
    String problem = problem(domain);
    if (problem != null) {
      throw new IllegalArgumentException("'" + address + "': " + problem);
    }
    return domain;
  }

  /**
   * Returns whether an ASCII name is a host name of two labels or more, as candidates and SRV
   * targets must be.
   */
  static boolean isHostName(String host) {
    return host != null && problem(normalize(host)) == null;
  }

  private static String problem(String domain) {
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return "the domain has a single label; candidates from it would be autodiscover.<tld>";
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return "not a valid domain: label '" + label + "'";
      }
    }
    if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
      return "not a domain name (an address literal?)";
    }
    return null;
  }

  /** Checks an address without throwing. */
  static boolean isAddress(String address) {
    try {
      domainOf(address);
      return !address.substring(0, address.lastIndexOf('@')).isBlank();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Returns whether a (normalized) host is the domain or a subdomain of it: label-wise, so no
   * "evilexample.com".
   */
  static boolean isInDomain(String host, String domain) {
    return host != null && (host.equals(domain) || host.endsWith("." + domain));
  }

  static boolean isHttps(URI url) {
    return "https".equalsIgnoreCase(url.getScheme()) && url.getHost() != null;
  }

  static boolean isAutodiscoverPath(URI url) {
    return url.getRawPath() != null && AUTODISCOVER_PATH.matcher(url.getRawPath()).matches();
  }

  static URI candidate(String scheme, String host) {
    return URI.create(scheme + "://" + host + PATH);
  }

  /**
   * A key for the visited-URL set: case-insensitive throughout (Exchange runs on IIS, whose paths
   * are), default port made explicit, fragment dropped.
   */
  static String key(URI url) {
    int port =
        url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    return url.getScheme().toLowerCase(Locale.ROOT)
        + "://"
        + normalize(url.getHost())
        + ":"
        + port
        + (url.getRawPath() == null || url.getRawPath().isEmpty()
            ? "/"
            : url.getRawPath().toLowerCase(Locale.ROOT))
        + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
  }
}
