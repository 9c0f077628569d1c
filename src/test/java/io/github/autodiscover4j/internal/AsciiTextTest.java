package io.github.autodiscover4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The in-place text of an ASCII document reads as the {@code String} it stands for would. */
class AsciiTextTest {
  private static final byte[] BYTES =
      "\uFEFF<?xml version='1.0'?><a>text</a>".getBytes(StandardCharsets.UTF_8);

  @Test
  void anAsciiDocumentIsReadInPlaceAndAnyOtherDecoded() throws Exception {
    byte[] ascii = "<a>text</a>".getBytes(StandardCharsets.US_ASCII);
    assertInstanceOf(AsciiText.class, TextInput.text(ascii, ascii.length));
    byte[] latin = "<a>caf\u00e9</a>".getBytes(StandardCharsets.UTF_8);
    assertInstanceOf(String.class, TextInput.text(latin, latin.length));
    // after a UTF-8 byte order mark, the rest in place
    CharSequence text = TextInput.text(BYTES, BYTES.length);
    assertInstanceOf(AsciiText.class, text);
    assertEquals("<?xml version='1.0'?><a>text</a>", text.toString());
  }

  @Test
  void charactersLengthAndPartsAreTheStringsOwn() {
    String expected = "<a>text</a>";
    AsciiText text =
        new AsciiText(("xx" + expected + "yy").getBytes(StandardCharsets.US_ASCII), 2, 13, false);
    assertEquals(expected.length(), text.length());
    for (int i = 0; i < expected.length(); i++) {
      assertEquals(expected.charAt(i), text.charAt(i));
    }
    assertEquals("text", text.subSequence(3, 7).toString());
    assertEquals("", text.subSequence(5, 5).toString());
    assertThrows(IndexOutOfBoundsException.class, () -> text.charAt(11));
    assertThrows(IndexOutOfBoundsException.class, () -> text.charAt(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> text.subSequence(4, 12));
    assertThrows(IndexOutOfBoundsException.class, () -> text.subSequence(5, 4));
  }

  @Test
  void itsReaderGivesEveryCharacterOnceThenTheEnd() throws IOException {
    AsciiText text =
        new AsciiText("-<a>text</a>-".getBytes(StandardCharsets.US_ASCII), 1, 12, false);
    try (Reader r = text.reader()) {
      assertEquals('<', r.read());
      char[] buffer = new char[4];
      assertEquals(0, r.read(buffer, 0, 0));
      assertEquals(4, r.read(buffer, 0, 4));
      assertEquals("a>te", new String(buffer));
      assertEquals(3, r.read(buffer, 1, 3));
      assertEquals("axt<", new String(buffer));
      assertEquals(3, r.read(buffer, 0, 4));
      assertEquals("/a>", new String(buffer, 0, 3));
      assertEquals(-1, r.read(buffer, 0, 4));
      assertEquals(-1, r.read());
    }
  }

  @Test
  void findsAPartWhereTheStringWould() {
    String whole = "x<?xml version='1.0' encoding=\"caf\u00e9\"?>\n<?xml?><a/>?>y";
    // Latin-1 bytes, one per character, as a view past the first byte and before the last
    AsciiText text =
        new AsciiText(whole.getBytes(StandardCharsets.ISO_8859_1), 1, whole.length() - 1, false);
    String expected = whole.substring(1, whole.length() - 1);
    for (String part :
        new String[] {"<?xml", "?>", "encoding", "y", "x", "\u00e9", "?><a", "zz", ""}) {
      for (int from = -2; from <= expected.length() + 2; from++) {
        assertEquals(
            expected.indexOf(part, from), text.indexOf(part, from), part + " from " + from);
        assertEquals(
            expected.indexOf(part, from),
            BodyKind.indexOf(text, part, from),
            part + " from " + from);
      }
    }
  }
}
