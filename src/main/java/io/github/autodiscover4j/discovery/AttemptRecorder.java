package io.github.autodiscover4j.discovery;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The one attempt recorder of a look-up: attempts are described field by field on a {@link Step}
 * and recorded once, in the order they end. The only caller of {@link Attempt}'s constructor.
 */
final class AttemptRecorder {
  /** The longest detail kept: a hostile server's text is not copied whole into the record. */
  static final int MAX_DETAIL = 500;

  private final List<Attempt> attempts = new ArrayList<>();
  private final Consumer<Attempt> sink;

  /** A recorder that keeps its attempts to itself. */
  AttemptRecorder() {
    this(attempt -> {});
  }

  /**
   * A recorder that also hands every attempt, as it is recorded, to {@code sink}: the engine's own
   * recorder (so one chain holds every source's attempts) or the caller's progress listener. A sink
   * that throws is ignored.
   */
  AttemptRecorder(Consumer<Attempt> sink) {
    this.sink = sink;
  }

  synchronized void add(Attempt attempt) {
    attempts.add(attempt);
    try {
      sink.accept(attempt);
    } catch (RuntimeException e) {
      // a listener's failure is not the look-up's
    }
  }

  synchronized List<Attempt> snapshot() {
    return List.copyOf(attempts);
  }

  /** Starts describing a step on a URL, for an address; nothing is recorded until it ends. */
  static Step step(URI url, CandidateSource source, String address) {
    return new Step(url, source, address);
  }

  /** One step being described: what was sent, how, and (at its end) what came of it. */
  static final class Step {
    private final URI url;
    private final CandidateSource source;
    private final String address;
    private String method = "-";
    private TrustDecision trust = TrustDecision.NOT_CHECKED;
    private Credentials.Scheme credentials = Credentials.Scheme.NONE;
    private OptionalInt status = OptionalInt.empty();
    private long start = System.nanoTime();
    private boolean timed;

    private Step(URI url, CandidateSource source, String address) {
      this.url = url;
      this.source = source;
      this.address = address;
    }

    /** The request was sent with this method; the step is timed from now. */
    Step sent(String method) {
      this.method = method;
      this.start = System.nanoTime();
      this.timed = true;
      return this;
    }

    Step trust(TrustDecision trust) {
      this.trust = trust;
      return this;
    }

    Step credentials(Credentials.Scheme credentials) {
      this.credentials = credentials;
      return this;
    }

    Step status(int status) {
      this.status = status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
      return this;
    }

    URI url() {
      return url;
    }

    String address() {
      return address;
    }

    CandidateSource source() {
      return source;
    }

    TrustDecision trust() {
      return trust;
    }

    Credentials.Scheme credentials() {
      return credentials;
    }

    /** Ends the step with an outcome and a short explanation. */
    Attempt end(Attempt.Outcome outcome, String detail) {
      String kept = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "..." : detail;
      return new Attempt(
          url,
          method,
          source,
          address,
          outcome,
          status,
          timed ? Duration.ofNanos(System.nanoTime() - start) : Duration.ZERO,
          trust,
          credentials,
          kept);
    }
  }
}
