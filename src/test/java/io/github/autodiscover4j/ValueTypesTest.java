package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.value.IntValue;
import io.github.autodiscover4j.value.OnOff;
import io.github.autodiscover4j.value.OnOffSetting;
import io.github.autodiscover4j.value.OnOffValue;
import io.github.autodiscover4j.value.UnknownElement;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/**
 * The typed values compare, hash and print as their Javadoc says; callers key maps and logs on
 * them.
 */
class ValueTypesTest {
  private static void assertSameValue(Object a, Object b) {
    assertEquals(a, b);
    assertEquals(b, a);
    assertEquals(a.hashCode(), b.hashCode());
  }

  /**
   * A small number written plainly is one shared instance, whatever range it was read for; any
   * other spelling keeps its own raw text (which writing sends back), and large numbers are their
   * own.
   */
  @Test
  void smallPlainNumbersAreSharedAndEveryOtherSpellingKeepsItsText() {
    IntValue port = IntValue.parse("993", 1, 65535, "port");
    assertTrue(port == IntValue.parse(new String("993".toCharArray()), 0, 1000, "code"));
    assertTrue(port == IntValue.of(993));
    assertTrue(IntValue.of(0) == IntValue.parse("0", 0, 1, "x"));
    for (String spelled : new String[] {" 993", "0993", "+993", "993 "}) {
      IntValue other = IntValue.parse(spelled, 1, 65535, "port");
      assertEquals(spelled, other.raw());
      assertEquals(port, other);
      assertFalse(port == other, spelled);
    }
    assertFalse(
        IntValue.parse("1024", 1, 65535, "port") == IntValue.parse("1024", 1, 65535, "port"));
    assertEquals("1024", IntValue.parse("1024", 1, 65535, "port").raw());
    assertFalse(IntValue.parse("-1", -5, 5, "x").equals(IntValue.parse("1", -5, 5, "x")));
    assertEquals(-1, IntValue.parse("-1", -5, 5, "x").value().getAsInt());
    assertFalse(IntValue.parse("993", 1, 100, "port").isValid(), "the range still applies");
  }

  @Test
  void intValuesAreEqualByTheirCanonicalText() {
    assertSameValue(IntValue.of(993), IntValue.parse(" +993 ", 1, 65535, "port"));
    assertSameValue(IntValue.parse("abc", 1, 65535, "port"), IntValue.parse("abc", 0, 10, "TTL"));
    assertNotEquals(IntValue.of(993), IntValue.of(995));
    assertNotEquals(IntValue.parse("abc", 1, 2, "x"), IntValue.parse("abd", 1, 2, "x"));
    assertNotEquals(IntValue.of(1), "1");
    assertNotEquals(IntValue.of(993).hashCode(), IntValue.of(995).hashCode());
    assertEquals("993", IntValue.of(993).toString());
    assertEquals("invalid(\"70000\")", IntValue.parse("70000", 1, 65535, "port").toString());
  }

  @Test
  void intValueRangesIncludeTheirEnds() {
    assertEquals(1, IntValue.parse("1", 1, 65535, "port").value().getAsInt());
    assertEquals(65535, IntValue.parse("65535", 1, 65535, "port").value().getAsInt());
    assertEquals(
        "port 0 is out of range 1..65535",
        IntValue.parse("0", 1, 65535, "port").problem().orElseThrow());
    assertEquals(
        "port 65536 is out of range 1..65535",
        IntValue.parse("65536", 1, 65535, "port").problem().orElseThrow());
    // twelve characters still parse as a number; thirteen are not a whole number, whatever they
    // hold
    assertEquals(
        "x -99999999999 is out of range 0..1",
        IntValue.parse("-99999999999", 0, 1, "x").problem().orElseThrow());
    assertEquals(
        "x '9999999999999' is not a whole number",
        IntValue.parse("9999999999999", 0, 1, "x").problem().orElseThrow());
  }

  @Test
  void longJunkIsAbbreviatedInTheProblemButKeptWhole() {
    String junk = "x".repeat(41);
    IntValue v = IntValue.parse(junk, 0, 1, "port");
    assertEquals(
        "port '" + "x".repeat(40) + "...' is not a whole number", v.problem().orElseThrow());
    assertEquals(junk, v.raw());
    assertEquals(
        "port '" + "x".repeat(40) + "' is not a whole number",
        IntValue.parse("x".repeat(40), 0, 1, "port").problem().orElseThrow());
  }

  @Test
  void onOffValuesAreEqualByMeaningOrByUnknownText() {
    assertSameValue(OnOffValue.of(OnOff.ON), OnOffValue.parse(" True "));
    assertSameValue(OnOffValue.parse("maybe"), OnOffValue.parse("maybe"));
    assertNotEquals(OnOffValue.parse("maybe"), OnOffValue.parse("Maybe"));
    assertNotEquals(OnOffValue.parse("maybe"), OnOffValue.of(OnOff.OFF));
    assertNotEquals(OnOffValue.of(OnOff.OFF), OnOffValue.parse("maybe"));
    assertNotEquals(OnOffValue.of(OnOff.ON), OnOffValue.of(OnOff.OFF));
    assertNotEquals(OnOffValue.of(OnOff.ON), "on");
    assertEquals("maybe".hashCode(), OnOffValue.parse("maybe").hashCode());
    assertEquals("ON", OnOffValue.of(OnOff.ON).toString());
    assertEquals("unknown(\"maybe\")", OnOffValue.parse("maybe").toString());
  }

