package io.github.autodiscover4j.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.settings.TransportSecurity.Mode;
import io.github.autodiscover4j.settings.TransportSecurity.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision table of {@link TransportSecurity}, row by row. */
class TransportSecurityTest {
  private static Protocol protocol(String children) throws AutodiscoverException {
    return Autodiscover.parse(
            "<Autodiscover><Response><Account><Action>settings</Action><Protocol><Type>IMAP</Type>"
                + children
                + "</Protocol></Account></Response></Autodiscover>")
        .protocols()
        .get(0);
  }

  @ParameterizedTest(name = "Encryption={0} SSL={1} -> {2} from {3}")
  @CsvSource({
    "SSL,     off,  IMPLICIT_TLS, ENCRYPTION",
    "TLS,     on,   STARTTLS,     ENCRYPTION",
    "tls,     ,     STARTTLS,     ENCRYPTION",
    "None,    on,   NONE,         ENCRYPTION",
    "Auto,    off,  AUTO,         ENCRYPTION",
    ",        on,   IMPLICIT_TLS, SSL",
    ",        Off,  NONE,         SSL",
    ",        ,     IMPLICIT_TLS, DEFAULT",
    ",        maybe, IMPLICIT_TLS, DEFAULT",
    "STARTTLS, off, NONE,         SSL",
    "STARTTLS, ,    IMPLICIT_TLS, DEFAULT",
  })
  void encryptionOverridesSslAndSslDefaultsToOn(
      String encryption, String ssl, Mode mode, Source source) throws AutodiscoverException {
    String children =
        (encryption == null ? "" : "<Encryption>" + encryption + "</Encryption>")
            + (ssl == null ? "" : "<SSL>" + ssl + "</SSL>");
    TransportSecurity security = TransportSecurity.of(protocol(children));
    assertEquals(mode, security.mode());
    assertEquals(source, security.source());
    assertEquals(mode == Mode.IMPLICIT_TLS || mode == Mode.STARTTLS, security.isEncrypted());
    assertTrue(security.toString().contains(mode.name()));
    assertFalse(security.equals(null));
  }
}
