package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.model.outlook.Account;
import io.github.autodiscover4j.model.outlook.AlternativeMailbox;
import io.github.autodiscover4j.model.outlook.MapiHttpEndpoint;
import io.github.autodiscover4j.model.outlook.NetworkRequirements;
import io.github.autodiscover4j.model.outlook.OutlookResponse;
import io.github.autodiscover4j.model.outlook.OutlookUser;
import io.github.autodiscover4j.model.outlook.OwaUrl;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.model.outlook.WebAccess;
import io.github.autodiscover4j.value.OnOff;
import io.github.autodiscover4j.value.OnOffSetting;
import io.github.autodiscover4j.value.OnOffSetting.State;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every element and attribute of the reference's §3.3 and §3.4 (rows 12–94, plus {@code Encryption}
 * and the {@code Type}, {@code Version} and {@code AuthenticationMethod} attributes) is reachable
 * through the model with its exact value from {@code full-coverage.xml}. The comment on each
 * assertion is the reference row.
 */
class FullCoverageTest {
  private static AutodiscoverDocument doc;

  @BeforeAll
  static void parse() throws IOException {
    doc = Autodiscover.parse(Path.of("src/test/resources/samples", "full-coverage.xml"));
  }

  private static Account account() {
    return doc.account().orElseThrow();
  }

  private static Protocol protocol(int index) {
    return doc.protocols().get(index);
  }

  private static void assertOnOff(State state, String raw, OnOffSetting setting) {
    assertEquals(state, setting.state(), raw);
    assertEquals(java.util.Optional.of(raw), setting.raw());
  }

  @Test
  void noProblemsAreReported() {
    assertEquals(List.of(), doc.problems());
    assertEquals(DocumentKind.SETTINGS, doc.kind());
  }

  @Test
  void responseAndUser() {
    OutlookResponse response = doc.outlookResponse().orElseThrow(); // 12 Response
    OutlookUser user = response.getUser();
    assertNotNull(user); // 13 User
    assertEquals("Full Coverage User", user.getDisplayName()); // 14 DisplayName
    assertEquals(
        "/o=FullCov/ou=Lab Administrative Group/cn=Recipients/cn=fcuser", user.getLegacyDN()); // 15
    assertEquals("11111111-2222-4333-8444-555555555555", user.getDeploymentId()); // 16 DeploymentId
    assertEquals(
        "fc.anchor@contoso.com", user.getAutoDiscoverSMTPAddress()); // 17 AutoDiscoverSMTPAddress
    assertNull(response.getError());
  }

  @Test
  void accountLevelElements() {
    Account account = doc.outlookResponse().orElseThrow().getAccount().get(0);
    assertNotNull(account); // 18 Account
    assertEquals("email", account.getAccountType()); // 19 AccountType
    assertEquals("settings", account.getAction()); // 20 Action
    assertEquals("false", account.getMicrosoftOnline().raw()); // 21 MicrosoftOnline
    assertEquals(OnOff.OFF, account.microsoftOnline().effective());
    assertEquals(
        "https://autodiscover.example.net/autodiscover/autodiscover.xml",
        account.getRedirectUrl()); // 22 RedirectUrl
    assertEquals("fc.redirect@example.net", account.getRedirectAddr()); // 23 RedirectAddr
    assertEquals("https://www.contoso.com/branding/fc-logo.png", account.getImage()); // 24 Image
    assertEquals("https://www.contoso.com/fc-help/", account.getServiceHome()); // 25 ServiceHome
    assertEquals(6, account.getProtocol().size()); // 35 Protocol
    assertNull(account.getError());
  }

  @Test
  void publicFolderInformation() {
    assertNotNull(account().getPublicFolderInformation()); // 26 PublicFolderInformation
    assertEquals(
        "fc.publicfolders@contoso.com",
        account().getPublicFolderInformation().getSmtpAddress()); // 27 SmtpAddress
  }

