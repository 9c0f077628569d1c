/** The command line in the jar: {@code java -jar autodiscover4j.jar [--xml] FILE...}. */
package io.github.autodiscover4j.cli;
