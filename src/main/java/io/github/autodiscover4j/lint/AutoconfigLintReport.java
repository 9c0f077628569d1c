package io.github.autodiscover4j.lint;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What {@link Autoconfig#lint(byte[])} found in one autoconfig document. Immutable. */
public final class AutoconfigLintReport {
  private final @Nullable AutoconfigDocument document;
  private final List<Finding> findings;

  AutoconfigLintReport(@Nullable AutoconfigDocument document, List<Finding> findings) {
    this.document = document;
    this.findings = Collections.unmodifiableList(findings);
  }

  /**
   * Returns the findings in document order, errors and warnings together.
   *
   * @return an unmodifiable list; empty for a clean document
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns whether any finding is an {@link Finding.Severity#ERROR}.
   *
   * @return {@code true} when the document has errors
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
  }

  /**
   * Returns the parsed document.
   *
   * @return the document, or empty when it could not be read at all (then the only finding says
   *     why)
   */
  public Optional<AutoconfigDocument> document() {
    return Optional.ofNullable(document);
  }
}
