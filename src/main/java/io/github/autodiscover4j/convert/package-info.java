/**
 * Conversion between POX Autodiscover and Mozilla autoconfig at the model level, with a loss report
 * that names everything the other format cannot carry. Start at {@link
 * io.github.autodiscover4j.convert.Conversion}.
 */
@NullMarked
package io.github.autodiscover4j.convert;

import org.jspecify.annotations.NullMarked;
