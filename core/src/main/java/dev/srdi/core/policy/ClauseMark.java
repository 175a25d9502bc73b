package dev.srdi.core.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * What a plugin says of a clause that nothing cites: that it carries no obligation (a preamble, a
 * statement of purpose), or that it does and the plugin does not encode it (a known gap). Either way
 * with a one-line reason, so that an unmarked, uncited clause is an unexplained gap.
 */
public sealed interface ClauseMark {
  /** {@return the document of the clause} */
  DocumentId document();

  /** {@return the clause's label as a citation writes it} */
  String clause();

  /** {@return why nothing cites the clause, in one line; not blank} */
  String reason();

  /** {@return the table entry it was read from, where it was} */
  Optional<Source> source();

  /**
   * A clause with nothing to encode.
   *
   * @param document the document
   * @param clause the clause's label
   * @param reason why it carries no obligation
   * @param source the table entry, if any
   */
  record NoRule(DocumentId document, String clause, String reason, Optional<Source> source) implements ClauseMark {
    /**
     * Rejects a missing value and a blank reason.
     *
     * @param document the document
     * @param clause the clause's label
     * @param reason why
     * @param source the table entry, if any
     */
    public NoRule {
      check(document, clause, reason, source);
    }
  }

  /**
   * A clause that carries an obligation the plugin does not encode; the reason says which.
   *
   * @param document the document
   * @param clause the clause's label
   * @param reason which obligation is not encoded
   * @param source the table entry, if any
   */
  record KnownGap(DocumentId document, String clause, String reason, Optional<Source> source) implements ClauseMark {
    /**
     * Rejects a missing value and a blank reason.
     *
     * @param document the document
     * @param clause the clause's label
     * @param reason which obligation
     * @param source the table entry, if any
     */
    public KnownGap {
      check(document, clause, reason, source);
    }
  }

  private static void check(DocumentId document, String clause, String reason, Optional<Source> source) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(source, "source");
    if (reason.isBlank()) {
      throw new IllegalArgumentException(clause + ": a mark needs its reason");
    }
  }
}
