package dev.srdi.core.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A source document: its title, its number (文号) where it has one, its issue date where the text
 * gives one, and the window in which it is in force.
 */
public record PolicyDocument(
    DocumentId id, String titleZh, String titleEn, Optional<String> number, Optional<LocalDate> issued, Window inForce) {

  public PolicyDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(titleZh, "titleZh");
    Objects.requireNonNull(titleEn, "titleEn");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(issued, "issued");
    Objects.requireNonNull(inForce, "inForce");
  }
}
