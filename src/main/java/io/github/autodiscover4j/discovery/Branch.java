package io.github.autodiscover4j.discovery;

import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A line of requests that can be abandoned: the sequential procedure is one, each side of a
 * parallel race is one. Each request it sends yields exactly one attempt: recorded by the branch
 * when its outcome is known, or as cancelled by whoever abandons the branch first. Once cancelled,
 * a branch records and sends nothing more.
 */
final class Branch {
  private final AttemptRecorder recorder;
  private final BooleanSupplier lookupCancelled;
  private boolean cancelled;
  private @Nullable Future<?> inFlight;
  private AttemptRecorder.@Nullable Step inFlightStep;

  Branch(AttemptRecorder recorder, BooleanSupplier lookupCancelled) {
    this.recorder = recorder;
    this.lookupCancelled = lookupCancelled;
  }

  /**
   * Registers a request on its way; false (and the request cancelled) when the branch is already
   * abandoned.
   */
  synchronized boolean start(Future<?> request, AttemptRecorder.Step step) {
    if (cancelled()) {
      request.cancel(true);
      return false;
    }
    inFlight = request;
    inFlightStep = step;
    return true;
  }

  synchronized boolean cancelled() {
    return cancelled || lookupCancelled.getAsBoolean();
  }

  /** Records an attempt, unless the branch was abandoned (its in-flight one is recorded then). */
  synchronized void record(Attempt attempt) {
    if (!cancelled()) {
      inFlight = null;
      inFlightStep = null;
      recorder.add(attempt);
    }
  }

  /** Abandons the branch: its request in flight is cancelled and recorded as such. */
  synchronized void cancel() {
    if (cancelled) {
      return;
    }
    cancelled = true;
    Future<?> request = inFlight;
    AttemptRecorder.Step step = inFlightStep;
    if (request != null && step != null) {
      request.cancel(true);
      recorder.add(step.end(Attempt.Outcome.CANCELLED, "abandoned"));
    }
    inFlight = null;
    inFlightStep = null;
  }
}