  @Test
  void alternativeMailbox() {
    assertEquals(1, account().getAlternativeMailbox().size()); // 28 AlternativeMailbox
    AlternativeMailbox box = account().getAlternativeMailbox().get(0);
    assertEquals("Archive", box.getType()); // 29 Type
    assertEquals("In-Place Archive - Full Coverage User", box.getDisplayName()); // 30 DisplayName
    assertEquals(
        "/o=FullCov/ou=Lab Administrative Group/cn=Recipients/cn=fcuser-archive",
        box.getLegacyDN()); // 31 LegacyDN
    assertEquals("ab12cd34-ef56-4a78-9b0c-1d2e3f4a5b6c@contoso.com", box.getServer()); // 32 Server
    assertEquals("fc.archive@contoso.com", box.getSmtpAddress()); // 33 SmtpAddress
    assertEquals("fc.owner@contoso.com", box.getOwnerSmtpAddress()); // 34 OwnerSmtpAddress
  }

  @Test
  void exchProtocol() {
    Protocol exch = protocol(0);
    assertEquals("EXCH", exch.getType()); // 36 Type
    assertEquals(OptionalInt.of(2), exch.getTTL().value()); // 40 TTL
    assertEquals("aa11bb22-cc33-4d44-8e55-ff6677889900@contoso.com", exch.getServer()); // 41 Server
    assertEquals(
        "/o=FullCov/ou=Lab Administrative Group/cn=Configuration/cn=Servers/cn=FCSRV01",
        exch.getServerDN()); // 42 ServerDN
    assertEquals("73C085D9", exch.getServerVersion()); // 43 ServerVersion
    assertEquals(
        "/o=FullCov/ou=Lab Administrative Group/cn=Configuration/cn=Servers/cn=FCSRV01/cn=FCMDB01",
        exch.getMdbDN()); // 44 MdbDN
    assertEquals("pf.contoso.com", exch.getPublicFolderServer()); // 45 PublicFolderServer
    assertEquals(OptionalInt.of(3268), exch.getDirectoryPort().value()); // 47 DirectoryPort
    assertEquals(OptionalInt.of(3269), exch.getReferralPort().value()); // 48 ReferralPort
    assertEquals("kerbntlm", exch.getAuthPackage()); // 74 AuthPackage
    assertEquals("gc.contoso.com", exch.getAD()); // 90 AD
    assertOnOff(State.OFF, "off", exch.serverExclusiveConnect()); // 91 ServerExclusiveConnect
    assertNull(exch.getPort());
    assertNull(exch.getSSL());
  }

  @Test
  void networkRequirements() {
    NetworkRequirements network = protocol(0).getNetworkRequirements();
    assertNotNull(network); // 80 NetworkRequirements
    assertEquals("192.0.2.0", network.getIPv4Start()); // 81 IPv4Start
    assertEquals("192.0.2.255", network.getIPv4End()); // 82 IPv4End
    assertEquals("2001:db8::", network.getIPv6Start()); // 83 IPv6Start
    assertEquals("2001:db8:0:ffff:ffff:ffff:ffff:ffff", network.getIPv6End()); // 84 IPv6End
  }

  @Test
  void exprProtocolUrls() {
    Protocol expr = protocol(1);
    assertEquals("EXPR", expr.getType()); // 36 Type
    assertEquals("rpc.contoso.com", expr.getServer()); // 41 Server
    assertEquals("https://as.contoso.com/EWS/Exchange.asmx", expr.getASUrl()); // 49 ASUrl
    assertEquals("https://ews.contoso.com/EWS/Exchange.asmx", expr.getEwsUrl()); // 50 EwsUrl
    assertEquals("https://emws.contoso.com/EWS/Exchange.asmx", expr.getEmwsUrl()); // 51 EmwsUrl
    assertEquals(
        "https://sharing.contoso.com/EWS/Exchange.asmx", expr.getSharingUrl()); // 52 SharingUrl
    assertEquals("https://ecp.contoso.com/ecp/", expr.getEcpUrl()); // 53 EcpUrl
    assertEquals("https://oof.contoso.com/EWS/Exchange.asmx", expr.getOOFUrl()); // 66 OOFUrl
    assertEquals(
        "https://oab.contoso.com/OAB/99999999-8888-4777-8666-555555555555/",
        expr.getOABUrl()); // 67
    assertEquals(
        "https://um.contoso.com/UnifiedMessaging/Service.asmx", expr.getUMUrl()); // 68 UMUrl
    assertEquals(
        "https://partner.contoso.com/EWS/Exchange.asmx",
        expr.getEwsPartnerUrl()); // 69 EwsPartnerUrl
    assertEquals(
        "https://sharepoint.contoso.com/_layouts/15/newsbweb.aspx",
        expr.getSiteMailboxCreationURL()); // 93 SiteMailboxCreationURL
    assertEquals(
        "https://rpc.contoso.com/rpc/rpcproxy.dll", expr.getExchangeRpcUrl()); // 94 ExchangeRpcUrl
  }

