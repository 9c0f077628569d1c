/**
 * Typed views of a Mozilla autoconfig document ({@link
 * io.github.autodiscover4j.AutoconfigDocument}): servers with their socket type and authentication
 * methods in order of preference ({@link io.github.autodiscover4j.autoconfig.ServerView}), and the
 * {@code %EMAILADDRESS%}-style placeholders ({@link
 * io.github.autodiscover4j.autoconfig.Placeholders}).
 */
@NullMarked
package io.github.autodiscover4j.autoconfig;

import org.jspecify.annotations.NullMarked;
