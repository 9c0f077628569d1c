package io.github.autodiscover4j.lint;

/**
 * One thing a server administrator should fix in an Autodiscover response.
 *
 * @param rule the rule that found it: its id, severity and general fix
 * @param path the element path, for example {@code
 *     Autodiscover/Response/Account/Protocol[2]/Encryption}
 * @param line the 1-based line of the element, or -1 when it is absent from the document
 * @param column the column just after the element's start tag, or -1
 * @param message what is wrong
 * @param fix one sentence saying what to change here (the rule's {@link LintRule#fix()} worded for
 *     the case)
 */
public record Finding(
    LintRule rule, String path, int line, int column, String message, String fix) {
  /**
   * Returns how much the finding matters: its rule's severity.
   *
   * @return {@code ERROR} when clients will fail or leak, {@code WARNING} when some clients will
   *     misread it
   */
  public Severity severity() {
    return rule.severity();
  }

  /**
   * Returns the rule's stable id, for example {@code encryption-tls-on-implicit-tls-port}.
   *
   * @return the id
   */
  public String ruleId() {
    return rule.id();
  }

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
        + rule.severity()
        + " "
        + rule.id()
        + " "
        + path
        + ": "
        + message
        + " Fix: "
        + fix;
  }
}
