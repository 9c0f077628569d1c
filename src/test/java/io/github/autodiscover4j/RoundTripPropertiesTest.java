package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.model.AutodiscoverRoot;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlValue;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Property: any valid model, written and read back, is the same model, field by field. Models come
 * from {@link RandomModels}, seeded, so a failure names the seed that reproduces it. A normal run
 * tries 300 models of each kind; {@code -Dautodiscover4j.tries=N} tries N (for example {@code mvn
 * -B test -Dtest=RoundTripPropertiesTest -Dautodiscover4j.tries=20000}).
 */
class RoundTripPropertiesTest {
  private static final int TRIES = Integer.getInteger("autodiscover4j.tries", 300);
  private static final Set<String> REACHED = new ConcurrentSkipListSet<>();

  @ParameterizedTest
  @EnumSource(RandomModels.Root.class)
  void writingThenReadingGivesTheSameModel(RandomModels.Root kind) throws IOException {
    for (int seed = 0; seed < TRIES; seed++) {
      long fullSeed = ((long) kind.ordinal() << 32) | seed;
      AutodiscoverRoot model = new RandomModels(fullSeed, REACHED).root(kind);
      String xml = Autodiscover.toXml(model);
      AutodiscoverDocument read;
      try {
        read = Autodiscover.parse(xml);
      } catch (AutodiscoverException e) {
        throw new AssertionError(
            "seed "
                + fullSeed
                + ": the writer's output was rejected: "
                + e.getMessage()
                + "\n"
                + xml,
            e);
      }
      Optional<String> difference = ModelComparison.firstDifference(model, read.root());
      if (difference.isPresent()) {
        throw new AssertionError("seed " + fullSeed + ": " + difference.get() + "\n" + xml);
      }
      // After one round the text is a fixed point. (Not before: a model built in code may carry
      // attribute
      // prefixes of its own choosing, which are not part of the model's value.)
      String again = Autodiscover.toXml(read);
      String third = Autodiscover.toXml(Autodiscover.parse(again));
      if (!again.equals(third)) {
        throw new AssertionError(
            "seed "
                + fullSeed
                + ": writing again changed the text at "
                + firstDifferentLine(again, third)
                + "\n"
                + again);
      }
    }
  }

  private static String firstDifferentLine(String a, String b) {
    String[] la = a.split("\n", -1);
    String[] lb = b.split("\n", -1);
    for (int i = 0; i < Math.min(la.length, lb.length); i++) {
      if (!la[i].equals(lb[i])) {
        return "line " + (i + 1) + ":\n  " + la[i] + "\n  " + lb[i];
      }
    }
    return "line " + (Math.min(la.length, lb.length) + 1) + " (one text is longer)";
  }

  /** Random text is never refused by the writer and always reads back as itself. */
  @Test
  void anyTextXmlCanCarryReadsBackAsItself() throws AutodiscoverException {
    RandomModels random = new RandomModels(42, new TreeSet<>());
    for (int i = 0; i < TRIES * 5; i++) {
      String text = random.text();
      if (text.isBlank()) {
        continue; // request builders refuse blank addresses
      }
      String xml = Autodiscover.toXml(Autodiscover.outlookRequest(text));
      assertEquals(
          text, Autodiscover.parse(xml).outlookRequest().orElseThrow().getEMailAddress(), xml);
    }
  }

  /** The generated models reached every element and attribute the generated classes declare. */
  @AfterAll
  static void everyElementAndAttributeWasGenerated() {
    if (TRIES < 100) {
      return; // too few tries to reach them all by chance
    }
    Set<String> all = new TreeSet<>();
    for (Class<?> type :
        new Class<?>[] {
          io.github.autodiscover4j.model.envelope.ProtocolError.class,
          io.github.autodiscover4j.model.envelope.ProtocolErrorResponse.class,
          io.github.autodiscover4j.model.outlook.OutlookResponse.class,
          io.github.autodiscover4j.model.outlook.OutlookUser.class,
          io.github.autodiscover4j.model.outlook.Account.class,
          io.github.autodiscover4j.model.outlook.Protocol.class,
          io.github.autodiscover4j.model.outlook.WebAccess.class,
          io.github.autodiscover4j.model.outlook.OwaUrl.class,
          io.github.autodiscover4j.model.outlook.AlternativeMailbox.class,
          io.github.autodiscover4j.model.outlook.NetworkRequirements.class,
          io.github.autodiscover4j.model.outlook.MapiHttpEndpoint.class,
          io.github.autodiscover4j.model.outlook.PublicFolderInformation.class,
          io.github.autodiscover4j.model.outlook.OutlookError.class,
          io.github.autodiscover4j.model.mobilesync.MobileSyncResponse.class,
          io.github.autodiscover4j.model.mobilesync.MobileSyncUser.class,
          io.github.autodiscover4j.model.mobilesync.MobileSyncAction.class,
          io.github.autodiscover4j.model.mobilesync.MobileSyncSettings.class,
          io.github.autodiscover4j.model.mobilesync.MobileSyncServer.class,
          io.github.autodiscover4j.model.mobilesync.MobileSyncError.class,
          io.github.autodiscover4j.model.request.OutlookRequest.class,
          io.github.autodiscover4j.model.mobilesync.request.MobileSyncRequest.class
        }) {
      for (Field f : type.getDeclaredFields()) {
        if (f.isAnnotationPresent(XmlElement.class)
            || f.isAnnotationPresent(XmlAttribute.class)
            || f.isAnnotationPresent(XmlValue.class)) {
          all.add(type.getSimpleName() + "." + f.getName());
        }
      }
    }
    all.removeAll(REACHED);
    assertTrue(all.isEmpty(), "never generated: " + all);
  }
}
