package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The safe defaults: no DTD, no entities, no file or network access, bounded work; typed errors with positions. */
class HostileInputTest {
  private static final String BODY =
      "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">"
          + "<Response xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a\">"
          + "<Account><Action>settings</Action><Protocol><Type>IMAP</Type><Server>%s</Server></Protocol>"
          + "</Account></Response></Autodiscover>";

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void startLoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = "<!ENTITY x 'leaked'>".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private String loopback(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static AutodiscoverException rejected(String xml) {
    return assertThrows(AutodiscoverException.class, () -> Autodiscover.parse(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aBareDoctypeIsRejectedWithItsPosition() {
    AutodiscoverException e = rejected("<?xml version=\"1.0\"?>\n<!DOCTYPE Autodiscover>\n" + BODY.formatted("x"));
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    assertEquals(2, e.line());
    assertTrue(e.column() > 0);
  }

  @Test
  void anInternalEntityIsRejected() {
    rejected("<!DOCTYPE Autodiscover [<!ENTITY host 'evil.example'>]>" + BODY.formatted("&host;"));
  }

  @Test
  void anExternalFileEntityIsRejectedAndTheFileIsNotRead(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
    AutodiscoverException e = rejected("<!DOCTYPE Autodiscover [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
        + BODY.formatted("&s;"));
    assertFalse(e.getMessage().contains("TOP-SECRET-VALUE"));
  }

  @Test
  void anExternalHttpEntityMakesNoConnection() {
    rejected("<!DOCTYPE Autodiscover [<!ENTITY s SYSTEM \"" + loopback("/entity") + "\">]>" + BODY.formatted("&s;"));
    assertEquals(0, requests.get());
  }

  @Test
  void anExternalDtdAndParameterEntitiesMakeNoConnection() {
    rejected("<!DOCTYPE Autodiscover SYSTEM \"" + loopback("/dtd") + "\">" + BODY.formatted("x"));
    rejected("<!DOCTYPE Autodiscover [<!ENTITY % p SYSTEM \"" + loopback("/param") + "\"> %p;]>" + BODY.formatted("x"));
    assertEquals(0, requests.get());
  }

  @Test
  void billionLaughsIsRejected() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE Autodiscover [<!ENTITY l0 'lol'>");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" '");
      for (int k = 0; k < 10; k++) {
        dtd.append("&l").append(i - 1).append(';');
      }
      dtd.append("'>");
    }
    rejected(dtd.append("]>").append(BODY.formatted("&l10;")).toString());
  }

  @Test
  void deepNestingStopsAtTheDepthLimit() {
    String deep = "<a>".repeat(10_000) + "</a>".repeat(10_000);
    AutodiscoverException e = rejected(BODY.formatted("x").replace("<Type>", deep + "<Type>"));
    assertTrue(e.getMessage().contains("maxDepth"), e.getMessage());
  }

  @Test
  void inputOverTheSizeLimitIsNotParsed() {
    ParseOptions small = ParseOptions.builder().maxInputBytes(100).build();
    AutodiscoverException e = assertThrows(AutodiscoverException.class,
        () -> Autodiscover.parse(BODY.formatted("x").getBytes(StandardCharsets.UTF_8), small));
    assertTrue(e.getMessage().contains("maxInputBytes"), e.getMessage());
    assertEquals(-1, e.line());
  }

  @Test
  void tooManyElementsAndTooMuchTextAreRejected() {
    String many = BODY.formatted("x").replace("<Type>IMAP</Type>", "<X/>".repeat(200) + "<Type>IMAP</Type>");
    ParseOptions fewElements = ParseOptions.builder().maxElements(100).build();
    AutodiscoverException e1 = assertThrows(AutodiscoverException.class, () -> Autodiscover.parse(many, fewElements));
    assertTrue(e1.getMessage().contains("maxElements"), e1.getMessage());

    ParseOptions shortText = ParseOptions.builder().maxTextLength(1000).build();
    AutodiscoverException e2 = assertThrows(AutodiscoverException.class,
        () -> Autodiscover.parse(BODY.formatted("h".repeat(5000)), shortText));
    assertTrue(e2.getMessage().contains("maxTextLength"), e2.getMessage());
  }

  @Test
  void nonAutodiscoverBodiesAreRejectedWithAReason() {
    assertTrue(rejected("<html><body>Sign in</body></html>").getMessage().contains("root element is <html>"));
    assertTrue(rejected("{\"Protocol\":\"AutodiscoverV1\"}").getMessage().contains("not well-formed"));
    assertTrue(rejected("").getMessage().contains("empty"));
    assertTrue(rejected("<Foo xmlns=\"urn:x\"/>").getMessage().contains("root element is <Foo>"));
  }

  @Test
  void invalidUtf8IsRejectedWithItsPosition() {
    byte[] good = BODY.formatted("imap.example.com").getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 2];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = (byte) 0xC3;
    bad[good.length + 1] = (byte) 0x28;
    AutodiscoverException e = assertThrows(AutodiscoverException.class, () -> Autodiscover.parse(bad));
    assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    assertTrue(e.line() > 0);
  }

  @Test
  void utf16WithAndWithoutByteOrderMarkIsRead() throws AutodiscoverException {
    String xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?>" + BODY.formatted("zoë.example.com");
    byte[] le = xml.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = ("\uFEFF" + xml).getBytes(StandardCharsets.UTF_16BE);
    assertEquals("zoë.example.com", Autodiscover.parse(le).protocols().get(0).getServer());
    assertEquals("zoë.example.com", Autodiscover.parse(withBom).protocols().get(0).getServer());
  }

  /**
   * Regression: an XML 1.1 document parsed, but a control character it carried ({@code &#x1;}) made writing it
   * fail, and under 1.1 the JDK reported namespace declarations as attributes, so the rewrite bound the reserved
   * {@code xmlns} prefix and its own reader rejected it.
   */
  @Test
  void xml11IsRejectedBecauseItsDocumentsCannotBeWrittenBackAsXml10() {
    AutodiscoverException e = rejected("<?xml version=\"1.1\"?>\n" + BODY.formatted("a&#x1;b"));
    assertTrue(e.getMessage().contains("XML version 1.1 is not supported"), e.getMessage());
    assertEquals(1, e.line());
    rejected("\n<?xml version=\"1.1\"?>" + BODY.formatted("a\u0085b"));
  }

  /** Regression (found by the parse fuzz target): the JDK says column 0 for a character right after a CR. */
  @Test
  void aBadCharacterRightAfterACarriageReturnIsInColumnOne() {
    AutodiscoverException e = rejected("<Autodiscover xmlns=\"urn:x\r\u0000\"/>");
    assertEquals(2, e.line());
    assertEquals(1, e.column());
    assertTrue(e.getMessage().endsWith("(line 2, column 1)"), e.getMessage());
  }

  /**
   * Regression (found by the round-trip fuzz target): the JDK parser lets {@code <:name>} and {@code :name="v"}
   * through, and JAXB's DOM for unknown elements then threw a DOMException that surfaced as "could not be bound"
   * without a position.
   */
  @Test
  void namesWithAnEmptyPrefixAreRejectedWithTheirPosition() {
    AutodiscoverException element = rejected(BODY.formatted("<:ccount>x</:ccount>"));
    assertTrue(element.getMessage().startsWith("element name ':ccount' is not a valid namespace-qualified name"),
        element.getMessage());
    assertEquals(1, element.line());
    AutodiscoverException attribute = rejected(BODY.formatted("x").replace("<Protocol>", "<Protocol :Type='x'>"));
    assertTrue(attribute.getMessage().startsWith("attribute name ':Type' of <Protocol> is not"), attribute.getMessage());
  }

  @Test
  void xsiAttributesAreDroppedSoTheyCannotSteerBinding() throws AutodiscoverException {
    String xml = BODY.formatted("x").replace("<Protocol>",
        "<Protocol xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"User\">");
    AutodiscoverDocument doc = Autodiscover.parse(xml);
    assertEquals("IMAP", doc.protocols().get(0).getType());
    assertTrue(doc.problems().stream().anyMatch(p -> p.message().contains("xsi:type")), doc.problems().toString());
  }

  @Test
  void everyTruncationOfARealResponseEndsInTheLibrarysException() throws IOException {
    byte[] full = Files.readAllBytes(Path.of("src/test/resources/samples/exchange-2013-settings.xml"));
    int parsed = 0;
    for (int length = 0; length < full.length; length++) {
      byte[] cut = java.util.Arrays.copyOf(full, length);
      try {
        Autodiscover.parse(cut);
        parsed++;
      } catch (AutodiscoverException expected) {
        // the only acceptable failure
      }
    }
    // only a cut inside the trailing new line can still be a whole document
    assertTrue(parsed <= 2, "parsed " + parsed + " truncations");
  }
}
