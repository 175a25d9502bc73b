package dev.srdi.core.facts;

/** The optional attributes an achievement may carry; a plugin declares which ones a type needs. */
public enum AchievementAttribute {
  LEVEL,
  COUNT,
  INVESTMENT,
  AMOUNT,
  PARTNERS,
  SIGNIFICANT_GAIN,
  PROGRAM
}
