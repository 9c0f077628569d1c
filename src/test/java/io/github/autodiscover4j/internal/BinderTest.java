package io.github.autodiscover4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.Problem;
import io.github.autodiscover4j.model.autoconfig.ClientConfig;
import io.github.autodiscover4j.model.autoconfig.EmailProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * The binder's own paths, which the lenient reader never takes (it reads every unknown element
 * itself): driven by a plain StAX reader, an element the model has no place for is skipped and
 * reported as JAXB reported it, and a broken reader fails as an {@link XMLStreamException}.
 * Everything else is held to JAXB by {@code BinderDifferentialTest}.
 */
class BinderTest {
  private final List<Problem> problems = new ArrayList<>();

  private Object bind(String xml) throws XMLStreamException {
    XMLStreamReader reader =
        XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(xml));
    return Binder.autoconfig().read(reader, new UnknownCapture(), problems, 2);
  }

  @Test
  void anElementTheModelHasNoPlaceForIsSkippedWithAProblem() throws XMLStreamException {
    ClientConfig config =
        (ClientConfig)
            bind(
                "<clientConfig><vendor><emailProvider id='inner'/></vendor>\n"
                    + "  <emailProvider id='e'><displayName>a<b/>b</displayName>"
                    + "<displayName>last</displayName></emailProvider></clientConfig>");
    EmailProvider provider = config.getEmailProvider().get(0);
    assertEquals(1, config.getEmailProvider().size());
    assertEquals("e", provider.getId());
    // the later of two single-valued elements wins, as with JAXB; the element in the text is
    // skipped
    assertEquals("last", provider.getDisplayName());
    assertEquals(2, problems.size(), problems.toString());
    Problem first = problems.get(0);
    assertEquals(Problem.Kind.BINDING, first.kind());
    assertTrue(
        first.message().startsWith("unexpected element (uri:\"\", local:\"vendor\")"),
        first.message());
    assertEquals(3, first.line()); // line 1, and the two removed before the document
    assertTrue(problems.get(1).message().contains("local:\"b\""), problems.get(1).message());
  }

  @Test
  void anUnfinishedDocumentFailsAsTheReaderDoes() {
    assertThrows(XMLStreamException.class, () -> bind("<clientConfig><emailProvider>"));
  }
}