  @Test
  void exprProtocolEcpFragments() {
    Protocol expr = protocol(1);
    assertEquals("?p=fc-um", expr.getEcpUrlUm()); // 54 EcpUrl-um
    assertEquals("?p=fc-aggr", expr.getEcpUrlAggr()); // 55 EcpUrl-aggr
    assertEquals(
        "?p=fc-mt&IsOWA=<IsOWA>&MsgID=<MsgID>&Mbx=<Mbx>&Sender=<Sender>", expr.getEcpUrlMt()); // 56
    assertEquals("?p=fc-ret", expr.getEcpUrlRet()); // 57 EcpUrl-ret
    assertEquals("?p=fc-sms", expr.getEcpUrlSms()); // 58 EcpUrl-sms
    assertEquals("?p=fc-publish&FldID=<FldID>", expr.getEcpUrlPublish()); // 59 EcpUrl-publish
    assertEquals("?p=fc-photo", expr.getEcpUrlPhoto()); // 60 EcpUrl-photo
    assertEquals("?p=fc-tm", expr.getEcpUrlTm()); // 61 EcpUrl-tm
    assertEquals(
        "?p=fc-tmCreating&SPUrl=<SPUrl>&Title=<Title>&SPTMAppUrl=<SPTMAppUrl>",
        expr.getEcpUrlTmCreating()); // 62 EcpUrl-tmCreating
    assertEquals("?p=fc-tmHiding&Id=<Id>", expr.getEcpUrlTmHiding()); // 63 EcpUrl-tmHiding
    assertEquals("?p=fc-tmEditing&Id=<Id>", expr.getEcpUrlTmEditing()); // 64 EcpUrl-tmEditing
    assertEquals("?p=fc-extinstall", expr.getEcpUrlExtinstall()); // 65 EcpUrl-extinstall
    assertEquals("?p=fc-connect", expr.getEcpUrlConnect()); // 92 EcpUrl-connect
  }

  @Test
  void exprProtocolSettings() {
    Protocol expr = protocol(1);
    assertEquals("negotiate", expr.getAuthPackage()); // 74 AuthPackage
    assertEquals("msstd:rpc.contoso.com", expr.getCertPrincipalName()); // 75 CertPrincipalName
    assertOnOff(State.ON, "On", expr.ssl()); // 76 SSL
    assertEquals("FULLCOV-GRP", expr.getGroupingInformation()); // 89 GroupingInformation
    assertOnOff(State.ON, "on", expr.serverExclusiveConnect()); // 91 ServerExclusiveConnect
  }

  @Test
  void webProtocolInternalAndExternal() {
    Protocol web = protocol(2);
    assertEquals("WEB", web.getType()); // 36 Type

    WebAccess internal = web.getInternal();
    assertNotNull(internal); // 37 Internal
    assertEquals(1, internal.getOWAUrl().size());
    OwaUrl internalOwa = internal.getOWAUrl().get(0);
    assertEquals("https://owa-int.contoso.com/owa/", internalOwa.getValue()); // 39 OWAUrl
    assertEquals(
        "WindowsIntegrated", internalOwa.getAuthenticationMethod()); // 39 @AuthenticationMethod
    assertEquals(1, internal.getProtocol().size()); // 35 nested Protocol
    assertEquals("EXCH", internal.getProtocol().get(0).getType()); // 36 nested Type
    assertEquals(
        "https://ews-int.contoso.com/EWS/Exchange.asmx",
        internal.getProtocol().get(0).getASUrl()); // 49

    WebAccess external = web.getExternal();
    assertNotNull(external); // 38 External
    assertEquals(1, external.getOWAUrl().size());
    OwaUrl externalOwa = external.getOWAUrl().get(0);
    assertEquals("https://owa-ext.contoso.com/owa/", externalOwa.getValue()); // 39 OWAUrl
    assertEquals("Basic, Fba", externalOwa.getAuthenticationMethod()); // 39 @AuthenticationMethod
    assertEquals(1, external.getProtocol().size()); // 35 nested Protocol
    assertEquals("EXPR", external.getProtocol().get(0).getType()); // 36 nested Type
    assertEquals(
        "https://ews-ext.contoso.com/EWS/Exchange.asmx",
        external.getProtocol().get(0).getASUrl()); // 49

    // The nested protocols are not the account's own.
    assertEquals(1, doc.protocols("EXCH").size());
    assertEquals(1, doc.protocols("EXPR").size());
  }

