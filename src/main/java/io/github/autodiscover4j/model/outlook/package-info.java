/**
 * The Outlook POX Autodiscover response: {@code User}, {@code Account}, {@code Protocol} and their
 * settings. Namespace {@code
 * http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a}; compiled from
 * {@code outlook-response.xsd}. The typed accessors with documented defaults ({@code
 * Protocol.smtpLast()}, {@code ssl()}, ...) are injected by the bindings file.
 *
 * <p>Null-marked: getters of optional elements and attributes are {@code @Nullable} (every
 * single-valued one is optional), lists are never null.
 *
 * <p>The classes are generated at build time by XJC from the schema in {@code
 * src/main/resources/xsd}; only this overview is written by hand.
 */
@NullMarked
package io.github.autodiscover4j.model.outlook;

import org.jspecify.annotations.NullMarked;
