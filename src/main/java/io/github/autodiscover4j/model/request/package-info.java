/**
 * The Outlook POX Autodiscover request. Namespace {@code
 * http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006}; compiled from
 * {@code outlook-request.xsd}. Build one with {@link
 * io.github.autodiscover4j.Autodiscover#outlookRequest(String)}.
 *
 * <p>The classes are generated at build time by XJC from the schema in {@code
 * src/main/resources/xsd}; only this overview is written by hand.
 */
package io.github.autodiscover4j.model.request;
