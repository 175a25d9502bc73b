package dev.srdi.core.check;

import dev.srdi.core.policy.Citation;
import java.util.Comparator;
import java.util.Objects;

/**
 * One result of the policy check: how much it matters, a stable code (e.g. {@code cap-never-binds}), what it is
 * about (a measure, parameter, target, duty or interpretation id), the clause, and a message in plain words.
 *
 * @param severity how much it matters
 * @param code a stable code, e.g. {@code cap-never-binds}
 * @param subject the id of what it is about
 * @param citation the clause concerned
 * @param message the finding in plain words
 */
public record Finding(Severity severity, String code, String subject, Citation citation, String message) {
  /** The order of a report: errors first, then by code, subject and message. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
      .thenComparing(Finding::code).thenComparing(Finding::subject).thenComparing(Finding::message);

  /**
   * Rejects a missing value.
   *
   * @param severity how much it matters
   * @param code the code
   * @param subject what it is about
   * @param citation the clause
   * @param message the finding
   */
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A finding that fails the build: the plugin contradicts its text.
   *
   * @param code the code
   * @param subject what it is about
   * @param citation the clause
   * @param message the finding
   * @return the finding
   */
  public static Finding error(String code, String subject, Citation citation, String message) {
    return new Finding(Severity.ERROR, code, subject, citation, message);
  }

  /**
   * A finding worth a reader's look.
   *
   * @param code the code
   * @param subject what it is about
   * @param citation the clause
   * @param message the finding
   * @return the finding
   */
  public static Finding warning(String code, String subject, Citation citation, String message) {
    return new Finding(Severity.WARNING, code, subject, citation, message);
  }

  /**
   * A finding for information only.
   *
   * @param code the code
   * @param subject what it is about
   * @param citation the clause
   * @param message the finding
   * @return the finding
   */
  public static Finding info(String code, String subject, Citation citation, String message) {
    return new Finding(Severity.INFO, code, subject, citation, message);
  }
}
