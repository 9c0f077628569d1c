package io.github.autodiscover4j.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Exchange service URLs, server versions and expiry, read from realistic responses. */
class ExchangeEndpointsTest {
  private static ExchangeEndpoints endpoints(String sample) throws IOException {
    return ExchangeEndpoints.of(Autodiscover.parse(Path.of("src/test/resources/samples", sample)));
  }

  @Test
  void ewsFallsBackToTheAvailabilityUrlAndPrefersTheExternalProtocol() throws IOException {
    ExchangeEndpoints e2007 = endpoints("exchange-2007-settings.xml"); // no EwsUrl at all in 2007
    assertEquals(Optional.of("https://mail.contoso.com/EWS/Exchange.asmx"), e2007.ewsUrl());
    assertEquals(
        Optional.of("https://EX07CAS01.contoso.com/EWS/Exchange.asmx"), e2007.internalEwsUrl());
    assertEquals(Optional.of("https://mail.contoso.com/EWS/Exchange.asmx"), e2007.externalEwsUrl());

    ExchangeEndpoints e2010 = endpoints("exchange-2010-settings.xml");
    assertEquals(
        Optional.of("https://ex10cas01.contoso.com/EWS/Exchange.asmx"), e2010.internalEwsUrl());
    assertEquals(Optional.of("https://mail.contoso.com/EWS/Exchange.asmx"), e2010.ewsUrl());
  }

  @Test
  void ecpPagesAreResolvedAgainstTheirProtocolsBaseWithPlaceholdersLeftToFill() throws IOException {
    ExchangeEndpoints e = endpoints("exchange-2010-settings.xml");
    assertEquals(
        Optional.of("https://ex10cas01.contoso.com/ecp/?p=customize/voicemail.aspx&exsvurl=1"),
        e.ecpUrl(EcpPage.VOICE_MAIL));
    String tracking = e.ecpUrl(EcpPage.MESSAGE_TRACKING).orElseThrow();
    assertEquals(
        "https://ex10cas01.contoso.com/ecp/PersonalSettings/DeliveryReport.aspx?exsvurl=1"
            + "&IsOWA=<IsOWA>&MsgID=<MsgID>&Mbx=<Mbx>",
        tracking);
    assertEquals(
        "https://ex10cas01.contoso.com/ecp/PersonalSettings/DeliveryReport.aspx?exsvurl=1"
            + "&IsOWA=n&MsgID=%3Cabc%40example.com%3E&Mbx=<Mbx>",
        ExchangeEndpoints.fillPlaceholders(
            tracking, Map.of("IsOWA", "n", "MsgID", "<abc@example.com>")));
    assertEquals(Optional.empty(), e.ecpUrl(EcpPage.PHOTO));
  }

  @Test
  void mapiHttpEndpointsComeFromTheMapiHttpProtocol() throws IOException {
    ExchangeEndpoints e = endpoints("exchange-2016-mapihttp.xml");
    String id = "?MailboxId=6a5b4c3d-2e1f-4a09-b8c7-d6e5f4a3b2c1@contoso.com";
    assertEquals(
        Optional.of("https://ex16.contoso.com/mapi/emsmdb/" + id), e.mailStoreInternalUrl());
    assertEquals(
        Optional.of("https://mail.contoso.com/mapi/emsmdb/" + id), e.mailStoreExternalUrl());
    assertEquals(
        Optional.of("https://ex16.contoso.com/mapi/nspi/" + id), e.addressBookInternalUrl());
    assertEquals(
        Optional.of("https://mail.contoso.com/mapi/nspi/" + id), e.addressBookExternalUrl());
    assertEquals(
        Optional.of("https://mail.contoso.com/owa/?path=/options/callanswering"),
        e.ecpUrl(EcpPage.VOICE_MAIL));
  }

  @Test
  void activeSyncUrlComesFromTheMobileSyncServer() throws IOException {
    assertEquals(
        Optional.of("https://eas.contoso.com/Microsoft-Server-ActiveSync"),
        endpoints("mobilesync-settings.xml").activeSyncUrl());
    assertEquals(Optional.empty(), endpoints("exchange-2016-mapihttp.xml").activeSyncUrl());
  }

  @Test
  void serverVersionsDecodeToMajorMinorBuild() throws IOException {
    assertEquals(new ServerVersion(14, 1, 218), ServerVersion.decode("738180DA").orElseThrow());
    assertEquals(
        new ServerVersion(8, 0, 647),
        endpoints("exchange-2007-settings.xml").serverVersion().orElseThrow());
    assertEquals(
        new ServerVersion(15, 1, 2176),
        endpoints("exchange-2016-mapihttp.xml").serverVersion().orElseThrow());
    assertEquals(
        "15.20.8048",
        endpoints("exchange-online-settings.xml").serverVersion().orElseThrow().toString());
    assertEquals(Optional.empty(), ServerVersion.decode("not hex"));
    assertEquals(Optional.empty(), ServerVersion.decode("123456789"));
  }

  @Test
  void ttlTurnsIntoAnExpiryInstant() throws IOException, AutodiscoverException {
    Instant fetched = Instant.parse("2026-11-27T08:00:00Z");
    assertEquals(
        Optional.of(Instant.parse("2026-11-27T10:00:00Z")),
        endpoints("full-coverage.xml").expiresAt(fetched)); // TTL 2
    assertEquals(
        Optional.of(Duration.ofHours(1)),
        endpoints("isp-smtplast-absent.xml").timeToLive()); // absent
    String zero =
        "<Autodiscover><Response><Account><Action>settings</Action><Protocol><Type>IMAP</Type>"
            + "<TTL>0</TTL></Protocol></Account></Response></Autodiscover>";
    assertEquals(
        Optional.empty(), ExchangeEndpoints.of(Autodiscover.parse(zero)).expiresAt(fetched));
    String mixed =
        zero.replace(
            "<TTL>0</TTL>", "<TTL>0</TTL></Protocol><Protocol><Type>SMTP</Type><TTL>3</TTL>");
    assertEquals(
        Optional.of(Duration.ofHours(3)),
        ExchangeEndpoints.of(Autodiscover.parse(mixed)).timeToLive());
    assertTrue(
        endpoints("isp-junk-values.xml").timeToLive().isPresent()); // TTL -3 is ignored as invalid
  }
}
