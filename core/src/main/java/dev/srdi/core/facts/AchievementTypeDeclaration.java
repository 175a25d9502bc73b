package dev.srdi.core.facts;

import java.util.Objects;
import java.util.Set;

/**
 * A plugin's declaration of an achievement type it reads, with the attributes it needs.
 *
 * @param type the type
 * @param nameZh its name in the text's words
 * @param nameEn its name in English
 * @param attributes the attributes a scenario must give for it to be assessed
 */
public record AchievementTypeDeclaration(
    AchievementType type, String nameZh, String nameEn, Set<AchievementAttribute> attributes) {

  /**
   * Copies the attributes; rejects a missing value.
   *
   * @param type the type
   * @param nameZh its name in the text's words
   * @param nameEn its name in English
   * @param attributes the attributes it needs
   */
  public AchievementTypeDeclaration {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    attributes = Set.copyOf(attributes);
  }

  /**
   * A declaration from plain values.
   *
   * @param type the type's name, in UPPER_SNAKE_CASE
   * @param nameZh its name in the text's words
   * @param nameEn its name in English
   * @param attributes the attributes it needs
   * @return the declaration
   */
  public static AchievementTypeDeclaration of(
      String type, String nameZh, String nameEn, AchievementAttribute... attributes) {
    return new AchievementTypeDeclaration(AchievementType.of(type), nameZh, nameEn, Set.of(attributes));
  }
}
