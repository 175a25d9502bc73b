package dev.srdi.core.text;

import dev.srdi.core.policy.DocumentId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document split into its headings and clauses, in the document's order.
 *
 * @param document the document
 * @param blocks headings and clauses in reading order
 */
public record PolicyText(DocumentId document, List<Block> blocks) {
  /**
   * Copies the blocks; rejects a missing value.
   *
   * @param document the document
   * @param blocks headings and clauses in reading order
   */
  public PolicyText {
    Objects.requireNonNull(document, "document");
    blocks = List.copyOf(blocks);
  }

  /** {@return the clauses alone, in order} */
  public List<Clause> clauses() {
    return blocks.stream().filter(Clause.class::isInstance).map(Clause.class::cast).toList();
  }

  /**
   * The clause with that label.
   *
   * @param label the label, as a citation writes it
   * @return the clause, or empty when the text has none of that label
   */
  public Optional<Clause> clause(String label) {
    return clauses().stream().filter(c -> c.label().equals(label)).findFirst();
  }
}
