package dev.srdi.jurisdictions.zhanjiang;

import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.COUNTIES;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.HUMAN_RESOURCES;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.MIIT_BUREAU;

import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.core.target.Metric;
import dev.srdi.core.target.Target;
import dev.srdi.core.target.TargetId;
import dev.srdi.core.target.TargetPeriod;
import java.util.List;

/**
 * The plan's targets. 一 names no unit; the units of 二、（一） 推进梯度培育, the task that cultivates exactly
 * these tiers, are taken as responsible. The counts are cumulative ("累计培育"): an enterprise counts once
 * it has been recognised by the cut-off day, even if the recognition has since expired.
 */
public final class ZhanjiangTargets {
  private static final Responsibility TIERED = Responsibility.responsible(MIIT_BUREAU, COUNTIES);

  /** ≥300 quality SMEs in the city by the end of 2025. */
  public static final Target QUALITY_SMES = new Target(TargetId.of("zhanjiang.target.quality-smes"),
      "累计培育优质中小企业", "quality SMEs cultivated, cumulative",
      ZhanjiangParameters.TARGET_QUALITY_SMES.citation(), TIERED, ZhanjiangParameters.TARGET_QUALITY_SMES,
      TargetPeriod.by(ZhanjiangParameters.TARGET_DEADLINE), cumulative(Standing.QUALITY_SME));

  /** Of which ≥200 provincial-or-above innovative SMEs. */
  public static final Target INNOVATIVE_SMES = new Target(TargetId.of("zhanjiang.target.innovative-smes"),
      "省级以上创新型中小企业", "provincial-or-above innovative SMEs, cumulative",
      ZhanjiangParameters.TARGET_INNOVATIVE_SMES.citation(), TIERED, ZhanjiangParameters.TARGET_INNOVATIVE_SMES,
      TargetPeriod.by(ZhanjiangParameters.TARGET_DEADLINE), cumulative(Standing.INNOVATIVE_SME));

  /**
   * Of which ≥100 SRDI SMEs: provincial-or-above SRDI SMEs and little giants. The little giants count here
   * because the 300 is split into 200 innovative and 100 SRDI firms; read otherwise, the top tier would count
   * towards no sub-target.
   */
  public static final Target SRDI_SMES = new Target(TargetId.of("zhanjiang.target.srdi-smes"),
      "专精特新中小企业（含小巨人）", "SRDI SMEs (little giants included), cumulative",
      ZhanjiangParameters.TARGET_SRDI_SMES.citation(), TIERED, ZhanjiangParameters.TARGET_SRDI_SMES,
      TargetPeriod.by(ZhanjiangParameters.TARGET_DEADLINE), cumulative(Standing.SRDI_FIRM));

  /** 二、（七）: a batch of provincial-or-above SRDI SMEs doubling revenue within 3 to 5 years. */
  public static final Target REVENUE_DOUBLING = new Target(TargetId.of("zhanjiang.target.revenue-doubling"),
      "省级以上专精特新中小企业营收倍增", "provincial-or-above SRDI SMEs doubling their revenue",
      ZhanjiangParameters.REVENUE_DOUBLING_FIRMS.citation(), Responsibility.responsible(MIIT_BUREAU, HUMAN_RESOURCES),
      ZhanjiangParameters.REVENUE_DOUBLING_FIRMS,
      TargetPeriod.within(ZhanjiangParameters.REVENUE_DOUBLING_YEARS_TO,
          "each firm's first provincial-or-above SRDI recognition (its base year)"),
      new RevenueDoubling());

  private ZhanjiangTargets() {}

  public static List<Target> all() {
    return List.of(QUALITY_SMES, INNOVATIVE_SMES, SRDI_SMES, REVENUE_DOUBLING);
  }

  private static Metric cumulative(Standing standing) {
    return Metric.count("enterprises of the city recognised as " + standing.describe() + " by the cut-off day",
        (e, query) -> ZhanjiangScope.inCity(e) && standing.firstBy(e, query.cutOff()).isPresent());
  }
}
