package dev.srdi.core.check;

import dev.srdi.core.policy.Citation;
import java.util.Comparator;
import java.util.Objects;

/**
 * One result of the policy check: how much it matters, a stable code (e.g. {@code cap-never-binds}),
 * what it is about (a measure, parameter, target, duty or interpretation id), the clause, and a
 * message in plain words.
 */
public record Finding(Severity severity, String code, String subject, Citation citation, String message) {
  /** Errors first, then by code, subject and message, so that the same policy gives the same list. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
      .thenComparing(Finding::code).thenComparing(Finding::subject).thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(message, "message");
  }

  public static Finding error(String code, String subject, Citation citation, String message) {
    return new Finding(Severity.ERROR, code, subject, citation, message);
  }

  public static Finding warning(String code, String subject, Citation citation, String message) {
    return new Finding(Severity.WARNING, code, subject, citation, message);
  }

  public static Finding info(String code, String subject, Citation citation, String message) {
    return new Finding(Severity.INFO, code, subject, citation, message);
  }
}
