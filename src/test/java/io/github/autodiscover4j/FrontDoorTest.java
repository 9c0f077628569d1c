package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.model.ResponseContent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way in reads the same document the same way, within the same limits; every way out writes
 * the same text.
 */
class FrontDoorTest {
  private static final String SAMPLE = "exchange-2013-settings.xml";

  @Test
  void everyInputFormGivesTheSameModel(@TempDir Path dir) throws IOException {
    byte[] bytes = HostileCorpus.sample(SAMPLE);
    String text = new String(bytes, StandardCharsets.UTF_8);
    Object expected = Autodiscover.parse(bytes).root();
    assertEquals(expected, Autodiscover.parse(new ByteArrayInputStream(bytes)).root());
    assertEquals(expected, Autodiscover.parse(new StringReader(text)).root());
    assertEquals(expected, Autodiscover.parse(text).root());
    Path file = Files.write(dir.resolve("response.xml"), bytes);
    assertEquals(expected, Autodiscover.parse(file).root());
  }

  @Test
  void everyInputFormStopsAtTheSizeLimit(@TempDir Path dir) throws IOException {
    byte[] bytes = HostileCorpus.sample(SAMPLE);
    String text = new String(bytes, StandardCharsets.UTF_8);
    ParseOptions exact = ParseOptions.builder().maxInputBytes(bytes.length).build();
    ParseOptions oneShort = ParseOptions.builder().maxInputBytes(bytes.length - 1).build();
    ParseOptions oneShortOfText = ParseOptions.builder().maxInputBytes(text.length() - 1).build();
    Path file = Files.write(dir.resolve("response.xml"), bytes);
    // the sample is ASCII, so its size in bytes and in characters is the same
    assertEquals(bytes.length, text.length());
    assertEquals(DocumentKind.SETTINGS, Autodiscover.parse(bytes, exact).kind());
    assertEquals(
        DocumentKind.SETTINGS, Autodiscover.parse(new ByteArrayInputStream(bytes), exact).kind());
    assertEquals(DocumentKind.SETTINGS, Autodiscover.parse(new StringReader(text), exact).kind());
    assertEquals(DocumentKind.SETTINGS, Autodiscover.parse(text, exact).kind());
    assertEquals(DocumentKind.SETTINGS, Autodiscover.parse(file, exact).kind());
    for (ThrowingParse parse :
        new ThrowingParse[] {
          () -> Autodiscover.parse(bytes, oneShort),
          () -> Autodiscover.parse(new ByteArrayInputStream(bytes), oneShort),
          () -> Autodiscover.parse(new StringReader(text), oneShortOfText),
          () -> Autodiscover.parse(text, oneShortOfText),
          () -> Autodiscover.parse(file, oneShort)
        }) {
      AutodiscoverException e = assertThrows(AutodiscoverException.class, parse::run);
      assertTrue(
          e.getMessage().startsWith("input larger than " + (bytes.length - 1) + " bytes"),
          e.getMessage());
    }
  }

  private interface ThrowingParse {
    void run() throws IOException;
  }

  @Test
  void aStreamIsReadOnlyOneBytePastTheLimitAndNotClosed() throws IOException {
    HostileCorpus.EndlessDocument in = new HostileCorpus.EndlessDocument(10_000);
    ParseOptions small = ParseOptions.builder().maxInputBytes(1000).build();
    assertThrows(AutodiscoverException.class, () -> Autodiscover.parse(in, small));
    assertEquals(1001, in.bytesRead());
  }

  @Test
  void everyOutputFormWritesTheSameText() throws IOException {
    AutodiscoverDocument doc = Autodiscover.parse(HostileCorpus.sample(SAMPLE));
    String xml = Autodiscover.toXml(doc);
    assertArrayEquals(xml.getBytes(StandardCharsets.UTF_8), Autodiscover.toBytes(doc));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Autodiscover.write(doc, out); // flushed, so the bytes are there without closing
    assertEquals(xml, out.toString(StandardCharsets.UTF_8));
    StringWriter writer = new StringWriter();
    Autodiscover.write(doc.root(), writer);
    assertEquals(xml, writer.toString());
  }

  @Test
  void aFailingWriterSurfacesAsItsOwnIOException() {
    IOException broken = new IOException("disk full");
    java.io.Writer failing =
        new java.io.Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw broken;
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    IOException e =
        assertThrows(
            IOException.class,
            () -> Autodiscover.write(Autodiscover.outlookRequest("alice@example.com"), failing));
    assertEquals(broken, e);
  }

  @Test
  void eachKindOfResponseIsWrappedInTheEnvelope() throws AutodiscoverException {
    for (String sample :
        new String[] {"error-response-level-600.xml", "mobilesync-settings.xml", SAMPLE}) {
      AutodiscoverDocument doc = Autodiscover.parse(HostileCorpus.sample(sample));
      ResponseContent response =
          (ResponseContent)
              ((io.github.autodiscover4j.model.envelope.ResponseEnvelope) doc.root())
                  .getContent()
                  .get(0);
      assertEquals(Autodiscover.toXml(doc), Autodiscover.toXml(response), sample);
    }
    assertEquals(
        Autodiscover.toXml(Autodiscover.mobileSyncRequest("a@b")),
        Autodiscover.toXml(
            Autodiscover.parse(Autodiscover.toXml(Autodiscover.mobileSyncRequest("a@b"))).root()));
  }

  @Test
  void requestsCarryTheAddressTheyWereGiven() throws AutodiscoverException {
    assertEquals(
        "bob@example.com",
        Autodiscover.parse(Autodiscover.toXml(Autodiscover.mobileSyncRequest("bob@example.com")))
            .mobileSyncRequest()
            .orElseThrow()
            .getEMailAddress());
    // a character outside the BMP is two chars: the check must step over the pair, and only the
    // pair
    String astral = "\uD83D\uDE00@example.com";
    assertEquals(astral, Autodiscover.outlookRequest(astral).getRequest().getEMailAddress());
    IllegalArgumentException lone =
        assertThrows(
            IllegalArgumentException.class,
            () -> Autodiscover.outlookRequest("a\uD83D@example.com"));
    assertEquals("emailAddress holds U+D83D at index 1, which XML cannot carry", lone.getMessage());
    IllegalArgumentException last =
        assertThrows(
            IllegalArgumentException.class,
            () -> Autodiscover.outlookRequest("a@example.com\uD83D"));
    assertTrue(last.getMessage().contains("U+D83D at index 13"), last.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Autodiscover.outlookRequest("a\uFFFE@example.com"));
    assertEquals(
        "a\uFFFD\uE000\uD7FF\t@b",
        Autodiscover.outlookRequest("a\uFFFD\uE000\uD7FF\t@b").getRequest().getEMailAddress());
  }
}
