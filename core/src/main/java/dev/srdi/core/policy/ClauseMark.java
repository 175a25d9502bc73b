package dev.srdi.core.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * What a plugin says of a clause that nothing cites: that it carries no obligation (a preamble, a
 * statement of purpose), or that it does and the plugin does not encode it (a known gap). Either way
 * with a one-line reason, so that an unmarked, uncited clause is an unexplained gap.
 */
public sealed interface ClauseMark {
  DocumentId document();

  String clause();

  String reason();

  /** The table entry it was read from, where it was. */
  Optional<Source> source();

  /** A clause with nothing to encode. */
  record NoRule(DocumentId document, String clause, String reason, Optional<Source> source) implements ClauseMark {
    public NoRule {
      check(document, clause, reason, source);
    }
  }

  /** A clause that carries an obligation the plugin does not encode; the reason says which. */
  record KnownGap(DocumentId document, String clause, String reason, Optional<Source> source) implements ClauseMark {
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
