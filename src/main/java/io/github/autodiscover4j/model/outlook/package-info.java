/**
 * The Outlook POX Autodiscover response: {@code User}, {@code Account}, {@code Protocol} and their
 * settings. Namespace {@code
 * http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a}; compiled from
 * {@code outlook-response.xsd}. The typed accessors with documented defaults ({@code
 * Protocol.smtpLast()}, {@code ssl()}, ...) are injected by the bindings file.
 *
 * <p>The classes are generated at build time by XJC from the schema in {@code
 * src/main/resources/xsd}; only this overview is written by hand.
 */
package io.github.autodiscover4j.model.outlook;
