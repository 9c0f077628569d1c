package io.github.autodiscover4j.autoconfig;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.ParseOptions;
import io.github.autodiscover4j.internal.TestParsers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The autoconfig front door: every way in gives the same document, and bad input fails safely. */
class AutoconfigFrontDoorTest {
  private static final Path SAMPLE = AutoconfigSamplesTest.SAMPLES.resolve("bigmail-oauth2.xml");

  @Test
  void everyWayInGivesTheSameDocument() throws IOException {
    byte[] bytes = Files.readAllBytes(SAMPLE);
    String text = new String(bytes, StandardCharsets.UTF_8);
    AutoconfigDocument fromBytes = Autoconfig.parse(bytes);
    assertEquals(fromBytes, Autoconfig.parse(text));
    assertEquals(fromBytes, Autoconfig.parse(new StringReader(text)));
    assertEquals(fromBytes, Autoconfig.parse(new ByteArrayInputStream(bytes)));
    assertEquals(fromBytes, Autoconfig.parse(SAMPLE));
    assertEquals(fromBytes, Autoconfig.parse(SAMPLE, ParseOptions.defaults()));
    assertEquals(fromBytes.hashCode(), Autoconfig.parse(SAMPLE).hashCode());
  }

  @Test
  void everyWayOutWritesTheSameBytes() throws IOException {
    AutoconfigDocument doc = Autoconfig.parse(SAMPLE);
    byte[] bytes = Autoconfig.toBytes(doc);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Autoconfig.write(doc.root(), out);
    assertArrayEquals(bytes, out.toByteArray());
    assertArrayEquals(bytes, Autoconfig.toXml(doc).getBytes(StandardCharsets.UTF_8));
    assertTrue(Autoconfig.toXml(doc).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"));
    assertTrue(Autoconfig.toXml(doc).contains("\n  <emailProvider id=\"bigmail.example\">"));
  }

  @Test
  void aDoctypeIsRefused() {
    AutodiscoverException e =
        assertThrows(
            AutodiscoverException.class,
            () ->
                Autoconfig.parse(
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE clientConfig [<!ENTITY x \"y\">]>\n"
                        + "<clientConfig><emailProvider id=\"&x;\"/></clientConfig>"));
    assertTrue(
        e.getMessage().contains("DOCTYPE is not allowed in an autoconfig document"),
        e.getMessage());
    assertEquals(2, e.line());
  }

  @Test
  void anInputEndingInsideADoctypeSaysWhereItEnded() {
    // found by the fuzz target: the JDK parser reports no location for this one. A DOCTYPE first
    // is refused before the parser sees it; behind a processing instruction the parser reads it
    AutodiscoverException first =
        assertThrows(
            AutodiscoverException.class, () -> Autoconfig.parse("<!DOCTYPE x[[[[\n</l>\n"));
    assertEquals(AutodiscoverException.Kind.FORBIDDEN, first.kind());
    assertEquals(1, first.line());
    AutodiscoverException e =
        assertThrows(
            AutodiscoverException.class, () -> Autoconfig.parse("<?pi x?><!DOCTYPE x[[[[\n</l>\n"));
    assertEquals(AutodiscoverException.Kind.NOT_WELL_FORMED, e.kind());
    // the JDK's parser reads on to the end; Woodstox stops at the '[' no internal subset may hold
    assertEquals(TestParsers.onWoodstoxElse(1, 3), e.line());
    assertEquals(TestParsers.onWoodstoxElse(21, 1), e.column());
  }

  @Test
  void anotherRootIsNamed() {
    AutodiscoverException e =
        assertThrows(
            AutodiscoverException.class,
            () ->
                Autoconfig.parse(
                    "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/"
                        + "responseschema/2006\"/>"));
    assertTrue(
        e.getMessage()
            .startsWith(
                "not an autoconfig document: the root element is <Autodiscover> in namespace"),
        e.getMessage());
  }

  @Test
  void anXhtmlRootIsAnHtmlPage() {
    AutodiscoverException e =
        assertThrows(
            AutodiscoverException.class,
            () ->
                Autoconfig.parse(
                    "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"/>"));
    assertTrue(
        e.getMessage().startsWith("an HTML page, not an autoconfig document"), e.getMessage());
  }

  @Test
  void malformedXmlSaysWhere() {
    AutodiscoverException e =
        assertThrows(
            AutodiscoverException.class,
            () -> Autoconfig.parse("<clientConfig>\n  <emailProvider>\n</clientConfig>"));
    assertTrue(e.getMessage().startsWith("not well-formed XML"), e.getMessage());
    assertEquals(3, e.line());
  }

  @Test
  void theLimitsApply() {
    ParseOptions small = ParseOptions.builder().maxDepth(3).build();
    AutodiscoverException e =
        assertThrows(
            AutodiscoverException.class,
            () ->
                Autoconfig.parse(
                    "<clientConfig><emailProvider><incomingServer><hostname>h</hostname>"
                        + "</incomingServer></emailProvider></clientConfig>",
                    small));
    assertTrue(e.getMessage().contains("ParseOptions.maxDepth"), e.getMessage());
    ParseOptions tiny = ParseOptions.builder().maxInputBytes(10).build();
    assertThrows(
        AutodiscoverException.class,
        () ->
            Autoconfig.parse(
                "<clientConfig version=\"1.1\"/>".getBytes(StandardCharsets.UTF_8), tiny));
  }

  @Test
  void emptyInputIsAnError() {
    AutodiscoverException e =
        assertThrows(AutodiscoverException.class, () -> Autoconfig.parse("  "));
    assertEquals("an empty body, not an autoconfig document", e.getMessage());
    assertEquals(AutodiscoverException.Kind.EMPTY, e.kind());
  }

  @Test
  void strayTextIsDroppedAndReported() throws IOException {
    AutoconfigDocument doc =
        Autoconfig.parse(
            "<clientConfig version=\"1.1\">oops<emailProvider id=\"a\"/></clientConfig>");
    assertEquals(1, doc.problems().size());
    assertTrue(doc.problems().get(0).message().startsWith("stray text 'oops'"));
    assertEquals(Optional.of("a"), doc.providerId());
  }

  @Test
  void contentIsDetectedByItsRoot() {
    assertTrue(
        Autoconfig.isAutoconfig(
            "<?xml version=\"1.0\"?><clientConfig/>".getBytes(StandardCharsets.UTF_8)));
    assertTrue(
        Autoconfig.isAutoconfig(
            "\uFEFF<!-- hi --><CLIENTCONFIG/>".getBytes(StandardCharsets.UTF_8)));
    assertFalse(Autoconfig.isAutoconfig("<Autodiscover/>".getBytes(StandardCharsets.UTF_8)));
    assertFalse(Autoconfig.isAutoconfig(new byte[0]));
  }

  @Test
  void fillingNeedsAnAddress() throws IOException {
    AutoconfigDocument doc = Autoconfig.parse(SAMPLE);
    assertThrows(IllegalArgumentException.class, () -> doc.filledFor("alice"));
    assertThrows(IllegalArgumentException.class, () -> doc.filledFor("alice@"));
    assertThrows(IllegalArgumentException.class, () -> doc.filledFor("@example.com"));
  }

  @Test
  void fillingEscapesWhatItWrites() throws IOException {
    AutoconfigDocument doc =
        Autoconfig.parse(
            "<clientConfig><emailProvider id=\"x\"><displayName>%REALNAME%</displayName>"
                + "<incomingServer type=\"imap\"><username>%EMAILADDRESS%</username>"
                + "</incomingServer></emailProvider></clientConfig>");
    AutoconfigDocument filled = doc.filledFor("a&b@example.com", "Tom <Tim> \"T\"");
    assertEquals(Optional.of("a&b@example.com"), filled.incomingServers().get(0).username());
    assertEquals(Optional.of("Tom <Tim> \"T\""), filled.displayName());
    assertEquals(Optional.of("%REALNAME%"), doc.filledFor("a@b.example").displayName());
  }

  @Test
  void placeholderHelpersWorkOnPlainText() {
    assertEquals("alice", Placeholders.fill("%EMAILLOCALPART%", "alice@example.com", null));
    assertEquals(
        List.of(Placeholder.EMAILLOCALPART, Placeholder.EMAILDOMAIN),
        Placeholders.used("%EMAILLOCALPART%@imap.%EMAILDOMAIN%"));
    assertEquals(
        List.of(), Placeholders.problems("https://x.example/%C3%A9?q=%20", java.util.Set.of()));
    assertEquals(
        "%REALNAME%", Placeholders.problems("%FULL_NAME%", java.util.Set.of()).get(0).suggestion());
  }

  @Test
  void typedValuesReadLeniently() {
    assertEquals(SocketType.SSL, SocketType.parse(" ssl\n"));
    assertEquals(SocketType.UNKNOWN, SocketType.parse("TLS"));
    assertEquals(SocketType.UNKNOWN, SocketType.parse(null));
    assertEquals(
        AutoconfigAuthentication.PASSWORD_ENCRYPTED, AutoconfigAuthentication.parse("secure"));
    assertEquals(AutoconfigAuthentication.OAUTH2, AutoconfigAuthentication.parse("oauth2"));
    assertEquals(AutoconfigAuthentication.UNKNOWN, AutoconfigAuthentication.parse("xoauth2"));
    assertTrue(AutoconfigAuthentication.NTLM.isCanonical(" NTLM "));
    assertFalse(AutoconfigAuthentication.NTLM.isCanonical("ntlm"));
  }
}
