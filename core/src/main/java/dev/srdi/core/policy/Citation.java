package dev.srdi.core.policy;

import java.util.Objects;

/**
 * Where a rule comes from: the document, the clause number as the document writes it (e.g.
 * "三、（一）"), and a short quote that must be found in the seed text (white space and bracket widths
 * normalised; the test kit checks every one).
 */
public record Citation(DocumentId document, String clause, String quote) {
  public Citation {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(quote, "quote");
    if (quote.isBlank()) {
      throw new IllegalArgumentException("a citation needs a quote from the text: " + clause);
    }
  }

  public static Citation of(DocumentId document, String clause, String quote) {
    return new Citation(document, clause, quote);
  }

  public String describe() {
    return document + " " + clause + " “" + quote + "”";
  }
}