  @Test
  void onOffSettingsCarryTheirDefaultAndCompareByAllThree() {
    OnOffSetting absent = OnOffSetting.of(null, OnOff.OFF, true);
    assertEquals(OnOff.OFF, absent.defaultValue());
    assertTrue(absent.isDocumentedDefault());
    assertFalse(OnOffSetting.of(null, OnOff.OFF, false).isDocumentedDefault());
    assertSameValue(absent, OnOffSetting.of(null, OnOff.OFF, true));
    assertNotEquals(absent, OnOffSetting.of(null, OnOff.ON, true));
    assertNotEquals(absent, OnOffSetting.of(null, OnOff.OFF, false));
    assertNotEquals(absent, OnOffSetting.of(OnOffValue.of(OnOff.OFF), OnOff.OFF, true));
    assertNotEquals(absent, "ABSENT -> OFF");
    assertEquals("ABSENT -> OFF", absent.toString());
    assertEquals("ON -> ON", OnOffSetting.of(OnOffValue.parse("on"), OnOff.OFF, true).toString());
    assertEquals(
        "UNKNOWN(\"maybe\") -> ON",
        OnOffSetting.of(OnOffValue.parse("maybe"), OnOff.ON, true).toString());
  }

  @Test
  void errorsCompareByEveryPart() throws AutodiscoverException {
    AutodiscoverError e =
        Autodiscover.parse(HostileCorpus.sample("error-response-level-600.xml"))
            .error()
            .orElseThrow();
    assertSameValue(
        e,
        Autodiscover.parse(HostileCorpus.sample("error-response-level-600.xml"))
            .error()
            .orElseThrow());
    for (String other :
        List.of(
            "error-response-level-601.xml",
            "error-account-level-500.xml",
            "error-account-level-603.xml",
            "mobilesync-error.xml")) {
      assertNotEquals(
          e, Autodiscover.parse(HostileCorpus.sample(other)).error().orElseThrow(), other);
    }
    assertNotEquals(e, "600 Invalid Request (PROTOCOL)");
    assertEquals("600 Invalid Request (PROTOCOL)", e.toString());
    // each part on its own makes a difference
    String xml =
        new String(
            HostileCorpus.sample("error-response-level-600.xml"),
            java.nio.charset.StandardCharsets.UTF_8);
    for (String[] change :
        new String[][] {
          {"16:42:21.5829433", "16:42:21.5829434"},
          {"2379486041", "2379486042"},
          {">600<", ">601<"},
          {"Invalid Request", "Invalid request"},
          {"<DebugData />", "<DebugData>x</DebugData>"}
        }) {
      assertNotEquals(
          e,
          Autodiscover.parse(xml.replace(change[0], change[1])).error().orElseThrow(),
          change[0]);
    }
    AutodiscoverError mobile =
        Autodiscover.parse(HostileCorpus.sample("mobilesync-error.xml")).error().orElseThrow();
    String mobileXml =
        new String(
            HostileCorpus.sample("mobilesync-error.xml"), java.nio.charset.StandardCharsets.UTF_8);
    assertNotEquals(
        mobile,
        Autodiscover.parse(mobileXml.replace("<Status>2<", "<Status>3<")).error().orElseThrow());
  }

  @Test
  void unknownElementsCompareByNameAttributesAndContent() {
    QName name = new QName("urn:v", "Hint", "v");
    UnknownElement a = new UnknownElement(name, Map.of(new QName("level"), "2"), List.of("text"));
    assertSameValue(
        a,
        new UnknownElement(
            new QName("urn:v", "Hint", "other"), Map.of(new QName("level"), "2"), List.of("text")));
    assertNotEquals(
        a,
        new UnknownElement(
            new QName("urn:v", "Note"), Map.of(new QName("level"), "2"), List.of("text")));
    assertNotEquals(a, new UnknownElement(name, Map.of(), List.of("text")));
    assertNotEquals(a, new UnknownElement(name, Map.of(new QName("level"), "2"), List.of("other")));
    assertNotEquals(a, "text");
    assertEquals("{urn:v}Hint{level=2}[text]", a.toString());
    assertEquals("{urn:v}Hint[]", new UnknownElement(name, Map.of(), List.of()).toString());
    assertEquals(List.of("text"), a.content());
    assertEquals("text", a.text());
  }

  @Test
  void unknownElementContentIsTextOrElementsOnly() {
    QName name = new QName("x");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new UnknownElement(name, Map.of(), List.of(42)));
    assertTrue(e.getMessage().contains("java.lang.Integer"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new UnknownElement(name, Map.of(), java.util.Arrays.asList((Object) null)));
    UnknownElement child = new UnknownElement(name, Map.of(), List.of());
    assertEquals(
        List.of(child), new UnknownElement(name, Map.of(), List.of("a", child, "b")).children());
    assertThrows(UnsupportedOperationException.class, () -> child.setNil(true));
    assertThrows(UnsupportedOperationException.class, () -> child.setValue(child.getValue()));
  }

  @Test
  void anExceptionWithoutAPositionSaysSo() {
    AutodiscoverException none =
        new AutodiscoverException(AutodiscoverException.Kind.EMPTY, "empty document", -1, -1, null);
    assertEquals("empty document", none.getMessage());
    AutodiscoverException lineOne =
        new AutodiscoverException(AutodiscoverException.Kind.NOT_WELL_FORMED, "bad", 1, 1, null);
    assertEquals("bad (line 1, column 1)", lineOne.getMessage());
    assertEquals(
        "bad",
        new AutodiscoverException(AutodiscoverException.Kind.NOT_WELL_FORMED, "bad", 0, 0, null)
            .getMessage());
  }
}
