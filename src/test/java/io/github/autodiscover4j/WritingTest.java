package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.model.outlook.Account;
import io.github.autodiscover4j.model.outlook.OutlookResponse;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.value.IntValue;
import io.github.autodiscover4j.value.OnOff;
import io.github.autodiscover4j.value.OnOffSetting;
import io.github.autodiscover4j.value.OnOffValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Canonical writing and request building. */
class WritingTest {
  @Test
  void anOutlookRequestIsWrittenTheWayExchangeExpectsIt() {
    String xml = Autodiscover.toXml(Autodiscover.outlookRequest("alice@example.com"));
    assertEquals(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006\">\n"
            + "  <Request>\n"
            + "    <EMailAddress>alice@example.com</EMailAddress>\n"
            + "    <AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>\n"
            + "  </Request>\n"
            + "</Autodiscover>\n",
        xml);
  }

  @Test
  void requestsByLegacyDnAndForMobileSyncReadBackAsWhatTheyAre() throws AutodiscoverException {
    AutodiscoverDocument byDn =
        Autodiscover.parse(
            Autodiscover.toXml(
                Autodiscover.outlookRequestByLegacyDn(
                    "/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=alice")));
    assertEquals(DocumentKind.OUTLOOK_REQUEST, byDn.kind());
    assertEquals(
        "/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=alice",
        byDn.outlookRequest().orElseThrow().getLegacyDN());

    AutodiscoverDocument mobile =
        Autodiscover.parse(Autodiscover.toXml(Autodiscover.mobileSyncRequest("bob@example.com")));
    assertEquals(DocumentKind.MOBILE_SYNC_REQUEST, mobile.kind());
    assertEquals(
        Namespaces.MOBILE_SYNC_RESPONSE,
        mobile.mobileSyncRequest().orElseThrow().getAcceptableResponseSchema());
  }

  @Test
  void everyValueIsEscaped() throws AutodiscoverException {
    String address = "\"o'hara\" <a&b>@example.com";
    String xml = Autodiscover.toXml(Autodiscover.outlookRequest(address));
    assertTrue(
        xml.contains("<EMailAddress>\"o'hara\" &lt;a&amp;b&gt;@example.com</EMailAddress>"), xml);
    assertEquals(address, Autodiscover.parse(xml).outlookRequest().orElseThrow().getEMailAddress());
  }

  @Test
  void requestBuildersRefuseWhatXmlCannotCarry() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Autodiscover.outlookRequest("alice\u0000@example.com"));
    assertTrue(e.getMessage().contains("U+0000"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Autodiscover.mobileSyncRequest("  "));
    assertThrows(NullPointerException.class, () -> Autodiscover.outlookRequestByLegacyDn(null));
  }

  /**
   * Regression: the check stepped onto the character after a lone high surrogate and reported its
   * index.
   */
  @Test
  void aLoneSurrogateIsReportedAtItsOwnIndex() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Autodiscover.outlookRequest("a\uD83Dx@example.com"));
    assertEquals("emailAddress holds U+D83D at index 1, which XML cannot carry", e.getMessage());
  }

  @Test
  void theWriterRefusesControlCharactersInAModel() {
    io.github.autodiscover4j.model.request.OutlookRequestEnvelope request =
        Autodiscover.outlookRequest("alice@example.com");
    request.getRequest().setEMailAddress("bell\u0007@example.com");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Autodiscover.toXml(request));
    assertTrue(e.getMessage().contains("U+0007"), e.getMessage());
  }

  @Test
  void aResponseBuiltInCodeIsWrappedInTheEnvelopeAndReadsBack() throws IOException {
    Protocol smtp = new Protocol();
    smtp.setType("SMTP");
    smtp.setServer("smtp.example.com");
    smtp.setPort(IntValue.of(587));
    smtp.setEncryption("TLS");
    smtp.setSMTPLast(OnOffValue.of(OnOff.ON));
    Account account = new Account();
    account.setAccountType("email");
    account.setAction("settings");
    account.getProtocol().add(smtp);
    OutlookResponse response = new OutlookResponse();
    response.getAccount().add(account);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Autodiscover.write(response, out);
    String xml = out.toString(StandardCharsets.UTF_8);
    assertTrue(xml.contains("<Autodiscover xmlns=\"" + Namespaces.RESPONSE + "\">"), xml);
    assertTrue(xml.contains("<Response xmlns=\"" + Namespaces.OUTLOOK_RESPONSE + "\">"), xml);
    assertTrue(xml.contains("<SMTPLast>on</SMTPLast>"), xml);

    AutodiscoverDocument doc = Autodiscover.parse(xml);
    assertEquals(DocumentKind.SETTINGS, doc.kind());
    assertEquals(OnOffSetting.State.ON, doc.protocols("smtp").get(0).smtpLast().state());
    assertEquals(587, doc.protocols("SMTP").get(0).getPort().value().getAsInt());
  }

  @Test
  void rewritingUsesCanonicalNamesNamespacesAndLowerCaseValues() throws IOException {
    AutodiscoverDocument doc =
        Autodiscover.parse(
            Path.of("src/test/resources/samples/lenient-case-insensitive-names.xml"));
    String xml = Autodiscover.toXml(doc);
    assertFalse(xml.contains("ns2:") || xml.contains("ns1:"), xml);
    assertTrue(xml.contains("<SMTPLast>"), xml);
    assertFalse(
        xml.contains("<smtplast>") || xml.contains("<PROTOCOL>") || xml.contains("EWSUrl"), xml);
    assertFalse(xml.contains(">On<") || xml.contains(">OFF<"), xml);
  }

  /**
   * Regression: an unknown element in the XML namespace ({@code <xml:Hint>}) parsed, but the writer
   * declared that namespace as the default one, which XML forbids, so its own reader rejected the
   * rewrite.
   */
  @Test
  void anElementInTheXmlNamespaceKeepsItsPredeclaredPrefix() throws AutodiscoverException {
    AutodiscoverDocument doc =
        Autodiscover.parse(
            "<Autodiscover xmlns=\""
                + Namespaces.RESPONSE
                + "\"><Response xmlns=\""
                + Namespaces.OUTLOOK_RESPONSE
                + "\"><Account><Action>settings</Action><xml:Hint xml:lang=\"en\"><Inner>x</Inner></xml:Hint>"
                + "</Account></Response></Autodiscover>");
    String xml = Autodiscover.toXml(doc);
    assertTrue(xml.contains("<xml:Hint xml:lang=\"en\">"), xml);
    assertTrue(xml.contains("<Inner>x</Inner>") && xml.contains("</xml:Hint>"), xml);
    assertEquals(doc.root(), Autodiscover.parse(xml).root());
  }
}
