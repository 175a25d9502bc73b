package dev.srdi.jurisdictions.zhanjiang;

import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangTables.TABLES;

import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.stacking.StackingRule;
import java.util.List;

/**
 * The readings of the plan that the text leaves open, each switchable in a what-if: their words and choices
 * are in {@code zhanjiang/interpretations.yaml}, the choice ids the measures test for are here.
 */
public final class ZhanjiangInterpretations {

  /**
   * "同一企业相同项目获得上述2个或以上荣誉称号的，按最高奖励级别…一次性奖励，不重复奖励": per enterprise or named
   * project, the clause's awards together never exceed the highest title's award. Top-up (default) pays
   * a later, higher title the difference; first-final keeps the first award as the only one.
   */
  public static final Interpretation HIGHEST_ONLY = TABLES.interpretation("zhanjiang.highest-only",
      StackingRule.HighestOnly.TOP_UP, StackingRule.HighestOnly.FIRST_FINAL);

  public static final String LEVEL_EXACT = "exact";
  public static final String LEVEL_OR_ABOVE = "or-above";

  /**
   * 三、（一） names 国家级小巨人, 省级专精特新 and 省级创新型 without "以上", where the same plan writes
   * "省级以上（含省级，下同）" whenever it means a level or above; so by default each award needs its exact
   * level and, e.g., a national-level SRDI_SME recognition (which MIIT does not grant: its national SRDI tier
   * is the little giant) earns no provincial SRDI award. The alternative reads each level as "or above".
   */
  public static final Interpretation TIER_AWARD_LEVEL = TABLES.interpretation("zhanjiang.tier-award.level",
      LEVEL_EXACT, LEVEL_OR_ABOVE);

  public static final List<Interpretation> ALL = TABLES.interpretations();

  private ZhanjiangInterpretations() {}
}
