package io.github.autodiscover4j;

/**
 * One thing a server administrator should fix in an Autodiscover response.
 *
 * @param severity {@code ERROR} when clients will fail or leak, {@code WARNING} when some clients
 *     will misread it
 * @param rule a stable identifier of the check, for example {@code encryption-tls-on-implicit-port}
 * @param path the element path, for example {@code
 *     Autodiscover/Response/Account/Protocol[2]/Encryption}
 * @param line the 1-based line of the element, or -1 when it is absent from the document
 * @param column the column just after the element's start tag, or -1
 * @param message what is wrong
 * @param fix one sentence saying what to change
 */
public record Finding(
    Severity severity, String rule, String path, int line, int column, String message, String fix) {
  /** How much a finding matters. */
  public enum Severity {
    /** Clients will fail, or credentials may go where they should not. */
    ERROR,
    /** Some clients will misread the response, or it relies on a reader's leniency. */
    WARNING
  }

  /**
   * Returns for example {@code 12:15 ERROR encryption-tls-on-implicit-port .../Encryption: ... Fix:
   * ...}.
   */
  @Override
  public String toString() {
    return (line > 0 ? line + ":" + column + " " : "")
        + severity
        + " "
        + rule
        + " "
        + path
        + ": "
        + message
        + " Fix: "
        + fix;
  }
}
