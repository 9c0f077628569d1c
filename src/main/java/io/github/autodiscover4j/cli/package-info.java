/**
 * The command line in the jar ({@link io.github.autodiscover4j.cli.Main}): {@code autodiscover4j
 * [--xml | --json] [--verbose] [--email ADDRESS] [--output DIR] FILE...} summarises documents,
 * {@code lint [--json] FILE...} checks them, {@code convert --to autoconfig|pox} converts, and
 * {@code discover ADDRESS} runs discovery; each has {@code --help}. Parsed by picocli, which only
 * this package uses (an optional dependency: the library runs without it).
 */
@NullMarked
package io.github.autodiscover4j.cli;

import org.jspecify.annotations.NullMarked;
