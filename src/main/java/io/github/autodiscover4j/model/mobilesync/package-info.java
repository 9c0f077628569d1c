/**
 * The ActiveSync (MobileSync) Autodiscover response. Namespace {@code
 * http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006}; compiled from
 * {@code mobilesync-response.xsd}.
 *
 * <p>Null-marked: getters of optional elements and attributes are {@code @Nullable} (every
 * single-valued one is optional), lists are never null.
 *
 * <p>The classes are generated at build time by XJC from the schema in {@code
 * src/main/resources/xsd}; only this overview is written by hand.
 */
@NullMarked
package io.github.autodiscover4j.model.mobilesync;

import org.jspecify.annotations.NullMarked;
