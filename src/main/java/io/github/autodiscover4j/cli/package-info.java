/**
 * The command line, shipped as its own executable jar ({@code
 * target/autodiscover4j-<version>-cli.jar}, the library and its run-time dependencies inside): a
 * summary, the canonical XML or the JSON of captured responses ({@code java -jar
 * autodiscover4j-<version>-cli.jar FILE...}), {@code lint FILE...} for server administrators, and
 * {@code discover ADDRESS} to run discovery. {@link io.github.autodiscover4j.cli.Main} lists each
 * command and its exit codes; {@code --help} and {@code discover --help} print the options. Not
 * API: the output formats other than {@code --json} may change.
 */
@NullMarked
package io.github.autodiscover4j.cli;

import org.jspecify.annotations.NullMarked;
