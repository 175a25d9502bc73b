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

  /** 一次性奖励: at most one award of this measure per enterprise (per project where one is named). */
  static StackingRule oncePerEnterprise() {
    return OncePerEnterprise.INSTANCE;
  }

  /** At most one award of this measure per enterprise and year. */
  static StackingRule oncePerYear() {
    return OncePerYear.INSTANCE;
  }

  /** 首次: only the earliest occurrence can earn it, even if that one fell outside the window. */
  static StackingRule firstOccurrenceOnly() {
    return FirstOccurrenceOnly.INSTANCE;
  }

  /** 前期已获得…不重复享受: excluded when the title at the level or above was held before. */
  static StackingRule notIfHeldBefore(Title title, Level atLeast) {
    return new NotIfHeldBefore(title, atLeast);
  }

  /** 按最高…不重复奖励: across a group of measures, the largest award only. */
  static StackingRule highestOnly(String group, Interpretation mode) {
    return new HighestOnly(group, mode);
  }

  /**
   * A rule that applies only under one reading of an interpretation, so that a what-if can switch a
   * stacking rule the text leaves open (e.g. whether an earlier little giant also excludes an award).
   */
  static StackingRule whenChosen(Interpretation interpretation, String choice, StackingRule rule) {
    return new WhenChosen(interpretation, choice, rule);
  }

  String describe();

  /**
   * Hands the rule to the visitor's method for its kind. Every rule implements it, and the visitor
   * has one method per kind, so a new rule does not compile until every visitor (the engine's
   * stacking check among them) says what it means.
   */
  <R> R accept(Visitor<R> visitor);

  /** One method per kind of rule: the exhaustive dispatch that a pattern switch would give. */
  interface Visitor<R> {
    R oncePerEnterprise(OncePerEnterprise rule);

    R oncePerYear(OncePerYear rule);

    R firstOccurrenceOnly(FirstOccurrenceOnly rule);

    R notIfHeldBefore(NotIfHeldBefore rule);

    R highestOnly(HighestOnly rule);

    R whenChosen(WhenChosen rule);
  }

  enum OncePerEnterprise implements StackingRule {
    INSTANCE;

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.oncePerEnterprise(this);
    }

    @Override public String describe() {
      return "once per enterprise";
    }
  }

  enum OncePerYear implements StackingRule {
    INSTANCE;

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.oncePerYear(this);
    }

    @Override public String describe() {
      return "once a year";
    }
  }

  enum FirstOccurrenceOnly implements StackingRule {
    INSTANCE;

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.firstOccurrenceOnly(this);
    }

    @Override public String describe() {
      return "first occurrence only";
    }
  }

  record NotIfHeldBefore(Title title, Level atLeast) implements StackingRule {
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
   * Highest only across the measures that share {@code group}, for the same enterprise or named
   * project. The interpretation chooses between {@link #TOP_UP} (a later, higher title pays the
   * difference) and {@link #FIRST_FINAL} (the first award is final).
   */
  record HighestOnly(String group, Interpretation mode) implements StackingRule {
    public static final String TOP_UP = "top-up";
    public static final String FIRST_FINAL = "first-final";

    public HighestOnly {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(mode, "mode");
      if (mode.choice(TOP_UP).isEmpty() || mode.choice(FIRST_FINAL).isEmpty()) {
        throw new IllegalArgumentException(mode.id() + " must offer the choices top-up and first-final");
      }
    }

    /** The standard interpretation for a highest-only clause, top-up by default. */
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

  record WhenChosen(Interpretation interpretation, String choice, StackingRule rule) implements StackingRule {
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
