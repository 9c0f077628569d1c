package io.github.autodiscover4j.lint;

import io.github.autodiscover4j.AutodiscoverDocument;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What {@link Linter#lint(byte[])} found in one document. Immutable. */
public final class LintReport {
  private final @Nullable AutodiscoverDocument document;
  private final List<Finding> findings;

  LintReport(@Nullable AutodiscoverDocument document, List<Finding> findings) {
    this.document = document;
    this.findings = Collections.unmodifiableList(findings);
  }

  /**
   * Returns the findings in document order, errors and warnings together.
   *
   * @return an unmodifiable list; empty for a clean response
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns whether any finding is an {@link Finding.Severity#ERROR}.
   *
   * @return {@code true} when the response has errors
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
  public Optional<AutodiscoverDocument> document() {
    return Optional.ofNullable(document);
  }
}
