/**
 * The command line in the jar: {@code java -jar autodiscover4j.jar [--xml] FILE...} summarises
 * documents, and {@code java -jar autodiscover4j.jar discover ADDRESS} runs discovery.
 */
@NullMarked
package io.github.autodiscover4j.cli;

import org.jspecify.annotations.NullMarked;
