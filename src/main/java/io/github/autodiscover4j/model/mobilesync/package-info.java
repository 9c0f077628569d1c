/**
 * The ActiveSync (MobileSync) Autodiscover response. Namespace {@code
 * http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006}; compiled from
 * {@code mobilesync-response.xsd}.
 *
 * <p>The classes are generated at build time by XJC from the schema in {@code
 * src/main/resources/xsd}; only this overview is written by hand.
 */
package io.github.autodiscover4j.model.mobilesync;
