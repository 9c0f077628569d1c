package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.model.envelope.ResponseEnvelope;
import io.github.autodiscover4j.model.outlook.Account;
import io.github.autodiscover4j.model.outlook.OutlookResponse;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.value.UnknownElement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/**
 * Unknown elements are read by the library's own reader, not by JAXB's DOM capture: what each one
 * holds, where it lands among the known items of a list, and what happens where the model keeps no
 * unknown elements.
 */
class UnknownElementReadingTest {
  private static final String RESPONSE = Namespaces.RESPONSE;
  private static final String OUTLOOK = Namespaces.OUTLOOK_RESPONSE;

  private static final String DOCUMENT =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <Autodiscover xmlns="%s">
        <Before>1</Before>
        <Response xmlns="%s">
          <Account>
            <AccountType>email</AccountType>
            <Action>settings</Action>
            <v:Hint xmlns:v="urn:vendor" v:level="2" plain="p">a<!-- cut -->b<![CDATA[<c>]]></v:Hint>
            <Protocol>
              <Type>IMAP</Type>
              <Server>imap.example.com<Stray>x</Stray></Server>
              <Extra>
                <Inner a="1">t</Inner>
                <Inner/>
              </Extra>
            </Protocol>
            <Autodiscover xmlns="%s"><Response/></Autodiscover>
          </Account>
        </Response>
        <After/>
      </Autodiscover>
      """
          .formatted(RESPONSE, OUTLOOK, RESPONSE);

  @Test
  void eachUnknownElementKeepsItsNameAttributesTextAndChildren() throws AutodiscoverException {
    AutodiscoverDocument doc = Autodiscover.parse(DOCUMENT);
    Account account = doc.account().orElseThrow();
    assertEquals(2, account.getUnknownElements().size());

    UnknownElement hint = (UnknownElement) account.getUnknownElements().get(0);
    assertEquals(new QName("urn:vendor", "Hint", "v"), hint.name());
    Map<QName, String> attributes = new LinkedHashMap<>();
    attributes.put(new QName("urn:vendor", "level", "v"), "2");
    attributes.put(new QName("plain"), "p");
    assertEquals(attributes, hint.attributes());
    // text on both sides of a comment and a CDATA section is one text
    assertEquals(List.of("ab<c>"), hint.content());

    // an element named like a known root, inside Account, is an unknown element like any other
    UnknownElement nested = (UnknownElement) account.getUnknownElements().get(1);
    assertEquals(new QName(RESPONSE, "Autodiscover"), nested.name());
    assertEquals(List.of(new QName(RESPONSE, "Response")), names(nested.children()));

    Protocol imap = doc.protocols().get(0);
    assertEquals("imap.example.com", imap.getServer());
    assertEquals(1, imap.getUnknownElements().size());
    UnknownElement extra = (UnknownElement) imap.getUnknownElements().get(0);
    // no namespace: it joins its parent's
    assertEquals(new QName(OUTLOOK, "Extra"), extra.name());
    // white space between child elements is formatting
    assertEquals(2, extra.content().size());
    assertEquals(
        List.of(new QName(OUTLOOK, "Inner"), new QName(OUTLOOK, "Inner")), names(extra.children()));
    assertEquals(Map.of(new QName("a"), "1"), extra.children().get(0).attributes());
    assertEquals("t", extra.children().get(0).text());
    assertEquals(List.of(), extra.children().get(1).content());
  }

  @Test
  void anElementInsideATextElementIsDroppedAndSaidSoAndTheTextStays() throws AutodiscoverException {
    AutodiscoverDocument doc = Autodiscover.parse(DOCUMENT);
    assertEquals("imap.example.com", doc.protocols().get(0).getServer());
    assertEquals(1, doc.problems().size(), doc.problems().toString());
    assertTrue(
        doc.problems().stream()
            .anyMatch(
                p ->
                    p.kind() == Problem.Kind.DROPPED_ELEMENT
                        && p.message().contains("<Stray>")
                        && p.line() == 11),
        doc.problems().toString());
  }

  @Test
  void unknownElementsKeepTheirPlaceAmongTheEnvelopesKnownItems() throws AutodiscoverException {
    AutodiscoverDocument doc = Autodiscover.parse(DOCUMENT);
    List<Object> content = ((ResponseEnvelope) doc.root()).getContent();
    assertEquals(3, content.size());
    assertEquals(new QName(RESPONSE, "Before"), ((UnknownElement) content.get(0)).name());
    assertInstanceOf(OutlookResponse.class, content.get(1));
    assertEquals(new QName(RESPONSE, "After"), ((UnknownElement) content.get(2)).name());
  }

  @Test
  void theyAreWrittenBackAndReadAgainUnchanged() throws AutodiscoverException {
    AutodiscoverDocument doc = Autodiscover.parse(DOCUMENT);
    AutodiscoverDocument again = Autodiscover.parse(Autodiscover.toXml(doc));
    assertEquals(doc.root(), again.root());
  }

  @Test
  void theLimitOnUnknownElementsStillHolds() {
    StringBuilder many = new StringBuilder();
    int limit = ParseOptions.defaults().maxUnknownElements();
    for (int i = 0; i <= limit; i++) {
      many.append("<X").append(i).append("/>");
    }
    String xml = DOCUMENT.replace("<Action>settings</Action>", "<Action>settings</Action>" + many);
    AutodiscoverException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            AutodiscoverException.class, () -> Autodiscover.parse(xml));
    assertEquals(AutodiscoverException.Kind.LIMIT, e.kind());
    assertTrue(e.getMessage().contains("maxUnknownElements"), e.getMessage());
  }

  private static List<QName> names(List<UnknownElement> elements) {
    return elements.stream().map(UnknownElement::name).toList();
  }
}
