package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  private static final String ERROR =
      "<Error Time='16:42:21' Id='2379486041'><ErrorCode>600</ErrorCode>"
          + "<Message>Invalid Request</Message></Error>";
  private static final String ACCOUNT =
      "<Account><AccountType>email</AccountType><Action>settings</Action>"
          + "<Protocol><Type>IMAP</Type><Server>imap.example.org</Server></Protocol></Account>";

  /**
   * A Response in the envelope namespace is read in one pass as the envelope's own (Exchange's
   * errors look so); where its children (or those of the root's first child) say otherwise, the
   * document is read again and bound as the look at its children decides. Each row: the root's
   * content, and the namespace the Response must come out in.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<Response>ERROR</Response>| envelope",
        "<response>ERROR</response>| envelope",
        "<Response>ERROR ACCOUNT</Response>| outlook",
        "<Response>ERROR<user><EMailAddress>kim@example.com</EMailAddress></user></Response>| mobilesync",
        "<Response>ERROR<User><DisplayName>Kim</DisplayName></User></Response>| outlook",
        "<Response>ERROR<Culture>en:us</Culture></Response>| mobilesync",
        "<Vendor><ACCOUNT/></Vendor><Response>ERROR</Response>| outlook",
        "<Vendor/><Response>ERROR ACCOUNT</Response>| envelope",
        "<Response>ERROR</Response><Response>ACCOUNT</Response>| envelope",
      })
  void aResponseInTheEnvelopeNamespaceIsBoundAsItsChildrenSay(String content, String expected)
      throws AutodiscoverException {
    AutodiscoverDocument doc =
        Autodiscover.parse(
            "<Autodiscover xmlns='"
                + Namespaces.RESPONSE
                + "'>"
                + content
                    .replace("ERROR", ERROR)
                    .replace(" ACCOUNT", ACCOUNT)
                    .replace(">ACCOUNT", ">" + ACCOUNT)
                + "</Autodiscover>");
    String xml = Autodiscover.toXml(doc);
    boolean outlook = xml.contains("<Response xmlns=\"" + Namespaces.OUTLOOK_RESPONSE + "\">");
    boolean mobileSync =
        xml.contains("<Response xmlns=\"" + Namespaces.MOBILE_SYNC_RESPONSE + "\">");
    assertEquals(expected, outlook ? "outlook" : mobileSync ? "mobilesync" : "envelope", xml);
    if (expected.equals("outlook") && content.contains("ACCOUNT</Response>")) {
      assertEquals("imap.example.org", doc.protocols("IMAP").get(0).getServer());
    }
    if (expected.equals("envelope")) {
      assertEquals(DocumentKind.ERROR, doc.kind());
      assertEquals(600, doc.error().orElseThrow().code().getAsInt());
    }
  }
}
