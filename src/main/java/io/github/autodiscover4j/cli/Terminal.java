package io.github.autodiscover4j.cli;

/**
 * Makes text a server sent safe to print on a terminal: escape sequences (CSI, OSC, and the
 * two-character ones, in their 7-bit and C1 forms) are removed whole, and every other control
 * character but tab and line feed (C0, DEL, C1) is removed. One pass, linear in the input.
 */
final class Terminal {
  private static final char ESC = 0x1b;
  private static final char BEL = 0x07;
  private static final char CSI = 0x9b;
  private static final char OSC = 0x9d;
  private static final char ST = 0x9c;

  private Terminal() {}

  /** Returns the text without escape sequences and control characters (tab and newline kept). */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if ((c == ESC && i + 1 < n && text.charAt(i + 1) == '[') || c == CSI) {
        i = skipCsi(text, i + (c == CSI ? 1 : 2));
      } else if ((c == ESC && i + 1 < n && text.charAt(i + 1) == ']') || c == OSC) {
        i = skipString(text, i + (c == OSC ? 1 : 2));
      } else if (c == ESC) {
        i = Math.min(n, i + 2); // ESC and the one character that completes it
      } else if (isControl(c)) {
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Skips a CSI sequence's parameters and intermediates up to and including its final byte. */
  private static int skipCsi(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i++);
      if (c >= 0x40 && c <= 0x7e) {
        return i;
      }
      if (c < 0x20) {
        return i; // not a CSI sequence after all: end it here
      }
    }
    return i;
  }

  /** Skips an OSC string up to BEL, ST or ESC \. */
  private static int skipString(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i++);
      if (c == BEL || c == ST) {
        return i;
      }
      if (c == ESC) {
        return i < text.length() && text.charAt(i) == '\\' ? i + 1 : i;
      }
    }
    return i;
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n')
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e) // bidirectional embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069); // bidirectional isolates
  }
}
