package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Without a byte order mark or a zero-byte pattern, the XML declaration decides, but only when it
 * names an ASCII-compatible charset; anything else, or a declaration that cannot be read, means
 * UTF-8.
 */
class DeclaredEncodingTest {
  /**
   * A request whose address holds one byte that is é in Latin-1, € in windows-1252 and invalid in
   * UTF-8.
   */
  private static byte[] request(String declaration, int highByte) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(declaration.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(
        ("<Autodiscover xmlns=\"" + Namespaces.OUTLOOK_REQUEST + "\"><Request><EMailAddress>a")
            .getBytes(StandardCharsets.US_ASCII));
    out.write(highByte);
    out.writeBytes(
        "@example.com</EMailAddress></Request></Autodiscover>".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static String address(byte[] bytes) throws AutodiscoverException {
    return Autodiscover.parse(bytes).outlookRequest().orElseThrow().getEMailAddress();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
        "<?xml version='1.0' encoding='latin1'?>",
        "<?xml version=\"1.0\" encoding = \" us-ascii \" ?>",
        "<?xml version=\"1.0\" encoding=\"ascii\"?>",
        "\n  <?xml version=\"1.0\" encoding=\"iso-8859-1\"?>",
      })
  void aLatin1DeclarationIsHonoured(String declaration) throws AutodiscoverException {
    assertEquals("a\u00E9@example.com", address(request(declaration, 0xE9)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"windows-1252", "CP1252"})
  void aWindows1252DeclarationIsHonoured(String name) throws AutodiscoverException {
    assertEquals(
        "a\u20AC@example.com",
        address(request("<?xml version=\"1.0\" encoding=\"" + name + "\"?>", 0x80)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<?xml version=\"1.0\" encoding=\"koi8-r\"?>", // not ASCII-compatible in the sense that
        // matters here
        "<?xml version=\"1.0\" encoding=\"utf-16\"?>", // what Exchange declares over UTF-8 bytes
        "<?xml version=\"1.0\"?>",
        "<?xml version=\"1.0\" encoding=iso-8859-1?>",
        "<?xml version=\"1.0\" encoding=\"iso-8859-1?>",
        "<?xml version=\"1.0\" encoding?>",
        "<?xml version=\"1.0\" encoding=\"\"?>",
        "",
      })
  void anythingElseMeansUtf8(String declaration) {
    AutodiscoverException e =
        assertThrows(AutodiscoverException.class, () -> address(request(declaration, 0xE9)));
    assertTrue(e.getMessage().startsWith("bytes that are not valid UTF-8"), e.getMessage());
    assertEquals(1, e.line());
  }

  @ParameterizedTest
  @ValueSource(ints = {150, 210})
  void onlyTheFirst200BytesAreSearchedForTheDeclaration(int padding) throws AutodiscoverException {
    byte[] bytes =
        request(" ".repeat(padding) + "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>", 0xE9);
    if (padding + 44 <= 200) {
      assertEquals("a\u00E9@example.com", address(bytes));
    } else {
      assertThrows(AutodiscoverException.class, () -> address(bytes));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8 bytes with a BOM", "UTF-8 bytes"})
  void utf8ReadsAsUtf8WhateverItDeclares(String form) throws AutodiscoverException {
    byte[] body =
        ("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><Autodiscover xmlns=\""
                + Namespaces.OUTLOOK_REQUEST
                + "\"><Request><EMailAddress>a\u00E9@b</EMailAddress></Request></Autodiscover>")
            .getBytes(StandardCharsets.UTF_8);
    if (form.contains("BOM")) {
      byte[] withBom = new byte[body.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(body, 0, withBom, 3, body.length);
      assertEquals("a\u00E9@b", address(withBom));
    } else {
      // the declaration says Latin-1 and is believed: the two UTF-8 bytes of é read as two
      // characters
      assertEquals("a\u00C3\u00A9@b", address(body));
    }
  }
}
