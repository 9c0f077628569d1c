package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.internal.Codec;
import io.github.autodiscover4j.model.AutodiscoverRoot;
import io.github.autodiscover4j.model.autoconfig.ClientConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the table-driven binder that reads every document to JAXB's unmarshaller, the reference it
 * replaced: for every sample, hostile input, kept fuzz input and random model, read both as POX and
 * as autoconfig, both give equal roots (by value and as written back, which also compares the
 * attributes the model's equals leaves out), equal problems, or the same exception at the same
 * place.
 */
class BinderDifferentialTest {
  private static final Path RESOURCES = Path.of("src/test/resources");
  private static final int TRIES = Integer.getInteger("autodiscover4j.tries", 200);

  static Stream<Arguments> files() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(RESOURCES.resolve("samples"))) {
      all.filter(Files::isRegularFile)
          .filter(p -> !p.toString().endsWith(".json") && !p.toString().endsWith(".md"))
          .filter(p -> !p.toString().contains("/v2/"))
          .forEach(files::add);
    }
    try (Stream<Path> all = Files.walk(RESOURCES.resolve("hostile"))) {
      all.filter(Files::isRegularFile)
          .filter(p -> !p.toString().endsWith("INDEX.md"))
          .forEach(files::add);
    }
    try (Stream<Path> all = Files.walk(RESOURCES)) {
      all.filter(Files::isRegularFile)
          .filter(p -> p.toString().contains("FuzzTestInputs/"))
          .forEach(files::add);
    }
    return files.stream().sorted().map(p -> Arguments.of(RESOURCES.relativize(p).toString()));
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyFileBindsAsWithJaxb(String name) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(RESOURCES.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    compare(name, bytes, false);
    compare(name, bytes, true);
  }

  @Test
  void generatedHostileCasesBindAsWithJaxb() {
    for (Map.Entry<String, byte[]> c : HostileCorpus.generatedSmallCases().entrySet()) {
      compare(c.getKey(), c.getValue(), false);
    }
  }

  @Test
  void randomModelsBindAsWithJaxb() {
    for (RandomModels.Root kind : RandomModels.Root.values()) {
      for (int seed = 0; seed < TRIES; seed++) {
        long fullSeed = ((long) kind.ordinal() << 32) | seed;
        AutodiscoverRoot model = new RandomModels(fullSeed, new TreeSet<>()).root(kind);
        compare("seed " + fullSeed, Autodiscover.toBytes(model), false);
      }
    }
    for (int seed = 0; seed < TRIES; seed++) {
      ClientConfig model = new RandomModels(seed, new TreeSet<>()).autoconfig();
      compare(
          "autoconfig seed " + seed,
          Autoconfig.toXml(model).getBytes(StandardCharsets.UTF_8),
          true);
    }
  }

  @Test
  void aModelWithEveryKindOfLenienceBindsAsWithJaxb() {
    String ns = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
    String outlook =
        "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";
    String xml =
        "<Autodiscover xmlns='"
            + ns
            + "' a='1' xmlns:v='urn:v' v:b='2'><Response xmlns='"
            + outlook
            + "'><User><DisplayName>one</DisplayName><DisplayName> two <![CDATA[&]]>"
            + " &amp; three </DisplayName><Vendor x='1'>t<i/></Vendor></User>"
            + "<Account><AccountType>email</AccountType><Action>settings</Action>"
            + "<Protocol Type='x' v:c='3'><Type>IMAP</Type><Server/><Port> 993 </Port>"
            + "<SSL>junk</SSL><SSL>on</SSL><Port>x</Port><Server>s<b/>t</Server></Protocol>"
            + "<Protocol><Type>SMTP</Type></Protocol><User><DisplayName>x</DisplayName></User>"
            + "</Account><Account/></Response></Autodiscover>";
    compare("lenience", xml.getBytes(StandardCharsets.UTF_8), false);
    String config =
        "<clientConfig version='1.1' x='y'><emailProvider id='e'><domain>a</domain>"
            + "<domain>b</domain><incomingServer type='imap'><hostname> h </hostname>"
            + "<port>143</port><port>x</port><socketType>SSL</socketType>"
            + "<socketType>STARTTLS</socketType><vendor/></incomingServer>"
            + "<documentation url='u'><descr lang='en'> d </descr><descr/></documentation>"
            + "</emailProvider></clientConfig>";
    compare("autoconfig lenience", config.getBytes(StandardCharsets.UTF_8), true);
  }

  private static void compare(String name, byte[] bytes, boolean autoconfig) {
    Object[] expected = outcome(bytes, autoconfig, true);
    Object[] actual = outcome(bytes, autoconfig, false);
    String what = name + (autoconfig ? " (autoconfig)" : " (POX)");
    assertEquals(expected[0], actual[0], what);
    assertEquals(expected[1], actual[1], what);
  }

  /** What a read gave, in words that compare: the model written, the problems, or the failure. */
  private static Object[] outcome(byte[] bytes, boolean autoconfig, boolean jaxb) {
    Codec.Bound bound;
    try {
      bound = Codec.readForComparison(bytes, ParseOptions.defaults(), autoconfig, jaxb);
    } catch (AutodiscoverException e) {
      return new Object[] {
        "failed: "
            + e.kind()
            + " at "
            + e.line()
            + ":"
            + e.column()
            + ": "
            + e.getMessage()
            + (e.getCause() == null ? "" : " (" + e.getCause().getClass().getName() + ")"),
        "no root"
      };
    }
    Object root = bound.root();
    String written =
        root instanceof ClientConfig config
            ? Autoconfig.toXml(config)
            : Autodiscover.toXml((AutodiscoverRoot) root);
    return new Object[] {
      root.getClass().getName()
          + "\n"
          + written
          + "\n"
          + bound.problems()
          + "\nhash "
          + root.hashCode(),
      root
    };
  }

  @Test
  void equalRootsAreEqualByValueToo() {
    byte[] bytes = HostileCorpus.sample("exchange-2016-mapihttp.xml");
    Object viaJaxb = read(bytes, true);
    Object viaBinder = read(bytes, false);
    assertEquals(viaJaxb, viaBinder);
    assertTrue(viaBinder instanceof AutodiscoverRoot);
  }

  private static Object read(byte[] bytes, boolean jaxb) {
    try {
      return Codec.readForComparison(bytes, ParseOptions.defaults(), false, jaxb).root();
    } catch (AutodiscoverException e) {
      throw new AssertionError(e);
    }
  }
}
