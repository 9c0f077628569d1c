/**
 * What a client does with a response: {@link io.github.autodiscover4j.settings.AccountSettings} for
 * the account dialog (incoming and outgoing servers, resolved {@link
 * io.github.autodiscover4j.settings.TransportSecurity}, user name, SPA, SMTPLast in words), {@link
 * io.github.autodiscover4j.settings.ExchangeEndpoints} for the Exchange services, and the typed
 * vocabularies ({@link io.github.autodiscover4j.value.Term}).
 */
@NullMarked
package io.github.autodiscover4j.settings;

import org.jspecify.annotations.NullMarked;
