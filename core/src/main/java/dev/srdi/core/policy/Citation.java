package dev.srdi.core.policy;

import java.util.Objects;

/**
 * Where a rule comes from: the document, the clause number as the document writes it (e.g. "三、（一）"), and a
 * short quote that must be found in the seed text (white space and bracket widths normalised; the test kit
 * checks every one).
 *
 * @param document the document
 * @param clause the clause's number as the document writes it, e.g. "三、（一）"
 * @param quote words of the clause, as the text has them; not blank
 */
public record Citation(DocumentId document, String clause, String quote) {
  /**
   * Rejects a missing value and a blank quote.
   *
   * @param document the document
   * @param clause the clause's number
   * @param quote words of the clause
   * @throws IllegalArgumentException when the quote is blank
   */
  public Citation {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(quote, "quote");
    if (quote.isBlank()) {
      throw new IllegalArgumentException("a citation needs a quote from the text: " + clause);
    }
  }

  /**
   * A citation.
   *
   * @param document the document
   * @param clause the clause's number
   * @param quote words of the clause
   * @return the citation
   */
  public static Citation of(DocumentId document, String clause, String quote) {
    return new Citation(document, clause, quote);
  }

  /** {@return the citation in one line: document, clause and the quote in quotation marks} */
  public String describe() {
    return document + " " + clause + " “" + quote + "”";
  }
}
