package io.github.autodiscover4j.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.value.AccountAction;
import io.github.autodiscover4j.value.AuthPackage;
import io.github.autodiscover4j.value.AuthenticationMethod;
import io.github.autodiscover4j.value.Encryption;
import io.github.autodiscover4j.value.ProtocolType;
import io.github.autodiscover4j.value.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed vocabularies read any case and keep what they do not know. */
class VocabularyTest {
  @Test
  void protocolTypesAreReadInAnyCaseAndUnknownTypesKeepTheirText() {
    assertEquals(ProtocolType.IMAP, ProtocolType.read(" imap ").value());
    assertEquals(ProtocolType.MAPI_HTTP, ProtocolType.read("MAPIHTTP").value());
    Term<ProtocolType> calDav = ProtocolType.read("CalDAV");
    assertEquals(ProtocolType.UNKNOWN, calDav.value());
    assertEquals("CalDAV", calDav.raw());
    assertFalse(calDav.isKnown());
    assertEquals("UNKNOWN(\"CalDAV\")", calDav.toString());
  }

  @Test
  void actionsAuthPackagesAndEncryptionsAreReadCaseInsensitively() {
    assertTrue(AccountAction.read("REDIRECTADDR").is(AccountAction.REDIRECT_ADDR));
    assertTrue(AccountAction.read("redirectUrl").isCanonical());
    assertFalse(AccountAction.read("RedirectUrl").isCanonical());
    assertEquals(AuthPackage.NTLM, AuthPackage.read("Ntlm").value());
    assertEquals(AuthPackage.ANONYMOUS, AuthPackage.read("Anonymous").value());
    assertEquals(AuthPackage.NEGO2, AuthPackage.read("nego2").value());
    assertEquals(AuthPackage.UNKNOWN, AuthPackage.read("Kerberos5").value());
    assertEquals(Encryption.AUTO, Encryption.read("auto").value());
    assertEquals(Encryption.UNKNOWN, Encryption.read("STARTTLS").value());
  }

  @Test
  void owaAuthenticationMethodsAreACommaSeparatedList() {
    assertEquals(
        List.of(AuthenticationMethod.NTLM, AuthenticationMethod.WINDOWS_INTEGRATED),
        AuthenticationMethod.readList("Ntlm, WindowsIntegrated").stream()
            .map(Term::value)
            .toList());
    assertEquals(
        List.of(AuthenticationMethod.LIVE_ID_FBA, AuthenticationMethod.OAUTH),
        AuthenticationMethod.readList("LiveIdFba, OAuth").stream().map(Term::value).toList());
    List<Term<AuthenticationMethod>> odd = AuthenticationMethod.readList("Basic,, Kerberos ");
    assertEquals(2, odd.size());
    assertEquals("Kerberos", odd.get(1).raw());
    assertEquals(List.of(), AuthenticationMethod.readList(null));
  }

  @Test
  void termsCompareByValueAndUnknownTermsByText() {
    assertEquals(ProtocolType.read("imap"), ProtocolType.read("IMAP"));
    assertEquals(ProtocolType.read("imap").hashCode(), ProtocolType.read("IMAP").hashCode());
    assertEquals(ProtocolType.read("CalDAV"), ProtocolType.read("CalDAV"));
    assertNotEquals(ProtocolType.read("CalDAV"), ProtocolType.read("CardDAV"));
  }
}
