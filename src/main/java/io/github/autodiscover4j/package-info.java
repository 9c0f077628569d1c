/**
 * Exchange POX Autodiscover for the JVM. Start at {@link io.github.autodiscover4j.Autodiscover}: it
 * parses any Autodiscover document into an {@link io.github.autodiscover4j.AutodiscoverDocument},
 * writes any model in canonical form, and builds requests. The typed values ({@link
 * io.github.autodiscover4j.value.OnOffSetting}, {@link io.github.autodiscover4j.value.OnOffValue},
 * {@link io.github.autodiscover4j.value.IntValue}, {@link
 * io.github.autodiscover4j.value.UnknownElement}) keep what a server sent, junk included, next to
 * what a client should act on. The model itself is generated from the schemas into the {@code
 * model} packages.
 */
@NullMarked
package io.github.autodiscover4j;

import org.jspecify.annotations.NullMarked;
