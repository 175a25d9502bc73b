package dev.srdi.core.stacking;

import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.parameter.Choice;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.policy.Citation;
import java.util.Objects;

/**
 * How a measure's awards combine with earlier ones, declared as values so that the engine applies
 * them the same way for every city and the test kit can check them.
 */
public sealed interface StackingRule
    permits StackingRule.OncePerEnterprise, StackingRule.OncePerYear, StackingRule.FirstOccurrenceOnly,
        StackingRule.NotIfHeldBefore, StackingRule.HighestOnly, StackingRule.WhenChosen {

  /**
   * 一次性奖励: at most one award of this measure per enterprise (per project where one is named).
   *
   * @return the rule
   */
  static StackingRule oncePerEnterprise() {
    return OncePerEnterprise.INSTANCE;
  }

  /**
   * At most one award of this measure per enterprise and year.
   *
   * @return the rule
   */
  static StackingRule oncePerYear() {
    return OncePerYear.INSTANCE;
  }

  /**
   * 首次: only the earliest occurrence can earn it, even if that one fell outside the window.
   *
   * @return the rule
   */
  static StackingRule firstOccurrenceOnly() {
    return FirstOccurrenceOnly.INSTANCE;
  }

  /**
   * 前期已获得…不重复享受: excluded when the title at the level or above was held before.
   *
   * @param title the title held before
   * @param atLeast the lowest level of it that excludes the award (以上 includes the level)
   * @return the rule
   */
  static StackingRule notIfHeldBefore(Title title, Level atLeast) {
    return new NotIfHeldBefore(title, atLeast);
  }

  /**
   * 按最高…不重复奖励: across a group of measures, the largest award only.
   *
   * @param group the group's name, shared by the measures it spans
   * @param mode the interpretation choosing {@link HighestOnly#TOP_UP} or {@link HighestOnly#FIRST_FINAL}
   * @return the rule
   */
  static StackingRule highestOnly(String group, Interpretation mode) {
    return new HighestOnly(group, mode);
  }

  /**
   * A rule that applies only under one reading of an interpretation, so that a what-if can switch a stacking
   * rule the text leaves open (e.g. whether an earlier little giant also excludes an award).
   *
   * @param interpretation the interpretation
   * @param choice the choice under which the rule applies
   * @param rule the rule, not a highest-only one (that carries its own interpretation)
   * @return the rule
   */
  static StackingRule whenChosen(Interpretation interpretation, String choice, StackingRule rule) {
    return new WhenChosen(interpretation, choice, rule);
  }

  /** {@return the rule in words, for the catalogue and explanations, e.g. "once per enterprise"} */
  String describe();

  /**
   * Hands the rule to the visitor's method for its kind. Every rule implements it, and the visitor has one
   * method per kind, so a new rule does not compile until every visitor (the engine's stacking check among
   * them) says what it means.
   *
   * @param <R> what the visitor answers
   * @param visitor the visitor
   * @return the visitor's answer for this rule
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of rule: the exhaustive dispatch that a pattern switch would give.
   *
   * @param <R> what the visitor answers
   */
  interface Visitor<R> {
    /**
     * The answer for a once-per-enterprise rule.
     *
     * @param rule the rule
     * @return the answer
     */
    R oncePerEnterprise(OncePerEnterprise rule);

    /**
     * The answer for a once-a-year rule.
     *
     * @param rule the rule
     * @return the answer
     */
    R oncePerYear(OncePerYear rule);

    /**
     * The answer for a first-occurrence rule.
     *
     * @param rule the rule
     * @return the answer
     */
    R firstOccurrenceOnly(FirstOccurrenceOnly rule);

    /**
     * The answer for a not-if-held-before rule.
     *
     * @param rule the rule
     * @return the answer
     */
    R notIfHeldBefore(NotIfHeldBefore rule);

    /**
     * The answer for a highest-only rule.
     *
     * @param rule the rule
     * @return the answer
     */
    R highestOnly(HighestOnly rule);

    /**
     * The answer for a rule that applies under one choice.
     *
     * @param rule the rule
     * @return the answer
     */
    R whenChosen(WhenChosen rule);
  }

  /** 一次性: one award per enterprise (and named project). */
  enum OncePerEnterprise implements StackingRule {
    /** The one instance. */
    INSTANCE;

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.oncePerEnterprise(this);
    }

    @Override public String describe() {
      return "once per enterprise";
    }
  }

  /** One award per enterprise and year. */
  enum OncePerYear implements StackingRule {
    /** The one instance. */
    INSTANCE;

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.oncePerYear(this);
    }

    @Override public String describe() {
      return "once a year";
    }
  }

  /** 首次: the earliest occurrence only. */
  enum FirstOccurrenceOnly implements StackingRule {
    /** The one instance. */
    INSTANCE;

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.firstOccurrenceOnly(this);
    }

    @Override public String describe() {
      return "first occurrence only";
    }
  }

  /**
   * Excluded when the enterprise held the title, at the level or above, before this event.
   *
   * @param title the title held before
   * @param atLeast the lowest level that excludes (以上 includes it)
   */
  record NotIfHeldBefore(Title title, Level atLeast) implements StackingRule {
    /**
     * Rejects a missing value.
     *
     * @param title the title held before
     * @param atLeast the lowest level that excludes
     */
    public NotIfHeldBefore {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(atLeast, "atLeast");
    }

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.notIfHeldBefore(this);
    }

    @Override public String describe() {
      return "not if " + atLeast.nameEn() + "-or-above " + title.nameEn() + " was held before";
    }
  }

  /**
   * Highest only across the measures that share {@code group}, for the same enterprise or named project. The
   * interpretation chooses between {@link #TOP_UP} (a later, higher title pays the difference) and {@link
   * #FIRST_FINAL} (the first award is final).
   *
   * @param group the group's name
   * @param mode the interpretation, offering both choices
   */
  record HighestOnly(String group, Interpretation mode) implements StackingRule {
    /** The choice under which a later, higher title pays the difference to the highest award. */
    public static final String TOP_UP = "top-up";
    /** The choice under which the first award of the group is final. */
    public static final String FIRST_FINAL = "first-final";

    /**
     * Checks that the interpretation offers both choices.
     *
     * @param group the group's name
     * @param mode the interpretation
     * @throws IllegalArgumentException when it lacks {@link #TOP_UP} or {@link #FIRST_FINAL}
     */
    public HighestOnly {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(mode, "mode");
      if (mode.choice(TOP_UP).isEmpty() || mode.choice(FIRST_FINAL).isEmpty()) {
        throw new IllegalArgumentException(mode.id() + " must offer the choices top-up and first-final");
      }
    }

    /**
     * The standard interpretation for a highest-only clause, top-up by default.
     *
     * @param id the interpretation's id, in the jurisdiction's namespace
     * @param citation the highest-only clause
     * @return the interpretation, offering top-up and first-final
     */
    public static Interpretation interpretation(String id, Citation citation) {
      return Interpretation.of(id,
          "How a later, higher title is paid under a highest-only clause.",
          citation,
          TOP_UP,
          Choice.of(TOP_UP, "a later, higher title pays the difference, so the total never exceeds the highest award"),
          Choice.of(FIRST_FINAL, "the first award is final; later titles earn nothing under this clause"));
    }

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.highestOnly(this);
    }

    @Override public String describe() {
      return "highest only across group '" + group + "' (" + mode.id() + ")";
    }
  }

  /**
   * A rule that applies only while an interpretation has one choice.
   *
   * @param interpretation the interpretation
   * @param choice the choice under which the rule applies
   * @param rule the rule that applies then
   */
  record WhenChosen(Interpretation interpretation, String choice, StackingRule rule) implements StackingRule {
    /**
     * Checks that the choice exists and the rule is not highest-only.
     *
     * @param interpretation the interpretation
     * @param choice the choice
     * @param rule the rule
     * @throws IllegalArgumentException when the interpretation offers no such choice, or the rule is
     *     highest-only
     */
    public WhenChosen {
      Objects.requireNonNull(interpretation, "interpretation");
      Objects.requireNonNull(choice, "choice");
      Objects.requireNonNull(rule, "rule");
      if (interpretation.choice(choice).isEmpty()) {
        throw new IllegalArgumentException(interpretation.id() + " offers no choice '" + choice + "'");
      }
      if (rule instanceof HighestOnly) {
        throw new IllegalArgumentException("a highest-only rule carries its own interpretation; do not make it conditional");
      }
    }

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.whenChosen(this);
    }

    @Override public String describe() {
      return rule.describe() + " (when " + interpretation.id() + "=" + choice + ")";
    }
  }
}
