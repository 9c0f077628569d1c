package io.github.autodiscover4j.discovery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Mozilla Public Suffix List (ICANN and private sections), shipped as the resource {@code
 * public_suffix_list.dat} next to this class, and the registrable domain it defines ("eTLD+1").
 *
 * <p>The copy is {@value #LIST_VERSION}. To update it, replace the resource with {@code
 * https://publicsuffix.org/list/public_suffix_list.dat} and set {@link #LIST_VERSION} to the date
 * of the download; the tests that use {@code co.uk}, {@code com.br} and {@code github.io} check it
 * still parses. The list is read once, on first use (about 10,000 rules).
 */
final class PublicSuffixList {
  /** Which copy of the list is shipped: the date of the publicsuffix.org snapshot. */
  static final String LIST_VERSION =
      "2023-02-09 (publicsuffix.org, as packaged by Debian 20230209)";

  private static final String RESOURCE = "public_suffix_list.dat";

  private final Set<String> rules;
  private final Set<String> wildcards; // "ck" for the rule "*.ck"
  private final Set<String> exceptions; // "www.ck" for the rule "!www.ck"

  private PublicSuffixList(Set<String> rules, Set<String> wildcards, Set<String> exceptions) {
    this.rules = rules;
    this.wildcards = wildcards;
    this.exceptions = exceptions;
  }

  /** The shipped list, read on first use. */
  static PublicSuffixList get() {
    return Holder.LIST;
  }

  private static final class Holder {
    static final PublicSuffixList LIST = load();
  }

  private static PublicSuffixList load() {
    Set<String> rules = new HashSet<>();
    Set<String> wildcards = new HashSet<>();
    Set<String> exceptions = new HashSet<>();
    try (InputStream in = PublicSuffixList.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String rule = line.strip();
        int space = rule.indexOf(' ');
        if (space >= 0) {
          rule = rule.substring(0, space); // the list's rules end at the first white space
        }
        if (rule.isEmpty() || rule.startsWith("//")) {
          continue;
        }
        if (rule.startsWith("!")) {
          exceptions.add(ascii(rule.substring(1)));
        } else if (rule.startsWith("*.")) {
          wildcards.add(ascii(rule.substring(2)));
        } else {
          rules.add(ascii(rule));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PublicSuffixList(Set.copyOf(rules), Set.copyOf(wildcards), Set.copyOf(exceptions));
  }

  private static String ascii(String rule) {
    return IDN.toASCII(rule, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
  }

  /**
   * Returns how many labels of a canonical host name form its public suffix: the longest matching
   * rule, an exception rule dropping one label, and "*" (the last label) when nothing matches.
   */
  private int suffixLabels(String host) {
    String[] labels = host.split("\\.", -1);
    for (int i = 0; i < labels.length; i++) {
      String candidate =
          String.join(".", java.util.Arrays.asList(labels).subList(i, labels.length));
      if (exceptions.contains(candidate)) {
        return labels.length - i - 1;
      }
      if (rules.contains(candidate)) {
        return labels.length - i;
      }
      if (i + 1 < labels.length) {
        String parent =
            String.join(".", java.util.Arrays.asList(labels).subList(i + 1, labels.length));
        if (wildcards.contains(parent)) {
          return labels.length - i;
        }
      }
    }
    return 1;
  }

  /**
   * Returns whether a canonical host name is a public suffix itself ({@code co.uk}, {@code com},
   * {@code github.io}).
   */
  boolean isPublicSuffix(String host) {
    return suffixLabels(host) >= host.split("\\.", -1).length;
  }

  /**
   * Returns the registrable domain of a canonical host name: its public suffix and one more label
   * ({@code example.co.uk} for {@code mail.example.co.uk}), or null when the host is a suffix.
   */
  @Nullable String registrableDomain(String host) {
    String[] labels = host.split("\\.", -1);
    int suffix = suffixLabels(host);
    if (suffix >= labels.length) {
      return null;
    }
    return String.join(
        ".", java.util.Arrays.asList(labels).subList(labels.length - suffix - 1, labels.length));
  }
}
