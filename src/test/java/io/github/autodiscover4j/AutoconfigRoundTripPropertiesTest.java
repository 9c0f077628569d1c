package io.github.autodiscover4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.autodiscover4j.model.autoconfig.ClientConfig;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.Test;

/**
 * Property: any valid autoconfig model, written and read back, is the same model, field by field
 * ({@link RandomModels}, seeded; {@code -Dautodiscover4j.tries=N} as for POX).
 */
class AutoconfigRoundTripPropertiesTest {
  private static final int TRIES = Integer.getInteger("autodiscover4j.tries", 300);

  @Test
  void writingThenReadingGivesTheSameModel() throws AutodiscoverException {
    Set<String> reached = new ConcurrentSkipListSet<>();
    for (int seed = 0; seed < TRIES; seed++) {
      ClientConfig model = new RandomModels(seed, reached).autoconfig();
      String xml = Autoconfig.toXml(model);
      AutoconfigDocument read;
      try {
        read = Autoconfig.parse(xml);
      } catch (AutodiscoverException e) {
        throw new AssertionError(
            "seed " + seed + ": the writer's output was rejected: " + e.getMessage() + "\n" + xml,
            e);
      }
      Optional<String> difference = ModelComparison.firstDifference(model, read.root());
      if (difference.isPresent()) {
        throw new AssertionError("seed " + seed + ": " + difference.get() + "\n" + xml);
      }
      String again = Autoconfig.toXml(read);
      assertEquals(again, Autoconfig.toXml(Autoconfig.parse(again)), "seed " + seed);
    }
    // every field of the model was given a value by some seed
    assertEquals(true, reached.contains("AutoconfigServer.hostname"), reached.toString());
    assertEquals(true, reached.contains("OAuth2Config.tokenURL"), reached.toString());
    assertEquals(true, reached.contains("WebMailField.name"), reached.toString());
  }
}
