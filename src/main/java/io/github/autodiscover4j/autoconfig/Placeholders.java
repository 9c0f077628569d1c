package io.github.autodiscover4j.autoconfig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Fills and checks the placeholders of autoconfig text ({@code %EMAILADDRESS%}, {@code
 * %EMAILLOCALPART%}, {@code %EMAILDOMAIN%}, {@code %REALNAME%}). Placeholders are matched exactly,
 * as Thunderbird does: a misspelt one is left as it is, and {@link #problems(String, Set)} names
 * it.
 *
 * <pre>{@code
 * Placeholders.fill("%EMAILLOCALPART%", "alice@example.com", null);  // "alice"
 * }</pre>
 */
public final class Placeholders {
  // a percent sign, a name of letters and underscores, and perhaps the closing percent sign; short
  // names are percent-encoding (%C3%A9), not placeholders
  private static final Pattern CANDIDATE = Pattern.compile("%([A-Za-z_]{4,})(%?)");

  private Placeholders() {}

  /**
   * Replaces every placeholder in a text with its value for an address.
   *
   * @param text the text, for example {@code %EMAILLOCALPART%}
   * @param emailAddress the user's address, {@code local@domain}
   * @param realName the user's name for {@code %REALNAME%}, or null to leave that placeholder
   * @return the filled text
   * @throws IllegalArgumentException when the address has no local part or domain
   */
  public static String fill(String text, String emailAddress, @Nullable String realName) {
    Objects.requireNonNull(text, "text");
    int at = checkedAt(emailAddress);
    String filled =
        text.replace(Placeholder.EMAILADDRESS.token(), emailAddress)
            .replace(Placeholder.EMAILLOCALPART.token(), emailAddress.substring(0, at))
            .replace(Placeholder.EMAILDOMAIN.token(), emailAddress.substring(at + 1));
    return realName == null ? filled : filled.replace(Placeholder.REALNAME.token(), realName);
  }

  /**
   * Checks that a string is an address with a local part and a domain.
   *
   * @param emailAddress the address
   * @return the index of its last {@code @}
   * @throws IllegalArgumentException when it is not such an address
   */
  static int checkedAt(String emailAddress) {
    Objects.requireNonNull(emailAddress, "emailAddress");
    int at = emailAddress.lastIndexOf('@');
    if (at <= 0 || at == emailAddress.length() - 1 || !emailAddress.strip().equals(emailAddress)) {
      throw new IllegalArgumentException(
          "'" + emailAddress + "' is not an e-mail address of the form local@domain");
    }
    return at;
  }

  /**
   * Lists the placeholders a text uses correctly.
   *
   * @param text the text
   * @return the placeholders in order of first use, each once; unmodifiable
   */
  public static List<Placeholder> used(String text) {
    List<Placeholder> used = new ArrayList<>();
    for (Placeholder p : Placeholder.values()) {
      int i = text.indexOf(p.token());
      if (i >= 0) {
        used.add(p);
      }
    }
    used.sort((a, b) -> Integer.compare(text.indexOf(a.token()), text.indexOf(b.token())));
    return Collections.unmodifiableList(used);
  }

  /**
   * Finds what looks like a placeholder but would not be filled.
   *
   * @param text the text
   * @param customNames names the document declares itself ({@code inputField key}), upper case
   * @return the problems in text order; unmodifiable, empty when there are none
   */
  public static List<PlaceholderProblem> problems(String text, Set<String> customNames) {
    List<PlaceholderProblem> problems = new ArrayList<>();
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      boolean closed = !m.group(2).isEmpty();
      if (closed && (isKnown(name) || customNames.contains(name))) {
        continue;
      }
      Placeholder meant = meant(name);
      if (meant == null) {
        continue; // %Something% that is no placeholder at all, for example in a URL
      }
      String reason;
      if (!closed) {
        reason = "the closing percent sign is missing";
      } else if (meant.name().equalsIgnoreCase(name)) {
        reason = "placeholders are upper case";
      } else {
        reason = "there is no placeholder %" + name + "%";
      }
      problems.add(new PlaceholderProblem(m.group(), meant.token(), reason));
    }
    return Collections.unmodifiableList(problems);
  }

  private static boolean isKnown(String name) {
    for (Placeholder p : Placeholder.values()) {
      if (p.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The placeholder a near-miss name stands for, or null when it resembles none. */
  private static @Nullable Placeholder meant(String name) {
    String n = name.toUpperCase(Locale.ROOT).replace("_", "");
    for (Placeholder p : Placeholder.values()) {
      if (p.name().equals(n)) {
        return p;
      }
    }
    if (n.contains("LOCAL")) {
      return Placeholder.EMAILLOCALPART;
    }
    if (n.contains("DOMAIN")) {
      return Placeholder.EMAILDOMAIN;
    }
    if (n.contains("REAL") || n.equals("NAME") || n.equals("FULLNAME")) {
      return Placeholder.REALNAME;
    }
    if (n.contains("MAIL") || n.contains("ADDRESS") || n.startsWith("USER")) {
      return Placeholder.EMAILADDRESS;
    }
    return null;
  }
}
