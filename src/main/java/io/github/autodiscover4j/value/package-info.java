/**
 * Typed values of the Autodiscover formats, each keeping what the server sent: {@link
 * io.github.autodiscover4j.value.OnOffValue} and {@link
 * io.github.autodiscover4j.value.OnOffSetting} (on/off with its documented default, absent told
 * apart from off), {@link io.github.autodiscover4j.value.IntValue} (ports, hours, codes that keep
 * junk raw), {@link io.github.autodiscover4j.value.Term} over the open vocabularies ({@link
 * io.github.autodiscover4j.value.ProtocolType}, {@link io.github.autodiscover4j.value.Encryption},
 * {@link io.github.autodiscover4j.value.AuthPackage}, {@link
 * io.github.autodiscover4j.value.AuthenticationMethod}, {@link
 * io.github.autodiscover4j.value.AccountAction}), the documented defaults in one table ({@link
 * io.github.autodiscover4j.value.Defaults}) and {@link
 * io.github.autodiscover4j.value.UnknownElement} for content no schema knows. All immutable.
 */
@NullMarked
package io.github.autodiscover4j.value;

import org.jspecify.annotations.NullMarked;
