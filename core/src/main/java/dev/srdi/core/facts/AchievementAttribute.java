package dev.srdi.core.facts;

/** The optional attributes an achievement may carry; a plugin declares which ones a type needs. */
public enum AchievementAttribute {
  /** {@link Achievement#level()}: who granted it. */
  LEVEL,
  /** {@link Achievement#count()}: how many units it counts. */
  COUNT,
  /** {@link Achievement#investment()}: the money invested. */
  INVESTMENT,
  /** {@link Achievement#amount()}: another money figure. */
  AMOUNT,
  /** {@link Achievement#partners()}: how many partners took part. */
  PARTNERS,
  /** {@link Achievement#significantGain()}: whether the project gained significantly. */
  SIGNIFICANT_GAIN,
  /** {@link Achievement#program()}: the programme it belongs to. */
  PROGRAM
}
