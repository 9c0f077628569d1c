package io.github.autodiscover4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the command line removes before it prints text a server chose. */
class TerminalTest {
  @Test
  void escapeSequencesGoWhole() {
    assertEquals("ab", Terminal.clean("a\u001b[2Jb")); // clear screen
    assertEquals("ab", Terminal.clean("a\u001b[38;5;196mb")); // colour
    assertEquals("ab", Terminal.clean("a\u001b]0;pwned\u0007b")); // window title, BEL-terminated
    assertEquals("ab", Terminal.clean("a\u001b]8;;https://evil.test\u001b\\b")); // hyperlink, ST
    assertEquals("ab", Terminal.clean("a\u009b2Jb")); // C1 CSI
    assertEquals("ab", Terminal.clean("a\u009d0;t\u009cb")); // C1 OSC ... ST
    assertEquals("ab", Terminal.clean("a\u001bcb")); // reset: ESC and one character
  }

  @Test
  void controlCharactersGoButTabAndNewlineStay() {
    assertEquals("a\tb\nc", Terminal.clean("a\tb\r\nc\u0000\u0008\u007f\u0085"));
    assertEquals("evil.test/txt.exe", Terminal.clean("evil.test/\u202etxt.exe"));
  }

  @Test
  void anUnterminatedSequenceEndsTheText() {
    assertEquals("a", Terminal.clean("a\u001b]0;never ends"));
    assertEquals("a", Terminal.clean("a\u001b["));
    assertEquals("a", Terminal.clean("a\u001b"));
  }
}
