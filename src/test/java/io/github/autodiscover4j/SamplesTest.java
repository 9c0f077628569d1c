package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.model.mobilesync.MobileSyncServer;
import io.github.autodiscover4j.model.outlook.Account;
import io.github.autodiscover4j.model.outlook.AlternativeMailbox;
import io.github.autodiscover4j.model.outlook.OutlookUser;
import io.github.autodiscover4j.model.outlook.OwaUrl;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.model.outlook.WebAccess;
import io.github.autodiscover4j.value.HoursValue;
import io.github.autodiscover4j.value.IntValue;
import io.github.autodiscover4j.value.OnOff;
import io.github.autodiscover4j.value.OnOffSetting;
import io.github.autodiscover4j.value.OnOffSetting.State;
import io.github.autodiscover4j.value.UnknownElement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per sample in {@code src/test/resources/samples}: what each document is and the typed
 * values {@code INDEX.md} lists for it, read through the public API.
 */
class SamplesTest {
  private static final Path SAMPLES = Path.of("src/test/resources/samples");

  private static final String OUTLOOK_SCHEMA =
      "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";
  private static final String MOBILE_SYNC_SCHEMA =
      "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006";

  /** Every sample a dedicated test below reads; {@link #sample} refuses any other name. */
  private static final List<String> DEDICATED =
      List.of(
          "error-account-level-500.xml",
          "error-account-level-603.xml",
          "error-response-level-600.xml",
          "error-response-level-601.xml",
          "exchange-2007-settings.xml",
          "exchange-2010-settings.xml",
          "exchange-2013-settings.xml",
          "exchange-2016-mapihttp.xml",
          "exchange-2019-settings.xml",
          "exchange-online-settings.xml",
          "full-coverage.xml",
          "isp-encryption-variants.xml",
          "isp-imap-smtp-smtplast-on.xml",
          "isp-junk-values.xml",
          "isp-pop3-smtplast-off.xml",
          "isp-smtplast-absent.xml",
          "lenient-any-order.xml",
          "lenient-case-insensitive-names.xml",
          "lenient-duplicate-protocol-types.xml",
          "lenient-https-namespaces.xml",
          "lenient-no-namespace-request.xml",
          "lenient-no-namespace.xml",
          "lenient-onoff-casing.xml",
          "lenient-prefixed.xml",
          "lenient-redirecturl-uppercase.xml",
          "lenient-request-emailaddress-variant.xml",
          "lenient-stray-text.xml",
          "lenient-unknown-elements.xml",
          "lenient-utf16-declaration-over-utf8.xml",
          "lenient-utf8-bom.xml",
          "lint-error-in-outlook-namespace.xml", // values asserted in LintTest and
          // settings.AccountSettingsTest
          "lint-insecure-exchange.xml", // values asserted in LintTest and
          // settings.AccountSettingsTest
          "lint-misconfigured-isp.xml", // values asserted in LintTest and
          // settings.AccountSettingsTest
          "lint-missing-action.xml", // values asserted in LintTest and settings.AccountSettingsTest
          "lint-redirect-url-http.xml", // values asserted in LintTest and
          // settings.AccountSettingsTest
          "lint-redirect-without-target.xml", // values asserted in LintTest and
          // settings.AccountSettingsTest
          "lint-settings-without-protocol.xml", // values asserted in LintTest and
          // settings.AccountSettingsTest
          "lenient-response-in-envelope-namespace.xml", // values asserted in NamespaceInferenceTest
          "lenient-whitespace-before-declaration.xml",
          "mobilesync-error.xml",
          "mobilesync-redirect.xml",
          "mobilesync-request.xml",
          "mobilesync-settings.xml",
          "outlook-request-email.xml",
          "outlook-request-legacydn.xml",
          "redirect-addr.xml",
          "redirect-url.xml",
          "two-accounts-imap-then-smtp.xml", // values asserted in AccountsAndErrorsTest
          "mobilesync-error-in-response-600.xml", // values asserted in AccountsAndErrorsTest
          "mobilesync-error-in-response-601.xml", // values asserted in AccountsAndErrorsTest
          "mobilesync-request-answered-with-protocol-error.xml", // in AccountsAndErrorsTest
          "isp-usepopauth-different-login.xml", // values asserted in AccountsAndErrorsTest
          "isp-plain-text-on-587.xml"); // values asserted in AccountsAndErrorsTest

  // ---------------------------------------------------------------------------------------------------------
  // Helpers

  private static AutodiscoverDocument sample(String name) throws IOException {
    assertTrue(DEDICATED.contains(name), name + " must be listed in DEDICATED");
    return Autodiscover.parse(SAMPLES.resolve(name));
  }

