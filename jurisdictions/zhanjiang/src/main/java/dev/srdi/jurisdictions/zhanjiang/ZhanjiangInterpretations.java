package dev.srdi.jurisdictions.zhanjiang;

import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDocuments.cite;

import dev.srdi.core.parameter.Choice;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.stacking.StackingRule;
import java.util.List;

/** The readings of the plan that the text leaves open, each switchable in a what-if. */
public final class ZhanjiangInterpretations {

  /**
   * "同一企业相同项目获得上述2个或以上荣誉称号的，按最高奖励级别…一次性奖励，不重复奖励": per enterprise or named
   * project, the clause's awards together never exceed the highest title's award. Top-up (default) pays
   * a later, higher title the difference; first-final keeps the first award as the only one.
   */
  public static final Interpretation HIGHEST_ONLY = StackingRule.HighestOnly.interpretation("zhanjiang.highest-only",
      cite("三、（一）", "同一企业相同项目获得上述2个或以上荣誉称号的,按最高奖励级别对企业或项目进行一次性奖励,不重复奖励"));

  public static final String LEVEL_EXACT = "exact";
  public static final String LEVEL_OR_ABOVE = "or-above";

  /**
   * 三、（一） names 国家级小巨人, 省级专精特新 and 省级创新型 without "以上", where the same plan writes
   * "省级以上（含省级，下同）" whenever it means a level or above; so by default each award needs its exact
   * level and, e.g., a national-level SRDI_SME recognition (which MIIT does not grant: its national SRDI tier
   * is the little giant) earns no provincial SRDI award. The alternative reads each level as "or above".
   */
  public static final Interpretation TIER_AWARD_LEVEL = Interpretation.of("zhanjiang.tier-award.level",
      "Whether a tier award of 三、（一） needs its title at exactly the level the clause names (国家级 / 省级, without "
          + "以上), or at that level or above; elsewhere the plan writes 省级以上 when it means a level or above "
          + "(一, 二、（七）, 三、（二）, 三、（五）, 三、（六）), so exact is the default.",
      cite("三、（一）", "对被认定(含复核)的省级创新型中小企业"),
      LEVEL_EXACT,
      Choice.of(LEVEL_EXACT, "exactly the level named: 国家级 little giant, 省级 SRDI SME, 省级 innovative SME"),
      Choice.of(LEVEL_OR_ABOVE, "the level named or above (a national-level SRDI or innovative recognition counts too)"));

  public static final List<Interpretation> ALL = List.of(HIGHEST_ONLY, TIER_AWARD_LEVEL);

  private ZhanjiangInterpretations() {}
}
