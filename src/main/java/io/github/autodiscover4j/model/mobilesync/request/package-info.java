/**
 * The ActiveSync (MobileSync) Autodiscover request. Namespace {@code
 * http://schemas.microsoft.com/exchange/autodiscover/mobilesync/requestschema/2006}; compiled from
 * {@code mobilesync-request.xsd}. Build one with {@link
 * io.github.autodiscover4j.Autodiscover#mobileSyncRequest(String)}.
 *
 * <p>The classes are generated at build time by XJC from the schema in {@code
 * src/main/resources/xsd}; only this overview is written by hand.
 */
package io.github.autodiscover4j.model.mobilesync.request;
