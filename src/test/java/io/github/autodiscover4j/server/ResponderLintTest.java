package io.github.autodiscover4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.lint.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every answer the responder gives for the autoconfig samples passes the library's own lint with no
 * error: the Outlook answer, the MobileSync answer and the autoconfig answer; and the Outlook and
 * autoconfig answers agree ({@code CrossFormatCheck}). A sample whose own lint has errors (insecure
 * on purpose) is left out, and that it has them is checked, so that no sample is skipped for a
 * wrong reason; unreadable samples (an HTML page) likewise.
 */
class ResponderLintTest {
  static Stream<Path> samples() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(Path.of("src/test/resources/samples/autoconfig"))) {
      list.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(files::add);
    }
    files.add(Path.of("src/test/resources/server/example.com.xml"));
    return files.stream();
  }

  private static List<String> errors(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.severity() == Finding.Severity.ERROR)
        .map(Finding::toString)
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyAnswerForTheSamplePassesLint(Path sample) throws IOException {
    AutoconfigDocument template;
    try {
      template = Autoconfig.parse(sample);
    } catch (AutodiscoverException e) {
      assertTrue(Autoconfig.lint(sample).hasErrors(), sample + " is unreadable yet lints clean");
      return;
    }
    if (Autoconfig.lint(sample).hasErrors()) {
      return; // insecure on purpose: what the responder serves from it is the operator's choice
    }
    // a function source, so that templates with only %EMAILDOMAIN% domains are answered too
    Responder responder = Responder.builder().settings(a -> Optional.of(template)).build();
    String address = "dana@" + domain(template);
    int answers = 0;
    io.github.autodiscover4j.AutodiscoverDocument outlook = null;
    for (String schema : List.of(ResponderTest.OUTLOOK_SCHEMA, ResponderTest.MOBILE_SYNC_SCHEMA)) {
      ResponderAnswer answer =
          ResponderTest.post(
              responder, ResponderTest.request(ResponderTest.OUTLOOK_REQUEST, address, schema));
      assertEquals(200, answer.status());
      assertEquals(
          List.of(),
          errors(io.github.autodiscover4j.Autodiscover.lint(answer.body()).findings()),
          answer.bodyText());
      if (schema.equals(ResponderTest.OUTLOOK_SCHEMA)) {
        outlook = io.github.autodiscover4j.Autodiscover.parse(answer.body());
      }
      answers++;
    }
    ResponderAnswer autoconfig =
        responder.answer(ResponderRequest.get("/mail/config-v1.1.xml?emailaddress=" + address));
    assertEquals(200, autoconfig.status());
    assertEquals(List.of(), errors(Autoconfig.lint(autoconfig.body()).findings()));
    assertEquals(2, answers);
    // one source of truth: a client gets the same servers from POX as from autoconfig
    assertEquals(
        List.of(),
        io.github.autodiscover4j.lint.CrossFormatCheck.compare(
                java.util.Objects.requireNonNull(outlook),
                Autoconfig.parse(autoconfig.body()),
                address)
            .stream()
            .map(Finding::toString)
            .toList());
  }

  @org.junit.jupiter.api.Test
  void mostSamplesAreAnsweredNotLeftOut() throws IOException {
    long answered =
        samples()
            .filter(
                p -> {
                  try {
                    return !Autoconfig.lint(p).hasErrors();
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                })
            .count();
    assertTrue(answered >= 20, "only " + answered + " samples are answered");
  }

  private static String domain(AutoconfigDocument template) {
    return template.domains().stream()
        .filter(d -> !d.contains("%"))
        .findFirst()
        .orElse("hosted.example");
  }
}
