/**
 * The response envelope every POX Autodiscover response is wrapped in ({@code Autodiscover}), and
 * the protocol-level error a server returns before it has chosen a provider ({@code
 * Response/Error}). Namespace {@code
 * http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006}; compiled from {@code
 * response.xsd}.
 *
 * <p>Null-marked: getters of optional elements and attributes are {@code @Nullable} (every
 * single-valued one is optional), lists are never null.
 *
 * <p>The classes are generated at build time by XJC from the schema in {@code
 * src/main/resources/xsd}; only this overview is written by hand.
 */
@NullMarked
package io.github.autodiscover4j.model.envelope;

import org.jspecify.annotations.NullMarked;
