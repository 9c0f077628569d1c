package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row of the README's table of document kinds, on a sample or a minimal document. */
class DocumentKindTest {
  private static final String ENVELOPE =
      "<Autodiscover xmlns=\"" + Namespaces.RESPONSE + "\">%s</Autodiscover>";
  private static final String OUTLOOK =
      "<Response xmlns=\"" + Namespaces.OUTLOOK_RESPONSE + "\">%s</Response>";
  private static final String MOBILE =
      "<Response xmlns=\"" + Namespaces.MOBILE_SYNC_RESPONSE + "\">%s</Response>";

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "exchange-2010-settings.xml, SETTINGS",
    "redirect-addr.xml, REDIRECT_ADDRESS",
    "redirect-url.xml, REDIRECT_URL",
    "error-response-level-600.xml, ERROR",
    "error-account-level-500.xml, ERROR",
    "mobilesync-settings.xml, MOBILE_SYNC_SETTINGS",
    "mobilesync-redirect.xml, MOBILE_SYNC_REDIRECT",
    "mobilesync-error.xml, MOBILE_SYNC_ERROR",
    "outlook-request-email.xml, OUTLOOK_REQUEST",
    "mobilesync-request.xml, MOBILE_SYNC_REQUEST",
  })
  void eachSampleIsTheKindItRepresents(String sample, DocumentKind kind)
      throws AutodiscoverException {
    assertEquals(kind, Autodiscover.parse(HostileCorpus.sample(sample)).kind());
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<Account><Action>SETTINGS</Action></Account>| SETTINGS",
        "<Account><Protocol><Type>IMAP</Type></Protocol></Account>| SETTINGS",
        "<Account><RedirectUrl>https://x/</RedirectUrl></Account>| REDIRECT_URL",
        "<Account><RedirectAddr>a@b</RedirectAddr></Account>| REDIRECT_ADDRESS",
        "<Account><Action>redirectAddr</Action><RedirectAddr> a@b </RedirectAddr></Account>| REDIRECT_ADDRESS",
        "<Account><Action>somethingElse</Action></Account>| UNKNOWN",
        "<Account/>| UNKNOWN",
        "<User><DisplayName>x</DisplayName></User>| UNKNOWN",
        "<Error><ErrorCode>500</ErrorCode></Error>| ERROR",
      })
  void anOutlookResponseIsClassifiedByItsAccount(String body, DocumentKind kind)
      throws AutodiscoverException {
    AutodiscoverDocument doc = Autodiscover.parse(ENVELOPE.formatted(OUTLOOK.formatted(body)));
    assertEquals(kind, doc.kind());
    if (kind == DocumentKind.REDIRECT_ADDRESS) {
      assertEquals("a@b", doc.redirectAddress().orElseThrow());
    }
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<Action><Settings><Server><Type>MobileSync</Type></Server></Settings></Action>| MOBILE_SYNC_SETTINGS",
        "<Action><Redirect>a@b</Redirect></Action>| MOBILE_SYNC_REDIRECT",
        "<Action><Error><Status>2</Status></Error></Action>| MOBILE_SYNC_ERROR",
        "<Action/>| UNKNOWN",
        "<Culture>en:us</Culture>| UNKNOWN",
      })
  void aMobileSyncResponseIsClassifiedByItsAction(String body, DocumentKind kind)
      throws AutodiscoverException {
    assertEquals(kind, Autodiscover.parse(ENVELOPE.formatted(MOBILE.formatted(body))).kind());
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // without namespaces the children decide which schema the Response is in
        "<Response><Account><Action>settings</Action></Account></Response>| SETTINGS",
        "<Response><User><DisplayName>x</DisplayName></User><Account/></Response>| UNKNOWN",
        "<Response><User><DisplayName>x</DisplayName><EMailAddress>a@b</EMailAddress></User>"
            + "<Action><Redirect>a@b</Redirect></Action></Response>| MOBILE_SYNC_REDIRECT",
        "<Response><Culture>en:us</Culture><Action><Redirect>c@d</Redirect></Action></Response>| MOBILE_SYNC_REDIRECT",
        "<Response><Error><ErrorCode>600</ErrorCode></Error></Response>| ERROR",
        "<Request><EMailAddress>a@b</EMailAddress></Request>| OUTLOOK_REQUEST",
        "<Request><EMailAddress>a@b</EMailAddress><AcceptableResponseSchema>"
            + Namespaces.MOBILE_SYNC_RESPONSE
            + "</AcceptableResponseSchema></Request>| MOBILE_SYNC_REQUEST",
        "<Request><AcceptableResponseSchema>"
            + Namespaces.OUTLOOK_RESPONSE
            + "</AcceptableResponseSchema>"
            + "<EMailAddress>a@b</EMailAddress></Request>| OUTLOOK_REQUEST",
        "| UNKNOWN",
      })
  void aDocumentWithoutNamespacesIsClassifiedByWhatItHolds(String body, DocumentKind kind)
      throws AutodiscoverException {
    assertEquals(
        kind,
        Autodiscover.parse("<Autodiscover>" + (body == null ? "" : body) + "</Autodiscover>")
            .kind());
  }
}
