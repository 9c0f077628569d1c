/**
 * The command line in the jar: {@code java -jar autodiscover4j.jar [--xml] FILE...} summarises documents, and
 * {@code java -jar autodiscover4j.jar discover ADDRESS} runs discovery.
 */
package io.github.autodiscover4j.cli;
