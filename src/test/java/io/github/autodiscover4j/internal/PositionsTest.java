package io.github.autodiscover4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.autodiscover4j.ParseOptions;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every element's position (the end of its start tag, where the JDK's parser reports it) is the
 * same whichever parser the library reads through: on Woodstox the reader keeps a character offset
 * and turns it into line and column itself, so line ends of every kind and characters outside the
 * BMP must count as the parsers count them.
 */
class PositionsTest {
  static Stream<String> documents() throws IOException {
    List<String> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/samples"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        if (text.startsWith("<?xml") || text.startsWith("<Autodiscover")) {
          docs.add(text);
        }
      }
    }
    String base = docs.get(0);
    docs.add(base.replace("\n", "\r\n"));
    docs.add(base.replace("\n", "\r"));
    docs.add(base.replace("\n", "\n\t \r\n\r"));
    docs.add(base.replace("<Response", "<!-- \uD83D\uDE00 caf\u00e9\n -->\t<Response"));
    docs.add(base.replace("><", ">\uD83D\uDE00<").replace("?>\uD83D\uDE00<", "?><"));
    return docs.stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void positionsAreTheJdkParsersOnEither(String xml) throws Exception {
    // after a carriage return alone (old Mac line ends) the JDK's parser counts columns one short
    // (column 0 for the line's first character); Woodstox counts them right, and is the reference
    // for those
    boolean loneCarriageReturn = xml.replace("\r\n", "").indexOf('\r') >= 0;
    List<String> expected =
        loneCarriageReturn && TestParsers.woodstox()
            ? startTagEnds(Xml.newInputFactory(Xml.Parser.WOODSTOX, 64, 100), xml)
            : startTagEnds(XMLInputFactory.newDefaultFactory(), xml);
    List<String> library = new ArrayList<>();
    Codec.Result read;
    try {
      read = Codec.read(xml, ParseOptions.defaults(), true);
    } catch (io.github.autodiscover4j.AutodiscoverException notForUs) {
      return; // a request sample or one the reader refuses: no outline to compare
    }
    for (Outline.Element e : read.outline.elements()) {
      library.add(e.line + ":" + e.column);
    }
    assertEquals(expected.size(), library.size(), "one position per element");
    assertEquals(expected, library);
  }

  private static List<String> startTagEnds(XMLInputFactory factory, String xml)
      throws XMLStreamException {
    XMLStreamReader r = factory.createXMLStreamReader(new StringReader(xml));
    boolean woodstox = Xml.parserOf(factory) == Xml.Parser.WOODSTOX;
    List<String> positions = new ArrayList<>();
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT) {
        // Woodstox's own location is the tag's start; its end location is the JDK's place
        javax.xml.stream.Location at = woodstox ? Woodstox.end(r) : r.getLocation();
        positions.add(at.getLineNumber() + ":" + at.getColumnNumber());
      }
    }
    return positions;
  }
}
