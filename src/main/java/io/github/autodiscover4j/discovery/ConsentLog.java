package io.github.autodiscover4j.discovery;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The caller's {@link TrustCallback}, with a record of every question it answered yes to, so that
 * the result can show what the user approved. One per look-up.
 */
final class ConsentLog implements TrustCallback {
  private final TrustCallback callback;
  private final List<TrustRequest> allowed = new CopyOnWriteArrayList<>();

  ConsentLog(TrustCallback callback) {
    this.callback = callback;
  }

  @Override
  public boolean allow(TrustRequest request) {
    boolean yes = callback.allow(request);
    if (yes) {
      allowed.add(request);
    }
    return yes;
  }

  List<TrustRequest> allowed() {
    return List.copyOf(allowed);
  }
}