  static Stream<String> allSamples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".xml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static OutlookUser user(AutodiscoverDocument doc) {
    return doc.outlookResponse().orElseThrow().getUser();
  }

  private static Account account(AutodiscoverDocument doc) {
    return doc.account().orElseThrow();
  }

  private static void assertPort(int expected, Protocol p) {
    assertNotNull(p.getPort(), "Port of " + p.getType());
    assertEquals(OptionalInt.of(expected), p.getPort().value(), "Port of " + p.getType());
  }

  private static void assertOn(OnOffSetting s, String what) {
    assertEquals(State.ON, s.state(), what);
    assertEquals(Optional.of(OnOff.ON), s.explicit(), what);
    assertEquals(OnOff.ON, s.effective(), what);
  }

  private static void assertOff(OnOffSetting s, String what) {
    assertEquals(State.OFF, s.state(), what);
    assertEquals(Optional.of(OnOff.OFF), s.explicit(), what);
    assertEquals(OnOff.OFF, s.effective(), what);
  }

  private static void assertAbsent(OnOffSetting s, String what) {
    assertEquals(State.ABSENT, s.state(), what);
    assertEquals(Optional.empty(), s.explicit(), what);
    assertEquals(Optional.empty(), s.raw(), what);
  }

  private static void assertOwa(String url, String authenticationMethod, OwaUrl owa) {
    assertEquals(url, owa.getValue());
    assertEquals(authenticationMethod, owa.getAuthenticationMethod());
  }

  private static void assertNested(String type, String asUrl, WebAccess access) {
    assertEquals(1, access.getProtocol().size(), "nested protocols");
    assertEquals(type, access.getProtocol().get(0).getType());
    assertEquals(asUrl, access.getProtocol().get(0).getASUrl());
  }

  private static void assertSettingsAccount(AutodiscoverDocument doc) {
    assertEquals(DocumentKind.SETTINGS, doc.kind());
    assertEquals("email", account(doc).getAccountType());
    assertEquals("settings", account(doc).getAction());
    assertEquals(Optional.empty(), doc.error());
  }

  private static void assertNoSmtpLastAnywhere(AutodiscoverDocument doc) {
    for (Protocol p : doc.protocols()) {
      assertAbsent(p.smtpLast(), "SMTPLast of " + p.getType());
      assertEquals(OnOff.OFF, p.smtpLast().effective());
    }
  }

  private static String problemsText(AutodiscoverDocument doc) {
    return doc.problems().toString();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Coverage of the sample directory and the lossless round trip

  @Test
  void everySampleFileHasADedicatedTest() throws IOException {
    assertEquals(DEDICATED.stream().sorted().toList(), allSamples().toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allSamples")
  void writingThenReadingAgainGivesTheSameModelAndAFixedPoint(String name) throws IOException {
    AutodiscoverDocument doc = Autodiscover.parse(SAMPLES.resolve(name));
    String xml = Autodiscover.toXml(doc);
    AutodiscoverDocument again = Autodiscover.parse(xml);
    assertEquals(doc.root(), again.root(), "model after a round trip");
    assertEquals(doc.kind(), again.kind(), "kind after a round trip");
    assertEquals(xml, Autodiscover.toXml(again), "writing the rewrite again changes nothing");
  }

  // ---------------------------------------------------------------------------------------------------------
  // The SMTPLast rules of the specification

  @Test
  void smtpLastAbsentIsAbsentWithNoExplicitValueAndEffectivelyOff() throws IOException {
    Protocol smtp = sample("isp-smtplast-absent.xml").protocols("SMTP").get(0);
    OnOffSetting smtpLast = smtp.smtpLast();
    assertNull(smtp.getSMTPLast());
    assertEquals(State.ABSENT, smtpLast.state());
    assertEquals(Optional.empty(), smtpLast.explicit());
    assertEquals(OnOff.OFF, smtpLast.effective());
    assertFalse(smtpLast.isPresent());
  }

  @Test
  void smtpLastCapitalisedOnReadsAsOn() throws IOException {
    Protocol smtp = sample("lenient-case-insensitive-names.xml").protocols("SMTP").get(0);
    assertEquals("On", smtp.getSMTPLast().raw());
    assertEquals(State.ON, smtp.smtpLast().state());
    assertEquals(Optional.of(OnOff.ON), smtp.smtpLast().explicit());
    assertEquals(OnOff.ON, smtp.smtpLast().effective());
  }

  @Test
  void smtpLastLowerCaseOffReadsAsOff() throws IOException {
    Protocol smtp = sample("isp-pop3-smtplast-off.xml").protocols("SMTP").get(0);
    assertEquals("off", smtp.getSMTPLast().raw());
    assertEquals(State.OFF, smtp.smtpLast().state());
    assertEquals(Optional.of(OnOff.OFF), smtp.smtpLast().explicit());
    assertEquals(OnOff.OFF, smtp.smtpLast().effective());
  }

  @Test
  void smtpLastMaybeIsUnknownKeepsItsRawTextAndIsEffectivelyOff() throws IOException {
    Protocol smtp = sample("isp-junk-values.xml").protocols("SMTP").get(0);
    OnOffSetting smtpLast = smtp.smtpLast();
    assertEquals(State.UNKNOWN, smtpLast.state());
    assertEquals(Optional.of("maybe"), smtpLast.raw());
    assertEquals(Optional.empty(), smtpLast.explicit());
    assertEquals(OnOff.OFF, smtpLast.effective());
    assertEquals(Optional.empty(), smtp.getSMTPLast().known());
    assertEquals("maybe", smtp.getSMTPLast().raw());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Exchange settings responses

  @Test
  void exchange2007SettingsHaveExchExprAndWebWithoutEwsUrl() throws IOException {
    AutodiscoverDocument doc = sample("exchange-2007-settings.xml");
    assertSettingsAccount(doc);
    OutlookUser user = user(doc);
    assertEquals("Kim Akers", user.getDisplayName());
    assertEquals(
        "/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=kakers", user.getLegacyDN());
    assertEquals("7c3f9a1e-2b4d-4e6f-8a0b-1c2d3e4f5a6b", user.getDeploymentId());
    assertNull(user.getAutoDiscoverSMTPAddress());
    assertNull(account(doc).getMicrosoftOnline());
    assertEquals(3, doc.protocols().size());

    Protocol exch = doc.protocols().get(0);
    assertEquals("EXCH", exch.getType());
    assertEquals("EX07MBX01.contoso.com", exch.getServer());
    assertEquals(
        "/o=Contoso/ou=First Administrative Group/cn=Configuration/cn=Servers/cn=EX07MBX01",
        exch.getServerDN());
    assertEquals("72008287", exch.getServerVersion());
    assertEquals(
        "/o=Contoso/ou=First Administrative Group/cn=Configuration/cn=Servers/cn=EX07MBX01"
            + "/cn=Microsoft Private MDB",
        exch.getMdbDN());
    assertEquals("EX07PF01.contoso.com", exch.getPublicFolderServer());
    // Port 0 is what this Exchange sends; the raw text is what the file says.
    assertEquals("0", exch.getPort().raw());
    assertEquals("0", exch.getDirectoryPort().raw());
    assertEquals("0", exch.getReferralPort().raw());
    assertEquals("DC01.contoso.com", exch.getAD());
    assertEquals("https://EX07CAS01.contoso.com/EWS/Exchange.asmx", exch.getASUrl());
    assertEquals("https://EX07CAS01.contoso.com/EWS/Exchange.asmx", exch.getOOFUrl());
    assertEquals("https://EX07CAS01.contoso.com/UnifiedMessaging/Service.asmx", exch.getUMUrl());
    assertEquals(
        "http://EX07CAS01.contoso.com/OAB/5e1a0c3b-7d2f-4a98-b6c1-0f3e2d4c5b6a/", exch.getOABUrl());
    assertNull(exch.getEwsUrl());
    assertAbsent(exch.ssl(), "EXCH SSL");

    Protocol expr = doc.protocols().get(1);
    assertEquals("EXPR", expr.getType());
    assertEquals("mail.contoso.com", expr.getServer());
    assertEquals("72008287", expr.getServerVersion());
    assertEquals("https://mail.contoso.com/EWS/Exchange.asmx", expr.getASUrl());
    assertEquals("https://mail.contoso.com/EWS/Exchange.asmx", expr.getOOFUrl());
    assertEquals("https://mail.contoso.com/UnifiedMessaging/Service.asmx", expr.getUMUrl());
    assertEquals(
        "https://mail.contoso.com/OAB/5e1a0c3b-7d2f-4a98-b6c1-0f3e2d4c5b6a/", expr.getOABUrl());
    assertEquals("Off", expr.getSSL().raw());
    assertOff(expr.ssl(), "EXPR SSL Off");
    assertEquals("Ntlm", expr.getAuthPackage());
    assertEquals("None", expr.getCertPrincipalName());
    assertNull(expr.getEwsUrl());

    Protocol web = doc.protocols().get(2);
    assertEquals("WEB", web.getType());
    List<OwaUrl> internal = web.getInternal().getOWAUrl();
    assertEquals(2, internal.size());
    assertOwa("https://EX07CAS02.contoso.com/owa", "Ntlm, WindowsIntegrated", internal.get(0));
    assertOwa("https://EX07CAS01.contoso.com/owa", "Basic, Fba", internal.get(1));
    assertNested("EXCH", "https://EX07CAS01.contoso.com/EWS/Exchange.asmx", web.getInternal());
    assertEquals(1, web.getExternal().getOWAUrl().size());
    assertOwa("https://mail.contoso.com/owa", "Fba", web.getExternal().getOWAUrl().get(0));
    assertNested("EXPR", "https://mail.contoso.com/EWS/Exchange.asmx", web.getExternal());

    assertNoSmtpLastAnywhere(doc);
  }

  @Test
  void exchange2010SettingsCarryEcpFragmentsSingleUnescapedAndTtl() throws IOException {
    AutodiscoverDocument doc = sample("exchange-2010-settings.xml");
    assertSettingsAccount(doc);
    OutlookUser user = user(doc);
    assertEquals("Pat Coleman", user.getDisplayName());
    assertEquals(
        "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=pcoleman",
        user.getLegacyDN());
    assertEquals("3a9e5c21-64b7-4f0d-9c8e-2b1a0f9e8d7c", user.getDeploymentId());
    assertNull(account(doc).getMicrosoftOnline());
    assertEquals(3, doc.protocols().size());

    String cas = "https://ex10cas01.contoso.com/EWS/Exchange.asmx";
    Protocol exch = doc.protocols().get(0);
    assertEquals("EXCH", exch.getType());
    assertEquals("outlook.contoso.com", exch.getServer());
    assertEquals(
        "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers"
            + "/cn=EX10MBX02",
        exch.getServerDN());
    assertEquals("7383807B", exch.getServerVersion());
    assertEquals(
        "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers"
            + "/cn=EX10MBX02/cn=Microsoft Private MDB",
        exch.getMdbDN());
    assertEquals("EX10MBX02.contoso.com", exch.getPublicFolderServer());
    assertEquals("0", exch.getPort().raw());
    assertEquals("0", exch.getDirectoryPort().raw());
    assertEquals("0", exch.getReferralPort().raw());
    assertEquals(cas, exch.getASUrl());
    assertEquals(cas, exch.getEwsUrl());
    assertEquals(cas, exch.getSharingUrl());
    assertEquals(cas, exch.getOOFUrl());
    assertEquals("https://ex10cas01.contoso.com/ecp/", exch.getEcpUrl());
    assertEquals("?p=customize/voicemail.aspx&exsvurl=1", exch.getEcpUrlUm());
    assertEquals("?p=personalsettings/EmailSubscriptions.slab&exsvurl=1", exch.getEcpUrlAggr());
    assertEquals(
        "PersonalSettings/DeliveryReport.aspx?exsvurl=1&IsOWA=<IsOWA>&MsgID=<MsgID>&Mbx=<Mbx>",
        exch.getEcpUrlMt());
    assertEquals("?p=organize/retentionpolicytags.slab&exsvurl=1", exch.getEcpUrlRet());
    assertEquals("?p=sms/textmessaging.slab&exsvurl=1", exch.getEcpUrlSms());
    assertEquals("https://ex10cas01.contoso.com/EWS/UM2007Legacy.asmx", exch.getUMUrl());
    assertEquals(
        "https://ex10cas01.contoso.com/OAB/8d4c2b1a-0e9f-4a7b-b3c5-6d7e8f9a0b1c/",
        exch.getOABUrl());
    assertEquals(OptionalInt.of(1), exch.getTTL().value());
    assertAbsent(exch.ssl(), "EXCH SSL");

    String mail = "https://mail.contoso.com/EWS/Exchange.asmx";
    Protocol expr = doc.protocols().get(1);
    assertEquals("EXPR", expr.getType());
    assertEquals("mail.contoso.com", expr.getServer());
    assertEquals("7383807B", expr.getServerVersion());
    assertEquals(mail, expr.getASUrl());
    assertEquals(mail, expr.getEwsUrl());
    assertEquals(mail, expr.getSharingUrl());
    assertEquals(mail, expr.getOOFUrl());
    assertEquals("https://mail.contoso.com/ecp/", expr.getEcpUrl());
    assertEquals("https://mail.contoso.com/EWS/UM2007Legacy.asmx", expr.getUMUrl());
    assertEquals(
        "https://mail.contoso.com/OAB/8d4c2b1a-0e9f-4a7b-b3c5-6d7e8f9a0b1c/", expr.getOABUrl());
    assertOn(expr.ssl(), "EXPR SSL");
    assertEquals("Ntlm", expr.getAuthPackage());
    assertEquals("msstd:mail.contoso.com", expr.getCertPrincipalName());
    assertEquals(OptionalInt.of(1), expr.getTTL().value());

    Protocol web = doc.protocols().get(2);
    assertEquals("WEB", web.getType());
    assertEquals(2, web.getInternal().getOWAUrl().size());
    assertOwa(
        "https://ex10cas01.contoso.com/owa/",
        "Ntlm, WindowsIntegrated",
        web.getInternal().getOWAUrl().get(0));
    assertOwa(
        "https://ex10cas02.contoso.com/owa/", "Basic, Fba", web.getInternal().getOWAUrl().get(1));
    assertNested("EXCH", cas, web.getInternal());
    assertEquals(2, web.getExternal().getOWAUrl().size());
    assertOwa(
        "https://mail.contoso.com/owa/",
        "Ntlm, WindowsIntegrated",
        web.getExternal().getOWAUrl().get(0));
    assertOwa(
        "https://webmail.contoso.com/owa/", "Basic, Fba", web.getExternal().getOWAUrl().get(1));
    assertNested("EXPR", mail, web.getExternal());

    assertNoSmtpLastAnywhere(doc);
  }

  @Test
  void exchange2013SettingsHaveMailboxGuidServerServerExclusiveConnectAndPublicFolderInformation()
      throws IOException {
    AutodiscoverDocument doc = sample("exchange-2013-settings.xml");
    assertSettingsAccount(doc);
    OutlookUser user = user(doc);
    assertEquals("Megan Bowen", user.getDisplayName());
    assertEquals(
        "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients"
            + "/cn=4f1d2c3b5a6e47889a0b1c2d3e4f5061-mbowen",
        user.getLegacyDN());
    assertEquals("b2c4d6e8-f0a1-4b3c-8d5e-6f7a8b9c0d1e", user.getDeploymentId());
    assertEquals("megan.bowen@contoso.com", user.getAutoDiscoverSMTPAddress());
    assertOff(account(doc).microsoftOnline(), "MicrosoftOnline False");
    assertEquals("False", account(doc).getMicrosoftOnline().raw());
    assertEquals(
        "PFMailbox1@contoso.com", account(doc).getPublicFolderInformation().getSmtpAddress());
    assertEquals(3, doc.protocols().size());

    String ex13 = "https://ex13.contoso.com/EWS/Exchange.asmx";
    Protocol exch = doc.protocols().get(0);
    assertEquals("EXCH", exch.getType());
    assertEquals("9f8e7d6c-5b4a-4321-9a8b-7c6d5e4f3a2b@contoso.com", exch.getServer());
    assertEquals(
        "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers"
            + "/cn=9f8e7d6c-5b4a-4321-9a8b-7c6d5e4f3a2b@contoso.com",
        exch.getServerDN());
    assertEquals("73C085D9", exch.getServerVersion());
    assertEquals(
        "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers"
            + "/cn=9f8e7d6c-5b4a-4321-9a8b-7c6d5e4f3a2b@contoso.com/cn=Microsoft Private MDB",
        exch.getMdbDN());
    assertEquals("ex13.contoso.com", exch.getPublicFolderServer());
    assertEquals("dc01.contoso.com", exch.getAD());
    assertEquals(ex13, exch.getASUrl());
    assertEquals(ex13, exch.getEwsUrl());
    assertEquals(ex13, exch.getOOFUrl());
    assertEquals("https://ex13.contoso.com/ecp/", exch.getEcpUrl());
    assertEquals("https://ex13.contoso.com/EWS/UM2007Legacy.asmx", exch.getUMUrl());
    assertEquals(
        "https://ex13.contoso.com/OAB/0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9/", exch.getOABUrl());
    assertOff(exch.serverExclusiveConnect(), "EXCH ServerExclusiveConnect");
    assertNull(exch.getPort());
    assertNull(exch.getDirectoryPort());
    assertNull(exch.getReferralPort());
    assertAbsent(exch.ssl(), "EXCH SSL");

    String mail = "https://mail.contoso.com/EWS/Exchange.asmx";
    Protocol expr = doc.protocols().get(1);
    assertEquals("EXPR", expr.getType());
    assertEquals("mail.contoso.com", expr.getServer());
    assertOn(expr.ssl(), "EXPR SSL");
    assertEquals("Ntlm", expr.getAuthPackage());
    assertOn(expr.serverExclusiveConnect(), "EXPR ServerExclusiveConnect");
    assertEquals("None", expr.getCertPrincipalName());
    assertEquals("CONTOSO-HQ", expr.getGroupingInformation());
    assertEquals(mail, expr.getASUrl());
    assertEquals(mail, expr.getEwsUrl());
    assertEquals(mail, expr.getEmwsUrl());
    assertEquals(mail, expr.getSharingUrl());
    assertEquals(mail, expr.getOOFUrl());
    assertEquals(mail, expr.getEwsPartnerUrl());
    assertEquals("https://mail.contoso.com/ecp/", expr.getEcpUrl());
    assertEquals("https://mail.contoso.com/EWS/UM2007Legacy.asmx", expr.getUMUrl());
    assertEquals(
        "https://mail.contoso.com/OAB/0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9/", expr.getOABUrl());
    assertNull(expr.getServerVersion());

    Protocol web = doc.protocols().get(2);
    assertEquals("WEB", web.getType());
    assertEquals(1, web.getInternal().getOWAUrl().size());
    assertOwa("https://ex13.contoso.com/owa/", "Basic, Fba", web.getInternal().getOWAUrl().get(0));
    assertNested("EXCH", ex13, web.getInternal());
    assertEquals(1, web.getExternal().getOWAUrl().size());
    assertOwa("https://mail.contoso.com/owa/", "Fba", web.getExternal().getOWAUrl().get(0));
    assertNested("EXPR", mail, web.getExternal());

    assertNoSmtpLastAnywhere(doc);
    assertEquals(List.of(), doc.problems());
  }

  @Test
  void exchange2016MapiHttpProtocolIsFoundByItsTypeAttribute() throws IOException {
    AutodiscoverDocument doc = sample("exchange-2016-mapihttp.xml");
    assertSettingsAccount(doc);
    OutlookUser user = user(doc);
    assertEquals("Lee Gu", user.getDisplayName());
    assertEquals(
        "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients"
            + "/cn=0c1d2e3f4a5b46c7d8e9f0a1b2c3d4e5-leegu",
        user.getLegacyDN());
    assertEquals("lee.gu@contoso.com", user.getAutoDiscoverSMTPAddress());
    assertEquals("e1d2c3b4-a596-4877-8695-a4b3c2d1e0f9", user.getDeploymentId());
    assertOff(account(doc).microsoftOnline(), "MicrosoftOnline False");
    assertEquals(3, doc.protocols().size());

    Protocol mapi = doc.protocols().get(0);
    assertEquals(List.of(mapi), doc.protocols("mapiHttp"));
    assertEquals(List.of(mapi), doc.protocols("MAPIHTTP"));
    assertEquals("mapiHttp", mapi.getTypeAttribute());
    assertEquals("1", mapi.getVersion());
    assertNull(mapi.getType());
    assertNull(mapi.getServer());
    String box = "?MailboxId=6a5b4c3d-2e1f-4a09-b8c7-d6e5f4a3b2c1@contoso.com";
    assertEquals(
        "https://ex16.contoso.com/mapi/emsmdb/" + box, mapi.getMailStore().getInternalUrl());
    assertEquals(
        "https://mail.contoso.com/mapi/emsmdb/" + box, mapi.getMailStore().getExternalUrl());
    assertEquals(
        "https://ex16.contoso.com/mapi/nspi/" + box, mapi.getAddressBook().getInternalUrl());
    assertEquals(
        "https://mail.contoso.com/mapi/nspi/" + box, mapi.getAddressBook().getExternalUrl());

    String mail = "https://mail.contoso.com/EWS/Exchange.asmx";
    Protocol expr = doc.protocols().get(1);
    assertEquals(List.of(expr), doc.protocols("EXPR"));
    assertEquals("mail.contoso.com", expr.getServer());
    assertEquals("73C18880", expr.getServerVersion());
    assertOn(expr.ssl(), "EXPR SSL");
    assertEquals("Ntlm", expr.getAuthPackage());
    assertOn(expr.serverExclusiveConnect(), "EXPR ServerExclusiveConnect");
    assertEquals("None", expr.getCertPrincipalName());
    assertEquals("CONTOSO-DC1", expr.getGroupingInformation());
    assertEquals(mail, expr.getASUrl());
    assertEquals(mail, expr.getEwsUrl());
    assertEquals(mail, expr.getEmwsUrl());
    assertEquals(mail, expr.getOOFUrl());
    assertEquals("https://mail.contoso.com/owa/", expr.getEcpUrl());
    assertEquals("?path=/options/callanswering", expr.getEcpUrlUm());
    assertEquals("?path=/options/connectedaccounts", expr.getEcpUrlAggr());
    assertEquals("?path=/options/retentionpolicies", expr.getEcpUrlRet());
    assertEquals("?path=/options/textmessaging", expr.getEcpUrlSms());
    assertEquals("https://mail.contoso.com/EWS/UM2007Legacy.asmx", expr.getUMUrl());
    assertEquals(
        "https://mail.contoso.com/OAB/1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b/", expr.getOABUrl());

    Protocol web = doc.protocols().get(2);
    assertEquals("WEB", web.getType());
    assertOwa("https://ex16.contoso.com/owa/", "Basic, Fba", web.getInternal().getOWAUrl().get(0));
    assertNested("EXCH", "https://ex16.contoso.com/EWS/Exchange.asmx", web.getInternal());
    assertOwa("https://mail.contoso.com/owa/", "Fba", web.getExternal().getOWAUrl().get(0));
    assertNested("EXPR", mail, web.getExternal());

    assertNoSmtpLastAnywhere(doc);
  }

  @Test
  void exchange2019SettingsHaveTwoExHttpProtocolsAndTwoAlternativeMailboxes() throws IOException {
    AutodiscoverDocument doc = sample("exchange-2019-settings.xml");
    assertSettingsAccount(doc);
    OutlookUser user = user(doc);
    assertEquals("Nestor Wilke", user.getDisplayName());
    assertEquals(
        "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients"
            + "/cn=7b6a5f4e3d2c41b0a9f8e7d6c5b4a392-nwilke",
        user.getLegacyDN());
    assertEquals("nestor.wilke@contoso.com", user.getAutoDiscoverSMTPAddress());
    assertEquals("5d4c3b2a-1f0e-4d9c-8b7a-695847362514", user.getDeploymentId());
    assertOff(account(doc).microsoftOnline(), "MicrosoftOnline False");
    assertEquals(3, doc.protocols().size());

    List<Protocol> exhttp = doc.protocols("EXHTTP");
    assertEquals(2, exhttp.size());
    Protocol internal = exhttp.get(0);
    String ex19 = "https://ex19.corp.contoso.com/EWS/Exchange.asmx";
    assertEquals("ex19.corp.contoso.com", internal.getServer());
    assertOn(internal.ssl(), "internal EXHTTP SSL");
    assertEquals("negotiate", internal.getAuthPackage());
    assertOff(internal.serverExclusiveConnect(), "internal EXHTTP ServerExclusiveConnect");
    assertEquals("None", internal.getCertPrincipalName());
    assertEquals("73C2845E", internal.getServerVersion());
    assertEquals(ex19, internal.getASUrl());
    assertEquals(ex19, internal.getEwsUrl());
    assertEquals(ex19, internal.getOOFUrl());
    assertEquals("https://ex19.corp.contoso.com/owa/", internal.getEcpUrl());
    assertEquals(
        "https://ex19.corp.contoso.com/OAB/2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901/",
        internal.getOABUrl());

    Protocol external = exhttp.get(1);
    String mail = "https://mail.contoso.com/EWS/Exchange.asmx";
    assertEquals("mail.contoso.com", external.getServer());
    assertOn(external.ssl(), "external EXHTTP SSL");
    assertEquals("negotiate", external.getAuthPackage());
    assertOn(external.serverExclusiveConnect(), "external EXHTTP ServerExclusiveConnect");
    assertEquals("None", external.getCertPrincipalName());
    assertEquals("73C2845E", external.getServerVersion());
    assertEquals(mail, external.getASUrl());
    assertEquals(mail, external.getEwsUrl());
    assertEquals(mail, external.getOOFUrl());
    assertEquals("https://mail.contoso.com/owa/", external.getEcpUrl());
    assertEquals("?path=/options/myaccount/action/photo", external.getEcpUrlPhoto());
    assertEquals("?path=/options/sitemailboxes", external.getEcpUrlTm());
    assertEquals(
        "?path=/options/sitemailboxes/action/create&SPUrl=<SPUrl>&Title=<Title>&SPTMAppUrl=<SPTMAppUrl>",
        external.getEcpUrlTmCreating());
    assertEquals("?path=/options/sitemailboxes/action/hide&Id=<Id>", external.getEcpUrlTmHiding());
    assertEquals("?path=/options/sitemailboxes/action/edit&Id=<Id>", external.getEcpUrlTmEditing());
    assertEquals("?path=/options/manageapps", external.getEcpUrlExtinstall());
    assertEquals("?path=/options/calendarpublishing/id/<FldID>", external.getEcpUrlPublish());
    assertEquals(
        "https://mail.contoso.com/OAB/2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901/", external.getOABUrl());

    Protocol web = doc.protocols().get(2);
    assertEquals("WEB", web.getType());
    assertNull(web.getInternal());
    assertOwa("https://mail.contoso.com/owa/", "Basic, Fba", web.getExternal().getOWAUrl().get(0));
    assertNested("EXPR", mail, web.getExternal());

    List<AlternativeMailbox> boxes = account(doc).getAlternativeMailbox();
    assertEquals(2, boxes.size());
    AlternativeMailbox desk = boxes.get(0);
    assertEquals("Delegate", desk.getType());
    assertEquals("Contoso Front Desk", desk.getDisplayName());
    assertEquals(
        "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients"
            + "/cn=1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6-frontdesk",
        desk.getLegacyDN());
    assertEquals("3c4d5e6f-7a8b-49c0-8d1e-2f3a4b5c6d7e@contoso.com", desk.getServer());
    assertEquals("frontdesk@contoso.com", desk.getSmtpAddress());
    assertEquals("frontdesk@contoso.com", desk.getOwnerSmtpAddress());
    AlternativeMailbox isaiah = boxes.get(1);
    assertEquals("Delegate", isaiah.getType());
    assertEquals("Isaiah Langer", isaiah.getDisplayName());
    assertEquals(
        "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients"
            + "/cn=9e8d7c6b5a4f43e2d1c0b9a8f7e6d5c4-ilanger",
        isaiah.getLegacyDN());
    assertEquals("8f7e6d5c-4b3a-4291-8e0d-1c2b3a4f5e6d@contoso.com", isaiah.getServer());
    assertEquals("isaiah.langer@contoso.com", isaiah.getSmtpAddress());
    assertEquals("isaiah.langer@contoso.com", isaiah.getOwnerSmtpAddress());

    assertNoSmtpLastAnywhere(doc);
  }

  @Test
  void exchangeOnlineSettingsAreMicrosoftOnlineWithOffice365OnlyElements() throws IOException {
    AutodiscoverDocument doc = sample("exchange-online-settings.xml");
    assertSettingsAccount(doc);
    OutlookUser user = user(doc);
    assertEquals("Adele Vance", user.getDisplayName());
    assertEquals(
        "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients"
            + "/cn=d4c3b2a1f0e94d8c7b6a5f4e3d2c1b0a-adelev",
        user.getLegacyDN());
    assertEquals("adele.vance@contoso.com", user.getAutoDiscoverSMTPAddress());
    assertEquals("a0b1c2d3-e4f5-4a6b-8c7d-e8f9a0b1c2d3", user.getDeploymentId());
    assertOn(account(doc).microsoftOnline(), "MicrosoftOnline True");
    assertEquals("True", account(doc).getMicrosoftOnline().raw());
    assertEquals(5, doc.protocols().size());

    String ews = "https://outlook.example.net/EWS/Exchange.asmx";
    String oab = "https://outlook.example.net/OAB/c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f/";
    Protocol exch = doc.protocols().get(0);
    assertEquals("EXCH", exch.getType());
    assertEquals("f6e5d4c3-b2a1-4098-8f7e-6d5c4b3a2918@contoso.com", exch.getServer());
    assertEquals(
        "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers"
            + "/cn=f6e5d4c3-b2a1-4098-8f7e-6d5c4b3a2918@contoso.com",
        exch.getServerDN());
    assertEquals("73D49F70", exch.getServerVersion());
    assertEquals(
        "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers"
            + "/cn=f6e5d4c3-b2a1-4098-8f7e-6d5c4b3a2918@contoso.com/cn=Microsoft Private MDB",
        exch.getMdbDN());
    assertEquals("Anonymous", exch.getAuthPackage());
    assertEquals(ews, exch.getASUrl());
    assertEquals(ews, exch.getEwsUrl());
    assertEquals(ews, exch.getEmwsUrl());
    assertEquals(ews, exch.getOOFUrl());
    assertEquals("https://outlook.example.net/owa/", exch.getEcpUrl());
    assertEquals("https://outlook.example.net/EWS/UM2007Legacy.asmx", exch.getUMUrl());
    assertEquals(oab, exch.getOABUrl());
    assertOff(exch.serverExclusiveConnect(), "EXCH ServerExclusiveConnect");
    assertEquals(OptionalInt.of(1), exch.getTTL().value());
    assertAbsent(exch.ssl(), "EXCH SSL");

    Protocol expr = doc.protocols().get(1);
    assertEquals("EXPR", expr.getType());
    assertEquals("outlook.example.net", expr.getServer());
    assertOn(expr.ssl(), "EXPR SSL");
    assertEquals("Basic", expr.getAuthPackage());
    assertOn(expr.serverExclusiveConnect(), "EXPR ServerExclusiveConnect");
    assertEquals("msstd:outlook.com", expr.getCertPrincipalName());
    assertEquals("NAMPR03", expr.getGroupingInformation());
    assertEquals("73D49F70", expr.getServerVersion());
    assertEquals(ews, expr.getASUrl());
    assertEquals(ews, expr.getEwsUrl());
    assertEquals(ews, expr.getEmwsUrl());
    assertEquals(ews, expr.getSharingUrl());
    assertEquals(ews, expr.getOOFUrl());
    assertEquals("https://outlook.example.net/owa/", expr.getEcpUrl());
    assertEquals("?path=/options/callanswering&owaparam=modurl%3D0", expr.getEcpUrlUm());
    assertEquals("?path=/options/connectedaccounts&owaparam=modurl%3D0", expr.getEcpUrlAggr());
    assertEquals(
        "PersonalSettings/DeliveryReport.aspx?rfr=olk&exsvurl=1&IsOWA=<IsOWA>&MsgID=<MsgID>&Mbx=<Mbx>"
            + "&Sender=<Sender>",
        expr.getEcpUrlMt());
    assertEquals("?path=/options/retentionpolicies&owaparam=modurl%3D0", expr.getEcpUrlRet());
    assertEquals("?path=/options/textmessaging&owaparam=modurl%3D0", expr.getEcpUrlSms());
    assertEquals(
        "customize/calendarpublishing.slab?rfr=olk&exsvurl=1&FldID=<FldID>",
        expr.getEcpUrlPublish());
    assertEquals("?path=/options/myaccount/action/photo", expr.getEcpUrlPhoto());
    assertEquals("?path=/options/connectedaccounts&owaparam=modurl%3D0", expr.getEcpUrlConnect());
    assertEquals("?rfr=olk&ftr=TeamMailbox&exsvurl=1", expr.getEcpUrlTm());
    assertEquals(
        "?rfr=olk&ftr=TeamMailboxCreating&SPUrl=<SPUrl>&Title=<Title>&SPTMAppUrl=<SPTMAppUrl>&exsvurl=1",
        expr.getEcpUrlTmCreating());
    assertEquals("?rfr=olk&ftr=TeamMailboxEditing&Id=<Id>&exsvurl=1", expr.getEcpUrlTmEditing());
    assertNull(expr.getEcpUrlTmHiding());
    assertEquals("?path=/options/manageapps", expr.getEcpUrlExtinstall());
    assertEquals("https://outlook.example.net/EWS/UM2007Legacy.asmx", expr.getUMUrl());
    assertEquals(oab, expr.getOABUrl());
    assertEquals(
        "https://contoso.example.com/_layouts/15/newsbweb.aspx", expr.getSiteMailboxCreationURL());
    assertEquals("https://outlook.example.net/rpc/rpcproxy.dll", expr.getExchangeRpcUrl());
    assertEquals(OptionalInt.of(1), expr.getTTL().value());

    List<Protocol> exhttp = doc.protocols("EXHTTP");
    assertEquals(2, exhttp.size());
    for (Protocol p : exhttp) {
      assertEquals("outlook.example.net", p.getServer());
      assertOn(p.ssl(), "EXHTTP SSL");
      assertEquals("msstd:outlook.com", p.getCertPrincipalName());
      assertEquals("NAMPR03", p.getGroupingInformation());
      assertEquals("73D49F70", p.getServerVersion());
      assertEquals(ews, p.getASUrl());
      assertEquals(ews, p.getEwsUrl());
      assertEquals(ews, p.getOOFUrl());
      assertEquals("https://outlook.example.net/owa/", p.getEcpUrl());
      assertEquals(oab, p.getOABUrl());
    }
    assertEquals("Anonymous", exhttp.get(0).getAuthPackage());
    assertOn(exhttp.get(0).serverExclusiveConnect(), "first EXHTTP ServerExclusiveConnect");
    assertEquals("Basic", exhttp.get(1).getAuthPackage());
    assertOff(exhttp.get(1).serverExclusiveConnect(), "second EXHTTP ServerExclusiveConnect");

    Protocol web = doc.protocols().get(4);
    assertEquals("WEB", web.getType());
    assertOwa("https://outlook.example.net/owa/", "Fba", web.getInternal().getOWAUrl().get(0));
    assertNested("EXCH", ews, web.getInternal());
    assertOwa(
        "https://outlook.example.net/owa/",
        "LiveIdFba, OAuth",
        web.getExternal().getOWAUrl().get(0));
    assertNested("EXPR", ews, web.getExternal());

    assertNoSmtpLastAnywhere(doc);
  }

  @Test
  void fullCoverageDocumentIsSettingsWithSixProtocolsAndNoProblems() throws IOException {
    // Every element of full-coverage.xml is asserted one by one in FullCoverageTest.
    AutodiscoverDocument doc = sample("full-coverage.xml");
    assertSettingsAccount(doc);
    assertEquals("Full Coverage User", user(doc).getDisplayName());
    assertEquals(6, doc.protocols().size());
    assertEquals(
        List.of("EXCH", "EXPR", "WEB"),
        doc.protocols().subList(0, 3).stream().map(Protocol::getType).toList());
    assertEquals("mapiHttp", doc.protocols().get(3).getTypeAttribute());
    Protocol smtp = doc.protocols("SMTP").get(0);
    assertPort(587, smtp);
    assertOn(smtp.smtpLast(), "SMTP SMTPLast");
    // Action decides: RedirectUrl and RedirectAddr are present but this is not a redirect.
    assertEquals(Optional.empty(), doc.redirectUrl());
    assertEquals(Optional.empty(), doc.redirectAddress());
    assertEquals(List.of(), doc.problems());
  }

  // ---------------------------------------------------------------------------------------------------------
  // ISP settings responses

  @Test
  void ispImapAndSmtpOverImplicitTlsWithSmtpLastOnAndUsePopAuthOn() throws IOException {
    AutodiscoverDocument doc = sample("isp-imap-smtp-smtplast-on.xml");
    assertSettingsAccount(doc);
    assertEquals("Alice Example", user(doc).getDisplayName());
    assertEquals("https://www.example.com/", account(doc).getServiceHome());
    assertEquals(2, doc.protocols().size());

    Protocol imap = doc.protocols("IMAP").get(0);
    assertEquals("imap.example.com", imap.getServer());
    assertPort(993, imap);
    assertEquals("alice@example.com", imap.getLoginName());
    assertOff(imap.domainRequired(), "IMAP DomainRequired");
    assertOff(imap.spa(), "IMAP SPA");
    assertOn(imap.ssl(), "IMAP SSL");
    assertOn(imap.authRequired(), "IMAP AuthRequired");
    assertNull(imap.getEncryption());
    assertAbsent(imap.smtpLast(), "IMAP SMTPLast");

    Protocol smtp = doc.protocols("SMTP").get(0);
    assertEquals("smtp.example.com", smtp.getServer());
    assertPort(465, smtp);
    assertEquals("alice@example.com", smtp.getLoginName());
    assertOff(smtp.domainRequired(), "SMTP DomainRequired");
    assertOff(smtp.spa(), "SMTP SPA");
    assertOn(smtp.ssl(), "SMTP SSL");
    assertOn(smtp.authRequired(), "SMTP AuthRequired");
    assertOn(smtp.usePopAuth(), "SMTP UsePOPAuth");
    assertOn(smtp.smtpLast(), "SMTP SMTPLast");
    assertEquals("on", smtp.getSMTPLast().raw());
    assertNull(smtp.getEncryption());
  }

  @Test
  void ispPop3AndStartTlsSmtpWithDomainRequiredAndSmtpLastExplicitlyOff() throws IOException {
    AutodiscoverDocument doc = sample("isp-pop3-smtplast-off.xml");
    assertSettingsAccount(doc);
    assertNull(doc.outlookResponse().orElseThrow().getUser());
    assertEquals("https://www.example.net/images/isp-logo.png", account(doc).getImage());
    assertEquals("https://www.example.net/support/", account(doc).getServiceHome());
    assertEquals(2, doc.protocols().size());

    Protocol pop = doc.protocols("POP3").get(0);
    assertEquals("pop.example.net", pop.getServer());
    assertPort(995, pop);
    assertEquals("bob", pop.getLoginName());
    assertOn(pop.domainRequired(), "POP3 DomainRequired");
    assertEquals("EXAMPLE", pop.getDomainName());
    assertOff(pop.spa(), "POP3 SPA");
    assertOn(pop.ssl(), "POP3 SSL");
    assertOn(pop.authRequired(), "POP3 AuthRequired");
    assertNull(pop.getEncryption());
    assertAbsent(pop.smtpLast(), "POP3 SMTPLast");

    Protocol smtp = doc.protocols("SMTP").get(0);
    assertEquals("smtp.example.net", smtp.getServer());
    assertPort(587, smtp);
    assertEquals("bob", smtp.getLoginName());
    assertOn(smtp.domainRequired(), "SMTP DomainRequired");
    assertEquals("EXAMPLE", smtp.getDomainName());
    assertOff(smtp.spa(), "SMTP SPA");
    assertAbsent(smtp.ssl(), "SMTP SSL");
    assertEquals("TLS", smtp.getEncryption());
    assertOn(smtp.authRequired(), "SMTP AuthRequired");
    assertOff(smtp.usePopAuth(), "SMTP UsePOPAuth");
    assertOff(smtp.smtpLast(), "SMTP SMTPLast");
  }

  @Test
  void ispWithoutOnOffElementsFallsBackToTheDocumentedDefaults() throws IOException {
    AutodiscoverDocument doc = sample("isp-smtplast-absent.xml");
    assertSettingsAccount(doc);
    assertEquals("Carol Example", user(doc).getDisplayName());
    assertEquals("https://mail.example.org/static/logo.png", account(doc).getImage());
    assertEquals("https://mail.example.org/", account(doc).getServiceHome());
    assertEquals(2, doc.protocols().size());

    Protocol imap = doc.protocols("IMAP").get(0);
    assertEquals("mail.example.org", imap.getServer());
    assertPort(143, imap);
    assertEquals("carol@example.org", imap.getLoginName());
    assertEquals("TLS", imap.getEncryption());

    Protocol smtp = doc.protocols("SMTP").get(0);
    assertEquals("mail.example.org", smtp.getServer());
    assertPort(587, smtp);
    assertEquals("carol@example.org", smtp.getLoginName());
    assertEquals("TLS", smtp.getEncryption());
    assertAbsent(smtp.usePopAuth(), "SMTP UsePOPAuth");
    assertEquals(OnOff.OFF, smtp.usePopAuth().effective());

    for (Protocol p : doc.protocols()) {
      String t = p.getType();
      assertAbsent(p.ssl(), t + " SSL");
      assertEquals(OnOff.ON, p.ssl().effective(), t + " SSL default");
      assertAbsent(p.spa(), t + " SPA");
      assertEquals(OnOff.ON, p.spa().effective(), t + " SPA default");
      assertAbsent(p.authRequired(), t + " AuthRequired");
      assertEquals(OnOff.ON, p.authRequired().effective(), t + " AuthRequired default");
      assertAbsent(p.smtpLast(), t + " SMTPLast");
      assertEquals(OnOff.OFF, p.smtpLast().effective(), t + " SMTPLast default");
      assertAbsent(p.domainRequired(), t + " DomainRequired");
      assertEquals(OnOff.OFF, p.domainRequired().effective(), t + " DomainRequired default");
    }
  }

  @Test
  void ispEncryptionValuesNoneSslTlsAndAutoAreKeptPerProtocol() throws IOException {
    AutodiscoverDocument doc = sample("isp-encryption-variants.xml");
    assertSettingsAccount(doc);
    assertNull(doc.outlookResponse().orElseThrow().getUser());
    List<Protocol> ps = doc.protocols();
    assertEquals(4, ps.size());

    assertEquals("IMAP", ps.get(0).getType());
    assertEquals("imap-plain.fabrikam.com", ps.get(0).getServer());
    assertPort(143, ps.get(0));
    assertEquals("None", ps.get(0).getEncryption());

    assertEquals("IMAP", ps.get(1).getType());
    assertEquals("imap.fabrikam.com", ps.get(1).getServer());
    assertPort(993, ps.get(1));
    assertEquals("SSL", ps.get(1).getEncryption());

    assertEquals("SMTP", ps.get(2).getType());
    assertEquals("smtp.fabrikam.com", ps.get(2).getServer());
    assertPort(587, ps.get(2));
    assertEquals("TLS", ps.get(2).getEncryption());
    assertOff(ps.get(2).usePopAuth(), "SMTP UsePOPAuth");
    assertOff(ps.get(2).smtpLast(), "SMTP SMTPLast");

    assertEquals("POP3", ps.get(3).getType());
    assertEquals("pop.fabrikam.com", ps.get(3).getServer());
    assertPort(110, ps.get(3));
    assertEquals("Auto", ps.get(3).getEncryption());

    for (Protocol p : ps) {
      String t = p.getType() + " " + p.getServer();
      assertEquals("dave@fabrikam.com", p.getLoginName(), t);
      assertOff(p.spa(), t + " SPA");
      assertOn(p.authRequired(), t + " AuthRequired");
      assertAbsent(p.ssl(), t + " SSL");
    }
    assertAbsent(ps.get(0).smtpLast(), "IMAP SMTPLast");
    assertAbsent(ps.get(1).smtpLast(), "IMAP SMTPLast");
    assertAbsent(ps.get(3).smtpLast(), "POP3 SMTPLast");
  }

  @Test
  void junkValuesDoNotFailTheParseAndAreKeptRawWithProblems() throws IOException {
    AutodiscoverDocument doc = sample("isp-junk-values.xml");
    assertSettingsAccount(doc);
    assertEquals("Erin Example", user(doc).getDisplayName());
    assertEquals("https://www.example.com/img/logo.gif", account(doc).getImage());
    assertEquals("https://www.example.com/", account(doc).getServiceHome());
    assertEquals(2, doc.protocols().size());

    Protocol imap = doc.protocols("IMAP").get(0);
    assertEquals("imap.example.com", imap.getServer());
    assertEquals("erin@example.com", imap.getLoginName());
    HoursValue ttl = imap.getTTL();
    assertFalse(ttl.isValid());
    assertEquals(OptionalInt.empty(), ttl.value());
    assertEquals("-3", ttl.raw());
    assertTrue(ttl.problem().orElseThrow().contains("-3"), ttl.problem().toString());
    IntValue abc = imap.getPort();
    assertFalse(abc.isValid());
    assertEquals(OptionalInt.empty(), abc.value());
    assertEquals("abc", abc.raw());
    assertTrue(
        abc.problem().orElseThrow().contains("'abc' is not a whole number"),
        abc.problem().toString());
    assertEquals("  On  ", imap.getSPA().raw());
    assertOn(imap.spa(), "padded SPA");
    assertEquals(State.UNKNOWN, imap.ssl().state());
    assertEquals(Optional.of("yes"), imap.ssl().raw());
    assertEquals(Optional.empty(), imap.ssl().explicit());
    assertEquals(OnOff.ON, imap.ssl().effective());
    assertNull(imap.getEncryption());
    assertAbsent(imap.authRequired(), "IMAP AuthRequired");
    assertAbsent(imap.smtpLast(), "IMAP SMTPLast");

    Protocol smtp = doc.protocols("SMTP").get(0);
    assertEquals("smtp.example.com", smtp.getServer());
    assertEquals("erin@example.com", smtp.getLoginName());
    IntValue big = smtp.getPort();
    assertFalse(big.isValid());
    assertEquals(OptionalInt.empty(), big.value());
    assertEquals("70000", big.raw());
    assertTrue(
        big.problem().orElseThrow().contains("70000 is out of range"), big.problem().toString());
    assertEquals("TRUE", smtp.getAuthRequired().raw());
    assertOn(smtp.authRequired(), "SMTP AuthRequired TRUE");
    assertEquals(State.UNKNOWN, smtp.smtpLast().state());
    assertEquals(Optional.of("maybe"), smtp.smtpLast().raw());
    assertEquals(OnOff.OFF, smtp.smtpLast().effective());
    assertAbsent(smtp.ssl(), "SMTP SSL");
    assertAbsent(smtp.spa(), "SMTP SPA");
    assertNull(smtp.getEncryption());

    String problems = problemsText(doc);
    assertEquals(5, doc.problems().size(), problems);
    for (String junk : List.of("-3", "'abc'", "'yes'", "70000", "'maybe'")) {
      assertTrue(
          doc.problems().stream().anyMatch(p -> p.message().contains(junk)),
          junk + " in " + problems);
    }
    assertTrue(doc.problems().stream().allMatch(p -> p.line() > 0), problems);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Redirects and errors

  @Test
  void redirectAddrGivesTheAddressToRestartWith() throws IOException {
    AutodiscoverDocument doc = sample("redirect-addr.xml");
    assertEquals(DocumentKind.REDIRECT_ADDRESS, doc.kind());
    assertEquals(Optional.of("bob@fabrikam.com"), doc.redirectAddress());
    assertEquals(Optional.empty(), doc.redirectUrl());
    assertNull(doc.outlookResponse().orElseThrow().getUser());
    assertEquals("email", account(doc).getAccountType());
    assertEquals("redirectAddr", account(doc).getAction());
    assertEquals("bob@fabrikam.com", account(doc).getRedirectAddr());
    assertNull(account(doc).getRedirectUrl());
    assertEquals(List.of(), doc.protocols());
  }

  @Test
  void redirectUrlGivesTheUrlToAskNext() throws IOException {
    AutodiscoverDocument doc = sample("redirect-url.xml");
    assertEquals(DocumentKind.REDIRECT_URL, doc.kind());
    assertEquals(
        Optional.of("https://autodiscover.fabrikam.com/autodiscover/autodiscover.xml"),
        doc.redirectUrl());
    assertEquals(Optional.empty(), doc.redirectAddress());
    assertNull(doc.outlookResponse().orElseThrow().getUser());
    assertEquals("email", account(doc).getAccountType());
    assertEquals("redirectUrl", account(doc).getAction());
    assertNull(account(doc).getRedirectAddr());
    assertEquals(List.of(), doc.protocols());
  }

  @Test
  void redirectUrlSpelledRedirectUrlUpperCaseIsReadAsRedirectUrl() throws IOException {
    AutodiscoverDocument doc = sample("lenient-redirecturl-uppercase.xml");
    assertEquals(DocumentKind.REDIRECT_URL, doc.kind());
    assertEquals("email", account(doc).getAccountType());
    assertEquals("redirectUrl", account(doc).getAction());
    assertEquals(
        "https://autodiscover.example.net/autodiscover/autodiscover.xml",
        account(doc).getRedirectUrl());
    assertEquals(
        Optional.of("https://autodiscover.example.net/autodiscover/autodiscover.xml"),
        doc.redirectUrl());
    assertEquals(List.of(), account(doc).getUnknownElements());
  }

  @Test
  void protocolLevelError600IsReadFromTheEnvelopeNamespace() throws IOException {
    AutodiscoverDocument doc = sample("error-response-level-600.xml");
    assertEquals(DocumentKind.ERROR, doc.kind());
    assertTrue(doc.protocolErrorResponse().isPresent());
    assertEquals(Optional.empty(), doc.outlookResponse());
    AutodiscoverError error = doc.error().orElseThrow();
    assertEquals(AutodiscoverError.Placement.PROTOCOL, error.placement());
    assertEquals(OptionalInt.of(600), error.code());
    assertEquals(Optional.of("600"), error.rawCode());
    assertEquals(Optional.of("Invalid Request"), error.message());
    assertEquals(Optional.of(""), error.debugData());
    assertEquals(Optional.of("16:42:21.5829433"), error.time());
    assertEquals(Optional.of("2379486041"), error.id());
    assertEquals(OptionalInt.empty(), error.status());
  }

  @Test
  void protocolLevelError601CarriesItsDebugData() throws IOException {
    AutodiscoverDocument doc = sample("error-response-level-601.xml");
    assertEquals(DocumentKind.ERROR, doc.kind());
    AutodiscoverError error = doc.error().orElseThrow();
    assertEquals(AutodiscoverError.Placement.PROTOCOL, error.placement());
    assertEquals(OptionalInt.of(601), error.code());
    assertEquals(
        Optional.of("Provider is not available for the requested schema."), error.message());
    assertEquals(
        Optional.of(
            "No provider found for AcceptableResponseSchema "
                + "http://schemas.example.com/unknown/responseschema/2006"),
        error.debugData());
    assertEquals(Optional.of("03:14:07.0271828"), error.time());
    assertEquals(Optional.of("3141592653"), error.id());
  }

  @Test
  void accountLevelError500IsPlacedUnderTheAccount() throws IOException {
    AutodiscoverDocument doc = sample("error-account-level-500.xml");
    assertEquals(DocumentKind.ERROR, doc.kind());
    assertEquals("Quinn Missing", user(doc).getDisplayName());
    Account account = account(doc);
    assertNull(account.getAccountType());
    assertNull(account.getAction());
    assertEquals(List.of(), account.getProtocol());
    AutodiscoverError error = doc.error().orElseThrow();
    assertEquals(AutodiscoverError.Placement.ACCOUNT, error.placement());
    assertEquals(OptionalInt.of(500), error.code());
    assertEquals(Optional.of("The e-mail address cannot be found."), error.message());
    assertEquals(Optional.of(""), error.debugData());
    assertEquals(Optional.of("11:02:47.6180339"), error.time());
    assertEquals(Optional.of("1618033988"), error.id());
  }

  @Test
  void accountLevelError603KeepsAnIdBeyondSigned32Bits() throws IOException {
    AutodiscoverDocument doc = sample("error-account-level-603.xml");
    assertEquals(DocumentKind.ERROR, doc.kind());
    assertEquals("Rosa Broken", user(doc).getDisplayName());
    assertNull(account(doc).getAccountType());
    assertNull(account(doc).getAction());
    assertEquals(List.of(), account(doc).getProtocol());
    AutodiscoverError error = doc.error().orElseThrow();
    assertEquals(AutodiscoverError.Placement.ACCOUNT, error.placement());
    assertEquals(OptionalInt.of(603), error.code());
    assertEquals(Optional.of("The Autodiscover server threw an internal error."), error.message());
    assertEquals(
        Optional.of(
            "MailboxLookupException: directory server dc02.contoso.com did not answer within 30 s"),
        error.debugData());
    assertEquals(Optional.of("23:59:58.9876543"), error.time());
    assertEquals(Optional.of("4000000001"), error.id());
  }

  // ---------------------------------------------------------------------------------------------------------
  // MobileSync

  @Test
  void mobileSyncSettingsListTheActiveSyncAndCertEnrollServers() throws IOException {
    AutodiscoverDocument doc = sample("mobilesync-settings.xml");
    assertEquals(DocumentKind.MOBILE_SYNC_SETTINGS, doc.kind());
    var response = doc.mobileSyncResponse().orElseThrow();
    assertEquals("en:us", response.getCulture());
    assertEquals("Grace Mobile", response.getUser().getDisplayName());
    assertEquals("grace@contoso.com", response.getUser().getEMailAddress());
    List<MobileSyncServer> servers = response.getAction().getSettings().getServer();
    assertEquals(2, servers.size());
    assertEquals("MobileSync", servers.get(0).getType());
    assertEquals("https://eas.contoso.com/Microsoft-Server-ActiveSync", servers.get(0).getUrl());
    assertEquals("https://eas.contoso.com/Microsoft-Server-ActiveSync", servers.get(0).getName());
    assertNull(servers.get(0).getServerData());
    assertEquals("CertEnroll", servers.get(1).getType());
    assertEquals("https://certenroll.contoso.com/CertEnroll/mscep.dll", servers.get(1).getUrl());
    assertNull(servers.get(1).getName());
    assertEquals("CertEnrollTemplate", servers.get(1).getServerData());
    assertEquals(Optional.empty(), doc.error());
  }

  @Test
  void mobileSyncRedirectGivesTheAddressToRestartWith() throws IOException {
    AutodiscoverDocument doc = sample("mobilesync-redirect.xml");
    assertEquals(DocumentKind.MOBILE_SYNC_REDIRECT, doc.kind());
    var response = doc.mobileSyncResponse().orElseThrow();
    assertEquals("en:us", response.getCulture());
    assertEquals("Henry Moved", response.getUser().getDisplayName());
    assertEquals("henry@contoso.com", response.getUser().getEMailAddress());
    assertEquals("henry@fabrikam.com", response.getAction().getRedirect());
    assertEquals(Optional.of("henry@fabrikam.com"), doc.redirectAddress());
  }

  @Test
  void mobileSyncErrorCarriesStatusAndErrorCodeWithoutTimeOrId() throws IOException {
    AutodiscoverDocument doc = sample("mobilesync-error.xml");
    assertEquals(DocumentKind.MOBILE_SYNC_ERROR, doc.kind());
    var response = doc.mobileSyncResponse().orElseThrow();
    assertEquals("en:us", response.getCulture());
    assertNull(response.getUser());
    AutodiscoverError error = doc.error().orElseThrow();
    assertEquals(AutodiscoverError.Placement.MOBILE_SYNC, error.placement());
    assertEquals(OptionalInt.of(2), error.status());
    assertEquals(OptionalInt.of(600), error.code());
    assertEquals(Optional.of("The directory service could not be reached"), error.message());
    assertEquals(Optional.of("MailUser lookup for ivy@contoso.com failed"), error.debugData());
    assertEquals(Optional.empty(), error.time());
    assertEquals(Optional.empty(), error.id());
  }

  @Test
  void mobileSyncRequestAsksForTheMobileSyncSchema() throws IOException {
    AutodiscoverDocument doc = sample("mobilesync-request.xml");
    assertEquals(DocumentKind.MOBILE_SYNC_REQUEST, doc.kind());
    var request = doc.mobileSyncRequest().orElseThrow();
    assertEquals("grace@contoso.com", request.getEMailAddress());
    assertEquals(MOBILE_SYNC_SCHEMA, request.getAcceptableResponseSchema());
    assertEquals(Optional.empty(), doc.outlookRequest());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Outlook requests

  @Test
  void outlookRequestByEmailAddress() throws IOException {
    AutodiscoverDocument doc = sample("outlook-request-email.xml");
    assertEquals(DocumentKind.OUTLOOK_REQUEST, doc.kind());
    var request = doc.outlookRequest().orElseThrow();
    assertEquals("kim.akers@contoso.com", request.getEMailAddress());
    assertNull(request.getLegacyDN());
    assertEquals(OUTLOOK_SCHEMA, request.getAcceptableResponseSchema());
  }

  @Test
  void outlookRequestByLegacyDn() throws IOException {
    AutodiscoverDocument doc = sample("outlook-request-legacydn.xml");
    assertEquals(DocumentKind.OUTLOOK_REQUEST, doc.kind());
    var request = doc.outlookRequest().orElseThrow();
    assertEquals(
        "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients"
            + "/cn=4f1d2c3b5a6e47889a0b1c2d3e4f5061-mbowen",
        request.getLegacyDN());
    assertNull(request.getEMailAddress());
    assertEquals(OUTLOOK_SCHEMA, request.getAcceptableResponseSchema());
  }

  @Test
  void outlookRequestWithoutAnyNamespaceIsStillAnOutlookRequest() throws IOException {
    AutodiscoverDocument doc = sample("lenient-no-namespace-request.xml");
    assertEquals(DocumentKind.OUTLOOK_REQUEST, doc.kind());
    var request = doc.outlookRequest().orElseThrow();
    assertEquals("nonamespace@example.com", request.getEMailAddress());
    assertEquals(OUTLOOK_SCHEMA, request.getAcceptableResponseSchema());
  }

  @Test
  void outlookRequestSpellingEmailAddressWithLowerCaseMIsReadAsEMailAddress() throws IOException {
    AutodiscoverDocument doc = sample("lenient-request-emailaddress-variant.xml");
    assertEquals(DocumentKind.OUTLOOK_REQUEST, doc.kind());
    var request = doc.outlookRequest().orElseThrow();
    assertEquals("jane.doe@example.com", request.getEMailAddress());
    assertEquals(OUTLOOK_SCHEMA, request.getAcceptableResponseSchema());
    assertEquals(List.of(), request.getUnknownElements());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Lenient reading

  @Test
  void elementNamesInTheWrongCaseAreMatchedCaseInsensitively() throws IOException {
    AutodiscoverDocument doc = sample("lenient-case-insensitive-names.xml");
    assertSettingsAccount(doc);
    assertEquals("Kate Casing", user(doc).getDisplayName());
    assertEquals(2, doc.protocols().size());

    Protocol expr = doc.protocols().get(0); // element PROTOCOL
    assertEquals("EXPR", expr.getType());
    assertEquals("mail.contoso.com", expr.getServer());
    assertEquals("https://mail.contoso.com/EWS/Exchange.asmx", expr.getEwsUrl()); // element EWSUrl
    assertOn(expr.ssl(), "EXPR Ssl"); // element Ssl
    assertEquals("Ntlm", expr.getAuthPackage());

    Protocol smtp = doc.protocols().get(1);
    assertEquals("SMTP", smtp.getType());
    assertEquals("smtp.contoso.com", smtp.getServer());
    assertPort(587, smtp);
    assertEquals("kate@contoso.com", smtp.getLoginName()); // element loginname
    assertOff(smtp.ssl(), "SMTP Ssl OFF"); // opposite of the default on
    assertEquals(
        State.ON, smtp.smtpLast().state()); // element smtplast, opposite of the default off
    assertEquals(OnOff.ON, smtp.smtpLast().effective());
    assertEquals(List.of(), doc.problems());
  }

  @Test
  void httpsVariantsOfBothNamespacesAreReadAsTheRealNamespaces() throws IOException {
    AutodiscoverDocument doc = sample("lenient-https-namespaces.xml");
    assertSettingsAccount(doc);
    assertEquals("Liam Https", user(doc).getDisplayName());
    assertEquals("liam@contoso.com", user(doc).getAutoDiscoverSMTPAddress());
    assertEquals(2, doc.protocols().size());
    Protocol expr = doc.protocols("EXPR").get(0);
    assertEquals("https-ns.contoso.com", expr.getServer());
    assertEquals("https://https-ns.contoso.com/EWS/Exchange.asmx", expr.getASUrl());
    assertEquals("https://https-ns.contoso.com/EWS/Exchange.asmx", expr.getEwsUrl());
    assertOn(expr.ssl(), "EXPR SSL");
    assertEquals("Ntlm", expr.getAuthPackage());
    Protocol web = doc.protocols("WEB").get(0);
    assertNull(web.getInternal());
    assertEquals(1, web.getExternal().getOWAUrl().size());
    assertOwa("https://https-ns.contoso.com/owa/", "Fba", web.getExternal().getOWAUrl().get(0));
    assertEquals(List.of(), web.getExternal().getProtocol());
  }

  @Test
  void documentWithoutAnyNamespaceIsReadAsAnOutlookResponse() throws IOException {
    AutodiscoverDocument doc = sample("lenient-no-namespace.xml");
    assertSettingsAccount(doc);
    assertEquals("Mia Nonamespace", user(doc).getDisplayName());
    assertEquals(2, doc.protocols().size());
    Protocol expr = doc.protocols("EXPR").get(0);
    assertEquals("nons.example.com", expr.getServer());
    assertEquals("https://nons.example.com/EWS/Exchange.asmx", expr.getEwsUrl());
    assertOn(expr.ssl(), "EXPR SSL");
    Protocol smtp = doc.protocols("SMTP").get(0);
    assertEquals("smtp.nons.example.com", smtp.getServer());
    assertPort(465, smtp);
    assertEquals("mia@example.com", smtp.getLoginName());
    assertOn(smtp.ssl(), "SMTP SSL");
    assertOn(smtp.smtpLast(), "SMTP SMTPLast");
  }

  @Test
  void prefixedElementsAreReadLikeDefaultNamespaceElements() throws IOException {
    AutodiscoverDocument doc = sample("lenient-prefixed.xml");
    assertSettingsAccount(doc);
    assertEquals("Noah Prefix", user(doc).getDisplayName());
    assertEquals(
        "/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=nprefix",
        user(doc).getLegacyDN());
    assertEquals(2, doc.protocols().size());
    Protocol expr = doc.protocols("EXPR").get(0);
    assertEquals("prefixed.contoso.com", expr.getServer());
    assertEquals("https://prefixed.contoso.com/EWS/Exchange.asmx", expr.getEwsUrl());
    assertOn(expr.ssl(), "EXPR SSL");
    assertEquals("Ntlm", expr.getAuthPackage());
    Protocol web = doc.protocols("WEB").get(0);
    assertOwa(
        "https://prefixed-int.contoso.com/owa/",
        "Ntlm, WindowsIntegrated",
        web.getInternal().getOWAUrl().get(0));
    assertNested("EXCH", "https://prefixed-int.contoso.com/EWS/Exchange.asmx", web.getInternal());
    assertNull(web.getExternal());
  }

  @Test
  void childrenInAnyOrderAreReadAndProtocolsKeepTheServerOrder() throws IOException {
    AutodiscoverDocument doc = sample("lenient-any-order.xml");
    assertSettingsAccount(doc);
    assertEquals("Olivia Order", user(doc).getDisplayName());
    assertEquals("olivia@example.com", user(doc).getAutoDiscoverSMTPAddress());
    assertOff(account(doc).microsoftOnline(), "MicrosoftOnline False");
    assertEquals(List.of("IMAP", "SMTP"), doc.protocols().stream().map(Protocol::getType).toList());

    Protocol imap = doc.protocols().get(0);
    assertEquals("imap.order.example.com", imap.getServer());
    assertPort(993, imap);
    assertOn(imap.ssl(), "IMAP SSL");
    assertEquals("olivia@example.com", imap.getLoginName());
    assertOn(imap.authRequired(), "IMAP AuthRequired");
    assertAbsent(imap.smtpLast(), "IMAP SMTPLast");

    Protocol smtp = doc.protocols().get(1);
    assertEquals("smtp.order.example.com", smtp.getServer());
    assertPort(465, smtp);
    assertOn(smtp.ssl(), "SMTP SSL");
    assertEquals("olivia@example.com", smtp.getLoginName());
    assertOn(smtp.smtpLast(), "SMTP SMTPLast");
  }

  @Test
  void utf8ByteOrderMarkIsSkipped() throws IOException {
    byte[] bytes = Files.readAllBytes(SAMPLES.resolve("lenient-utf8-bom.xml"));
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    AutodiscoverDocument doc = sample("lenient-utf8-bom.xml");
    assertSettingsAccount(doc);
    assertEquals("Paula Bom", user(doc).getDisplayName());
    Protocol expr = doc.protocols("EXPR").get(0);
    assertEquals("bom.contoso.com", expr.getServer());
    assertEquals("https://bom.contoso.com/EWS/Exchange.asmx", expr.getEwsUrl());
    assertOn(expr.ssl(), "EXPR SSL");
  }

  @Test
  void whitespaceBeforeTheXmlDeclarationIsStripped() throws IOException {
    byte[] bytes = Files.readAllBytes(SAMPLES.resolve("lenient-whitespace-before-declaration.xml"));
    assertArrayEquals(new byte[] {0x0A, 0x20, 0x20}, Arrays.copyOf(bytes, 3));
    AutodiscoverDocument doc = sample("lenient-whitespace-before-declaration.xml");
    assertSettingsAccount(doc);
    assertEquals("Walter Whitespace", user(doc).getDisplayName());
    Protocol expr = doc.protocols("EXPR").get(0);
    assertEquals("ws.contoso.com", expr.getServer());
    assertEquals("https://ws.contoso.com/EWS/Exchange.asmx", expr.getEwsUrl());
    assertOn(expr.ssl(), "EXPR SSL");
  }

  @Test
  void utf16DeclarationOverUtf8BytesIsDecodedAsUtf8() throws IOException {
    AutodiscoverDocument doc = sample("lenient-utf16-declaration-over-utf8.xml");
    assertSettingsAccount(doc);
    assertEquals("Zo\u00eb M\u00fcller", user(doc).getDisplayName());
    assertEquals("zoe.mueller@contoso.com", user(doc).getAutoDiscoverSMTPAddress());
    Protocol expr = doc.protocols("EXPR").get(0);
    assertEquals("utf16.contoso.com", expr.getServer());
    assertEquals("https://utf16.contoso.com/EWS/Exchange.asmx", expr.getEwsUrl());
    assertOn(expr.ssl(), "EXPR SSL");
  }

  @Test
  void strayTextBetweenElementsIsDroppedWithAProblemAndTheValuesAreIntact() throws IOException {
    AutodiscoverDocument doc = sample("lenient-stray-text.xml");
    assertSettingsAccount(doc);
    assertNull(doc.outlookResponse().orElseThrow().getUser());
    Protocol imap = doc.protocols("IMAP").get(0);
    assertEquals("imap.stray.example.com", imap.getServer());
    assertPort(993, imap);
    assertEquals("quentin@example.com", imap.getLoginName());
    assertOn(imap.ssl(), "IMAP SSL");
    assertAbsent(imap.smtpLast(), "IMAP SMTPLast");

    String problems = problemsText(doc);
    assertEquals(3, doc.problems().size(), problems);
    // each problem points at the first character of its stray text
    List<String> strays = List.of("stray account text", "oops", "42");
    List<int[]> positions = List.of(new int[] {6, 7}, new int[] {10, 9}, new int[] {13, 9});
    for (int i = 0; i < strays.size(); i++) {
      String stray = strays.get(i);
      Problem problem =
          doc.problems().stream()
              .filter(p -> p.message().contains("'" + stray + "'"))
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError("no problem mentions '" + stray + "': " + problems));
      assertEquals(positions.get(i)[0], problem.line(), problem.toString());
      assertEquals(positions.get(i)[1], problem.column(), problem.toString());
    }
    assertTrue(doc.problems().get(0).path().endsWith("Account"), problems);
    assertTrue(doc.problems().get(1).path().endsWith("Account/Protocol"), problems);
  }

  @Test
  void duplicateProtocolTypesAreAllKeptInServerOrder() throws IOException {
    AutodiscoverDocument doc = sample("lenient-duplicate-protocol-types.xml");
    assertSettingsAccount(doc);
    assertEquals("Rita Duplicate", user(doc).getDisplayName());
    List<Protocol> ps = doc.protocols();
    assertEquals(
        List.of("IMAP", "IMAP", "POP3", "POP3", "SMTP", "SMTP"),
        ps.stream().map(Protocol::getType).toList());
    assertEquals(2, doc.protocols("imap").size());
    assertEquals(2, doc.protocols("POP3").size());
    assertEquals(2, doc.protocols("smtp").size());

    int[] ports = {993, 143, 995, 110, 465, 587};
    for (int i = 0; i < ps.size(); i++) {
      Protocol p = ps.get(i);
      String what = "P" + (i + 1) + " " + p.getType();
      assertPort(ports[i], p);
      assertEquals("mail.example.org", p.getServer(), what);
      assertEquals("rita@example.org", p.getLoginName(), what);
      assertOff(p.domainRequired(), what + " DomainRequired");
      assertOff(p.spa(), what + " SPA");
      assertOn(p.authRequired(), what + " AuthRequired");
      assertAbsent(p.smtpLast(), what + " SMTPLast");
      if (i % 2 == 0) { // implicit TLS
        assertOn(p.ssl(), what + " SSL");
        assertNull(p.getEncryption(), what);
      } else { // STARTTLS: SSL off, Encryption TLS
        assertOff(p.ssl(), what + " SSL");
        assertEquals("TLS", p.getEncryption(), what);
      }
    }
  }

  @Test
  void unknownElementsAndAttributesAreKeptWhole() throws IOException {
    AutodiscoverDocument doc = sample("lenient-unknown-elements.xml");
    assertSettingsAccount(doc);
    assertEquals("Sam Unknown", user(doc).getDisplayName());
    Account account = account(doc);
    assertOff(account.microsoftOnline(), "MicrosoftOnline False");
    assertEquals(Map.of(new QName("data-origin"), "lab"), account.getOtherAttributes());

    assertEquals(1, account.getUnknownElements().size());
    UnknownElement consumer = (UnknownElement) account.getUnknownElements().get(0);
    assertEquals(new QName(OUTLOOK_SCHEMA, "ConsumerMailbox"), consumer.name());
    assertEquals(Map.of(), consumer.attributes());
    assertEquals(1, consumer.children().size());
    UnknownElement enabled = consumer.children().get(0);
    assertEquals(new QName(OUTLOOK_SCHEMA, "Enabled"), enabled.name());
    assertEquals("false", enabled.text());

    assertEquals(2, doc.protocols().size());
    Protocol imap = doc.protocols("IMAP").get(0);
    assertEquals(Map.of(new QName("data-rank"), "1"), imap.getOtherAttributes());
    assertEquals("imap.example.org", imap.getServer());
    assertPort(993, imap);
    assertEquals("sam@example.org", imap.getLoginName());
    assertOn(imap.ssl(), "IMAP SSL");
    assertAbsent(imap.smtpLast(), "IMAP SMTPLast");
    assertEquals(1, imap.getUnknownElements().size());
    UnknownElement hint = (UnknownElement) imap.getUnknownElements().get(0);
    assertEquals(new QName("urn:example:vendor", "Hint"), hint.name());
    assertEquals(Map.of(new QName("level"), "2"), hint.attributes());
    assertEquals("text", hint.text());
    assertEquals(List.of(), hint.children());

    Protocol caldav = doc.protocols("CalDAV").get(0);
    assertEquals("https://mail.example.org/SOGo/dav/sam@example.org/", caldav.getServer());
    assertOff(caldav.domainRequired(), "CalDAV DomainRequired");
    assertEquals("sam@example.org", caldav.getLoginName());
    assertNull(caldav.getPort());
    assertAbsent(caldav.ssl(), "CalDAV SSL");
    assertAbsent(caldav.smtpLast(), "CalDAV SMTPLast");
    assertEquals(List.of(), doc.problems());

    // They survive writing.
    Account rewritten = Autodiscover.parse(Autodiscover.toXml(doc)).account().orElseThrow();
    assertEquals(account.getUnknownElements(), rewritten.getUnknownElements());
    assertEquals(account.getOtherAttributes(), rewritten.getOtherAttributes());
    assertEquals(imap.getUnknownElements(), rewritten.getProtocol().get(0).getUnknownElements());
  }

  @Test
  void onOffValuesAreReadInAnyCasePaddedOrAsTrueFalse() throws IOException {
    AutodiscoverDocument doc = sample("lenient-onoff-casing.xml");
    assertSettingsAccount(doc);
    assertEquals("Tara Casing", user(doc).getDisplayName());
    assertOn(account(doc).microsoftOnline(), "MicrosoftOnline TRUE");
    assertEquals(Optional.of("TRUE"), account(doc).microsoftOnline().raw());
    List<Protocol> ps = doc.protocols();
    assertEquals(5, ps.size());

    Protocol exch = ps.get(0);
    assertEquals("case-exch.contoso.com", exch.getServer());
    assertOff(exch.serverExclusiveConnect(), "EXCH ServerExclusiveConnect ' off '");
    assertEquals(Optional.of(" off "), exch.serverExclusiveConnect().raw());

    Protocol expr = ps.get(1);
    assertEquals("case-expr.contoso.com", expr.getServer());
    assertOn(expr.ssl(), "EXPR SSL On");
    assertOn(expr.serverExclusiveConnect(), "EXPR ServerExclusiveConnect oN");

    Protocol imap = ps.get(2);
    assertEquals("imap.case.example.com", imap.getServer());
    assertPort(993, imap);
    assertOff(imap.domainRequired(), "IMAP DomainRequired false");
    assertOn(imap.spa(), "IMAP SPA oN");
    assertOff(imap.ssl(), "IMAP SSL OFF");
    assertOn(imap.authRequired(), "IMAP AuthRequired True");
    assertAbsent(imap.smtpLast(), "IMAP SMTPLast");

    Protocol smtp = ps.get(3);
    assertEquals("smtp.case.example.com", smtp.getServer());
    assertPort(587, smtp);
    assertOff(smtp.domainRequired(), "SMTP DomainRequired OFF");
    assertOff(smtp.spa(), "SMTP SPA ' off '");
    assertEquals(" off ", smtp.getSPA().raw());
    assertOn(smtp.ssl(), "SMTP SSL True");
    assertOff(smtp.authRequired(), "SMTP AuthRequired false");
    assertOn(smtp.usePopAuth(), "SMTP UsePOPAuth On");
    assertOn(smtp.smtpLast(), "SMTP SMTPLast True");

    Protocol pop = ps.get(4);
    assertEquals("pop.case.example.com", pop.getServer());
    assertPort(995, pop);
    assertOn(pop.domainRequired(), "POP3 DomainRequired On");
    assertOn(pop.spa(), "POP3 SPA True");
    assertOff(pop.ssl(), "POP3 SSL false");
    assertOff(pop.authRequired(), "POP3 AuthRequired OFF");
    assertAbsent(pop.smtpLast(), "POP3 SMTPLast");

    for (Protocol p : ps) {
      assertNull(p.getLoginName(), p.getType());
      assertNull(p.getEncryption(), p.getType());
    }
    assertEquals(List.of(), doc.problems());
  }
}
