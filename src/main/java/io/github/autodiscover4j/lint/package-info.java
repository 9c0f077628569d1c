/**
 * Checks a response the way a server administrator needs: {@link
 * io.github.autodiscover4j.lint.Linter} reads a document with its outline and reports {@link
 * io.github.autodiscover4j.lint.Finding}s in a {@link io.github.autodiscover4j.lint.LintReport};
 * each finding names its {@link io.github.autodiscover4j.lint.LintRule} (a stable id, a severity
 * and the fix). The rules that concern a mail client are shared with the settings view's
 * advisories.
 */
@NullMarked
package io.github.autodiscover4j.lint;

import org.jspecify.annotations.NullMarked;
