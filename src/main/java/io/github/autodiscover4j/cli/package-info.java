/**
 * The command line ({@link io.github.autodiscover4j.cli.Main}), shipped as its own executable jar
 * ({@code target/autodiscover4j-<version>-cli.jar}, the library, its run-time dependencies and
 * picocli inside): {@code autodiscover4j [--xml | --json] [--verbose] [--email ADDRESS] [--output
 * DIR] FILE...} summarises documents, {@code lint [--json] FILE...} checks them, {@code convert
 * --to autoconfig|pox} converts, {@code discover ADDRESS} runs discovery, and {@code serve
 * --settings FILE} answers clients from an autoconfig file; each has {@code --help}. Parsed by
 * picocli, which only this package uses (an optional dependency: the library runs without it). Not
 * API: the output formats other than {@code --json} may change.
 */
@NullMarked
package io.github.autodiscover4j.cli;

import org.jspecify.annotations.NullMarked;
