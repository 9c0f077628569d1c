package io.github.autodiscover4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The build's index of the model's annotations says exactly what the annotations say: a first parse
 * reads the index, the annotations are the truth.
 */
class ModelFactsTest {
  private static String shipped() throws Exception {
    try (InputStream in = ModelFacts.class.getResourceAsStream(ModelFacts.INDEX)) {
      assertNotNull(in, "the build writes " + ModelFacts.INDEX + " next to ModelFacts");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theIndexIsReadUnlessThisRunReadsTheAnnotations() {
    // the jdk-parser run reads the annotations, so that the library's fallback is tested whole
    assertEquals(!Boolean.getBoolean(ModelFacts.ANNOTATIONS_ONLY), ModelFacts.indexed());
  }

  @Test
  void theShippedIndexIsTheOneTheseClassesMake() throws Exception {
    StringWriter fresh = new StringWriter();
    ModelFacts.write(fresh);
    assertEquals(fresh.toString(), shipped());
  }

  @Test
  void everyIndexedClassAndFieldReadsAsItsAnnotations() throws Exception {
    ModelFacts index = ModelFacts.read(new BufferedReader(new StringReader(shipped())));
    // every model class of the four roots, the autoconfig model's too
    assertTrue(index.types().size() > 40, () -> index.types().size() + " classes");
    for (Map.Entry<Class<?>, ModelFacts.TypeFacts> e : index.types().entrySet()) {
      assertEquals(ModelFacts.fromAnnotations(e.getKey()), e.getValue(), e.getKey().getName());
      for (Field field : e.getKey().getDeclaredFields()) {
        assertEquals(
            ModelFacts.fromAnnotations(field),
            index.fields().get(field),
            e.getKey().getName() + "." + field.getName());
      }
    }
  }

  @Test
  void aMissingOrBrokenIndexLeavesTheAnnotations() throws Exception {
    // an index naming a class that does not exist cannot be read; ModelFacts then reads annotations
    org.junit.jupiter.api.Assertions.assertThrows(
        ClassNotFoundException.class,
        () ->
            ModelFacts.read(new BufferedReader(new StringReader("T\tno.such.Type\t1\t\t0\t\t\n"))));
    Class<?> protocol = io.github.autodiscover4j.model.outlook.Protocol.class;
    assertEquals(ModelFacts.fromAnnotations(protocol), ModelFacts.type(protocol));
  }
}
