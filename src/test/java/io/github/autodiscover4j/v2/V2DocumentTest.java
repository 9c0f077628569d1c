package io.github.autodiscover4j.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.AutodiscoverV2;
import io.github.autodiscover4j.V2Document;
import io.github.autodiscover4j.value.V2ErrorCode;
import io.github.autodiscover4j.value.V2Protocol;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** Building v2 bodies, as a server (the responder) writes them, and reading them back. */
class V2DocumentTest {
  @Test
  void anAnswerWritesAsExchangeDoes() throws AutodiscoverException {
    V2Document answer =
        V2Document.answer(V2Protocol.EWS, "https://mail.example.com/EWS/Exchange.asmx");
    assertEquals(
        "{\"Protocol\":\"EWS\",\"Url\":\"https://mail.example.com/EWS/Exchange.asmx\"}",
        AutodiscoverV2.toJson(answer));
    assertEquals(answer, AutodiscoverV2.parse(AutodiscoverV2.toJson(answer)));
    assertEquals(AutodiscoverV2.toJson(answer), answer.toString());
  }

  @Test
  void membersComeOutInCanonicalOrderWhateverTheBuildOrder() {
    V2Document answer =
        V2Document.answer("Rest", "https://r.example/api")
            .withField("Zeta", Json.createValue(1))
            .withServerLocation("NAMPRD01");
    assertEquals(
        "{\"Protocol\":\"Rest\",\"Url\":\"https://r.example/api\",\"ServerLocation\":\"NAMPRD01\",\"Zeta\":1}",
        AutodiscoverV2.toJson(answer));
  }

  @Test
  void anErrorEscapesWhatItQuotes() throws AutodiscoverException {
    String hostile = "x\"}</script><b>\u2028";
    V2Document error =
        V2Document.error(
            V2ErrorCode.INVALID_PROTOCOL, "The given protocol value '" + hostile + "' is invalid.");
    String json = AutodiscoverV2.toJson(error);
    assertEquals(error, AutodiscoverV2.parse(json));
    assertEquals(
        "The given protocol value '" + hostile + "' is invalid.",
        AutodiscoverV2.parse(json).errorMessage());
  }

  @Test
  void misuseIsRefusedAtOnce() {
    assertThrows(
        IllegalArgumentException.class, () -> V2Document.answer(V2Protocol.UNKNOWN, "https://a/"));
    assertThrows(IllegalArgumentException.class, () -> V2Document.error(V2ErrorCode.UNKNOWN, "m"));
    V2Document error = V2Document.error("Custom", "m");
    assertThrows(IllegalStateException.class, () -> error.withServerLocation("EU"));
    assertThrows(
        IllegalArgumentException.class, () -> error.withField("errorcode", Json.createValue("x")));
    V2Document withField = error.withField("Extra", JsonValue.TRUE);
    assertThrows(
        IllegalArgumentException.class, () -> withField.withField("Extra", JsonValue.FALSE));
  }

  @Test
  void equalityCoversEveryMember() {
    V2Document a = V2Document.answer(V2Protocol.AUTODISCOVER_V1, "https://a.example/x");
    assertEquals(a, V2Document.answer("AutodiscoverV1", "https://a.example/x"));
    assertEquals(
        a.hashCode(), V2Document.answer("AutodiscoverV1", "https://a.example/x").hashCode());
    assertNotEquals(a, V2Document.answer("autodiscoverv1", "https://a.example/x"));
    assertNotEquals(a, a.withServerLocation("EU"));
    assertNotEquals(a, a.withField("k", Json.createValue("v")));
    assertNotEquals(a, V2Document.error("AutodiscoverV1", "https://a.example/x"));
  }
}
