/**
 * Mozilla autoconfig ({@code config-v1.1.xml}) and the IETF draft draft-ietf-mailmaint-autoconfig
 * ({@code clientConfig} version 1.2): {@code clientConfig}, its {@code emailProvider} with incoming
 * and outgoing servers, the URL-based server types, OAuth2 settings and the version 1.2 services.
 * No namespace; compiled from {@code autoconfig.xsd}. Read and write it through {@link
 * io.github.autodiscover4j.Autoconfig}.
 *
 * <p>Null-marked: getters of optional elements and attributes are {@code @Nullable} (every
 * single-valued one is optional), lists are never null.
 *
 * <p>The classes are generated at build time by XJC from the schema in {@code
 * src/main/resources/xsd}; only this overview is written by hand.
 */
@NullMarked
package io.github.autodiscover4j.model.autoconfig;

import org.jspecify.annotations.NullMarked;
