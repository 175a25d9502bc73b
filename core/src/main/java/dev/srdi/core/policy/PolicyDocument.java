package dev.srdi.core.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A source document: its title, its number (文号) where it has one, its issue date where the text gives one, the
 * window in which it is in force, and the document it replaces, if any. A city that revises its policy declares
 * the successor beside the old one; each measure pays only for events inside the window of the document it
 * cites, so both stay right for their own dates.
 *
 * @param id the document's id (its seed file's name)
 * @param titleZh its title
 * @param titleEn its title in English
 * @param number its number (文号), where it has one
 * @param issued its issue date, where the text gives one
 * @param inForce the days it is in force, edges unknown where the text does not say
 * @param supersedes the document it replaces, if any; never itself
 */
public record PolicyDocument(
    DocumentId id, String titleZh, String titleEn, Optional<String> number, Optional<LocalDate> issued, Window inForce,
    Optional<DocumentId> supersedes) {

  /**
   * Rejects a missing value and a document that supersedes itself.
   *
   * @param id the id
   * @param titleZh its title
   * @param titleEn its title in English
   * @param number its number, if any
   * @param issued its issue date, if known
   * @param inForce the days it is in force
   * @param supersedes the document it replaces, if any
   * @throws IllegalArgumentException when it supersedes itself
   */
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

  /**
   * A document that replaces none.
   *
   * @param id the id
   * @param titleZh its title
   * @param titleEn its title in English
   * @param number its number, if any
   * @param issued its issue date, if known
   * @param inForce the days it is in force
   */
  public PolicyDocument(
      DocumentId id, String titleZh, String titleEn, Optional<String> number, Optional<LocalDate> issued, Window inForce) {
    this(id, titleZh, titleEn, number, issued, inForce, Optional.empty());
  }
}
