package dev.srdi.core.facts;

import java.util.Objects;
import java.util.Set;

/** A plugin's declaration of an achievement type it reads, with the attributes it needs. */
public record AchievementTypeDeclaration(
    AchievementType type, String nameZh, String nameEn, Set<AchievementAttribute> attributes) {

  public AchievementTypeDeclaration {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    attributes = Set.copyOf(attributes);
  }

  public static AchievementTypeDeclaration of(
      String type, String nameZh, String nameEn, AchievementAttribute... attributes) {
    return new AchievementTypeDeclaration(AchievementType.of(type), nameZh, nameEn, Set.of(attributes));
  }
}
