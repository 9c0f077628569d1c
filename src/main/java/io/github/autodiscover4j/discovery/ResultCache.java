package io.github.autodiscover4j.discovery;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A client's own cache of answers, keyed by address and schema, honouring each answer's {@code
 * TTL}. It keeps the bytes, not the model, so every hit parses a fresh tree for its caller.
 */
final class ResultCache {
  /** One cached answer. */
  @SuppressWarnings(
      "ArrayRecordComponent") // internal and never compared: the cached bytes of one answer
  record Entry(
      byte[] bytes,
      URI url,
      String emailAddress,
      List<Attempt> attempts,
      Instant receivedAt,
      Optional<Instant> expiresAt) {}

  private final Map<String, Entry> entries;

  ResultCache(int maxEntries) {
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > maxEntries;
          }
        };
  }

  static String key(String address, ResponseSchema schema) {
    return schema + " " + address.strip().toLowerCase(Locale.ROOT);
  }

  synchronized Optional<Entry> get(String key, Instant now) {
    Entry entry = entries.get(key);
    if (entry != null && entry.expiresAt().map(expiry -> !expiry.isAfter(now)).orElse(false)) {
      entries.remove(key);
      return Optional.empty();
    }
    return Optional.ofNullable(entry);
  }

  synchronized void put(String key, Entry entry) {
    entries.put(key, entry);
  }

  synchronized void remove(String key) {
    entries.remove(key);
  }

  synchronized void clear() {
    entries.clear();
  }
}
