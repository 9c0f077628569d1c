package io.github.autodiscover4j.discovery;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One source's run within a look-up: the branch its requests go out on, and what else must stop
 * when the engine cancels it (a POX procedure of its own).
 */
final class SourceRun {
  private final Branch branch;
  private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();
  private volatile boolean cancelled;

  SourceRun(Branch branch) {
    this.branch = branch;
  }

  Branch branch() {
    return branch;
  }

  /** Runs {@code hook} when the run is cancelled (at once when it already was). */
  void onCancel(Runnable hook) {
    onCancel.add(hook);
    if (cancelled) {
      hook.run();
    }
  }

  boolean cancelled() {
    return cancelled || branch.cancelled();
  }

  /** Cancels the run: its request in flight and everything registered. */
  void cancel() {
    cancelled = true;
    branch.cancel();
    for (Runnable hook : onCancel) {
      hook.run();
    }
  }
}
