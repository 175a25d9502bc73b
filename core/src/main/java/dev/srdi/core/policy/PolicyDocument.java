package dev.srdi.core.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A source document: its title, its number (文号) where it has one, its issue date where the text
 * gives one, the window in which it is in force, and the document it replaces, if any. A city that
 * revises its policy declares the successor beside the old one; each measure pays only for events
 * inside the window of the document it cites, so both stay right for their own dates.
 */
public record PolicyDocument(
    DocumentId id, String titleZh, String titleEn, Optional<String> number, Optional<LocalDate> issued, Window inForce,
    Optional<DocumentId> supersedes) {

  public PolicyDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(titleZh, "titleZh");
    Objects.requireNonNull(titleEn, "titleEn");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(issued, "issued");
    Objects.requireNonNull(inForce, "inForce");
    Objects.requireNonNull(supersedes, "supersedes");
    if (supersedes.filter(id::equals).isPresent()) {
      throw new IllegalArgumentException(id + " cannot supersede itself");
    }
  }

  /** A document that replaces none. */
  public PolicyDocument(
      DocumentId id, String titleZh, String titleEn, Optional<String> number, Optional<LocalDate> issued, Window inForce) {
    this(id, titleZh, titleEn, number, issued, inForce, Optional.empty());
  }
}
