package io.github.autodiscover4j.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * An Exchange server version decoded from {@code ServerVersion}: eight hexadecimal digits packing a
 * 32-bit value whose bits, most significant first, are 4 ignored bits, 6 bits major version, 6 bits
 * minor version, 1 flag bit and 15 bits build number. {@code 738180DA} is 14.1.218 (Exchange 2010
 * SP1). Immutable.
 *
 * @param major the major version (8 Exchange 2007, 14 Exchange 2010, 15 Exchange 2013 and later)
 * @param minor the minor version (for 15: 0 is 2013, 1 is 2016, 2 is 2019)
 * @param build the major build number
 */
public record ServerVersion(int major, int minor, int build) {
  /**
   * Decodes a {@code ServerVersion} value.
   *
   * @param hex the element's text, for example {@code 73C18880}
   * @return the version, or empty when the text is not 1 to 8 hexadecimal digits
   */
  public static Optional<ServerVersion> decode(String hex) {
    Objects.requireNonNull(hex, "hex");
    String s = hex.strip();
    if (s.isEmpty() || s.length() > 8) {
      return Optional.empty();
    }
    long value;
    try {
      value = Long.parseLong(s, 16);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    int major = (int) ((value >>> 22) & 0x3F);
    int minor = (int) ((value >>> 16) & 0x3F);
    int build = (int) (value & 0x7FFF);
    return Optional.of(new ServerVersion(major, minor, build));
  }

  /** Returns for example {@code 15.1.2176}. */
  @Override
  public String toString() {
    return major + "." + minor + "." + build;
  }
}
