package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A Response written without its payload namespace is recognised by what it holds. */
class NamespaceInferenceTest {
  @Test
  void aSettingsResponseLeftInTheEnvelopeNamespaceIsReadAsOutlookSettings() throws IOException {
    AutodiscoverDocument doc =
        Autodiscover.parse(
            Path.of("src/test/resources/samples/lenient-response-in-envelope-namespace.xml"));
    assertEquals(DocumentKind.SETTINGS, doc.kind());
    assertEquals("imap.example.org", doc.protocols("IMAP").get(0).getServer());
    assertEquals(993, doc.protocols("IMAP").get(0).getPort().value().getAsInt());
    assertEquals("frank@example.org", doc.protocols().get(0).getLoginName());
    assertTrue(
        Autodiscover.toXml(doc)
            .contains("<Response xmlns=\"" + Namespaces.OUTLOOK_RESPONSE + "\">"));
  }

  @Test
  void aNamespacelessMobileSyncResponseIsRecognisedByItsActionAndCulture()
      throws AutodiscoverException {
    AutodiscoverDocument doc =
        Autodiscover.parse(
            "<Autodiscover><Response><Culture>en:us</Culture>"
                + "<User><EMailAddress>kim@example.com</EMailAddress></User><Action><Settings><Server><Type>MobileSync</Type>"
                + "<Url>https://eas.example.com/Microsoft-Server-ActiveSync</Url></Server></Settings></Action></Response>"
                + "</Autodiscover>");
    assertEquals(DocumentKind.MOBILE_SYNC_SETTINGS, doc.kind());
    assertEquals(
        "https://eas.example.com/Microsoft-Server-ActiveSync",
        doc.mobileSyncResponse()
            .orElseThrow()
            .getAction()
            .getSettings()
            .getServer()
            .get(0)
            .getUrl());
  }

  @Test
  void aNamespacelessMobileSyncRequestIsRecognisedByItsSchema() throws AutodiscoverException {
    AutodiscoverDocument doc =
        Autodiscover.parse(
            "<Autodiscover><Request><EMailAddress>kim@example.com</EMailAddress>"
                + "<AcceptableResponseSchema>"
                + Namespaces.MOBILE_SYNC_RESPONSE
                + "</AcceptableResponseSchema>"
                + "</Request></Autodiscover>");
    assertEquals(DocumentKind.MOBILE_SYNC_REQUEST, doc.kind());
    assertEquals("kim@example.com", doc.mobileSyncRequest().orElseThrow().getEMailAddress());
  }
}
