package dev.srdi.core.policy;

import java.util.Objects;

/**
 * A text inside a document that numbers its clauses on its own (a notice that issues two plans): it
 * starts at the paragraph that begins with {@code startsAt}, and when {@code prefixed} its clauses are
 * cited as {@code name + " " + label} ("专精特新培育计划 三、（二）6"). What comes before the first part
 * is the covering notice, the clause "通知".
 *
 * @param document the document
 * @param name the part's name, which prefixes its clauses when {@code prefixed}
 * @param prefixed whether citations carry the name
 * @param startsAt the opening words of the part's title
 */
public record DocumentPart(DocumentId document, String name, boolean prefixed, String startsAt) {
  /**
   * Rejects a missing value and blank opening words.
   *
   * @param document the document
   * @param name the part's name
   * @param prefixed whether citations carry the name
   * @param startsAt the opening words of the part's title
   * @throws IllegalArgumentException when the opening words are blank
   */
  public DocumentPart {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(startsAt, "startsAt");
    if (startsAt.isBlank()) {
      throw new IllegalArgumentException(name + ": a part starts at some words of its title");
    }
  }

  /**
   * The label its clause is cited by.
   *
   * @param local the clause's number within the part, e.g. "三、（二）6"
   * @return the name and the number when the part is prefixed, the number alone otherwise
   */
  public String label(String local) {
    return prefixed ? name + " " + local : local;
  }
}
