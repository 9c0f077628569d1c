package io.github.autodiscover4j.discovery;

import io.github.autodiscover4j.AutodiscoverDocument;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * What a chain of requests ends with: settings, a new address to restart with, or nothing. A new
 * address is only a proposal: the procedure applies it (and any trust it carries) for the winning
 * chain alone, so a losing parallel branch changes nothing.
 */
final class Answer {
  static final Answer NONE = new Answer(null, new byte[0], null, null, TrustDecision.NOT_CHECKED);

  final @Nullable AutodiscoverDocument document;
  final byte[] bytes;
  final @Nullable URI url;
  final @Nullable String newAddress;

  /** How the URL that answered was trusted: for a new address, whether its domain is trusted. */
  final TrustDecision trust;

  private Answer(
      @Nullable AutodiscoverDocument document,
      byte[] bytes,
      @Nullable URI url,
      @Nullable String newAddress,
      TrustDecision trust) {
    this.document = document;
    this.bytes = bytes;
    this.url = url;
    this.newAddress = newAddress;
    this.trust = trust;
  }

  static Answer settings(AutodiscoverDocument document, byte[] bytes, URI url) {
    return new Answer(document, bytes, url, null, TrustDecision.NOT_CHECKED);
  }

  static Answer redirectAddress(String newAddress, URI from, TrustDecision trust) {
    return new Answer(null, new byte[0], from, newAddress, trust);
  }

  boolean found() {
    return document != null || newAddress != null;
  }
}