  @Test
  void mapiHttpProtocolAttributesAndEndpoints() {
    Protocol mapi = protocol(3);
    assertEquals("mapiHttp", mapi.getTypeAttribute()); // 35 @Type
    assertEquals("1", mapi.getVersion()); // 35 @Version
    assertNull(mapi.getType());
    assertEquals(List.of(mapi), doc.protocols("mapiHttp"));

    MapiHttpEndpoint mailStore = mapi.getMailStore();
    assertNotNull(mailStore); // 86 MailStore
    assertEquals(
        "https://mapi-int.contoso.com/mapi/emsmdb/?MailboxId=fc@contoso.com",
        mailStore.getInternalUrl()); // 88 InternalUrl
    assertEquals(
        "https://mapi-ext.contoso.com/mapi/emsmdb/?MailboxId=fc@contoso.com",
        mailStore.getExternalUrl()); // 87 ExternalUrl

    MapiHttpEndpoint addressBook = mapi.getAddressBook();
    assertNotNull(addressBook); // 85 AddressBook
    assertEquals(
        "https://mapi-int.contoso.com/mapi/nspi/?MailboxId=fc@contoso.com",
        addressBook.getInternalUrl()); // 88 InternalUrl
    assertEquals(
        "https://mapi-ext.contoso.com/mapi/nspi/?MailboxId=fc@contoso.com",
        addressBook.getExternalUrl()); // 87 ExternalUrl
  }

  @Test
  void imapProtocol() {
    Protocol imap = protocol(4);
    assertEquals("IMAP", imap.getType()); // 36 Type
    assertEquals("imap.contoso.com", imap.getServer()); // 41 Server
    assertEquals(OptionalInt.of(993), imap.getPort().value()); // 46 Port
    assertEquals("fc.login@contoso.com", imap.getLoginName()); // 70 LoginName
    assertOnOff(State.OFF, "off", imap.domainRequired()); // 71 DomainRequired
    assertEquals("CONTOSO", imap.getDomainName()); // 72 DomainName
    assertOnOff(State.OFF, "off", imap.spa()); // 73 SPA
    assertOnOff(State.ON, "on", imap.ssl()); // 76 SSL
    assertEquals("SSL", imap.getEncryption()); // Encryption
    assertOnOff(State.ON, "on", imap.authRequired()); // 77 AuthRequired
    assertEquals(State.ABSENT, imap.smtpLast().state()); // 79 SMTPLast (absent here)
  }

  @Test
  void smtpProtocol() {
    Protocol smtp = protocol(5);
    assertEquals("SMTP", smtp.getType()); // 36 Type
    assertEquals("smtp.contoso.com", smtp.getServer()); // 41 Server
    assertEquals(OptionalInt.of(587), smtp.getPort().value()); // 46 Port
    assertEquals("fc.smtp@contoso.com", smtp.getLoginName()); // 70 LoginName
    assertOnOff(State.OFF, "off", smtp.spa()); // 73 SPA
    assertEquals("TLS", smtp.getEncryption()); // Encryption
    assertOnOff(State.ON, "on", smtp.authRequired()); // 77 AuthRequired
    assertOnOff(State.OFF, "off", smtp.usePopAuth()); // 78 UsePOPAuth
    assertOnOff(State.ON, "on", smtp.smtpLast()); // 79 SMTPLast
    assertEquals(OnOff.ON, smtp.smtpLast().effective());
    assertNull(smtp.getSSL());
    assertTrue(smtp.getUnknownElements().isEmpty());
  }
}
