package dev.srdi.jurisdictions.zhanjiang;

import dev.srdi.core.target.Metric;
import dev.srdi.core.target.Target;
import dev.srdi.core.target.TargetId;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * How the plan's targets (their values, clauses and units in {@code zhanjiang/targets.yaml}) are read from a
 * portfolio. The counts are cumulative ("累计培育"): an enterprise counts once it has been recognised by the
 * cut-off day, even if the recognition has since expired. The little giants count towards the SRDI SMEs,
 * because the 300 is split into 200 innovative and 100 SRDI firms; read otherwise, the top tier would count
 * towards no sub-target.
 */
public final class ZhanjiangTargets {
  private ZhanjiangTargets() {}

  public static List<Target> all() {
    var metrics = new LinkedHashMap<TargetId, Metric>();
    metrics.put(TargetId.of("zhanjiang.target.quality-smes"), cumulative(Standing.QUALITY_SME));
    metrics.put(TargetId.of("zhanjiang.target.innovative-smes"), cumulative(Standing.INNOVATIVE_SME));
    metrics.put(TargetId.of("zhanjiang.target.srdi-smes"), cumulative(Standing.SRDI_FIRM));
    metrics.put(TargetId.of("zhanjiang.target.revenue-doubling"), new RevenueDoubling());
    return ZhanjiangTables.TABLES.targets(metrics);
  }

  private static Metric cumulative(Standing standing) {
    return Metric.count("enterprises of the city recognised as " + standing.describe() + " by the cut-off day",
        (e, query) -> ZhanjiangScope.inCity(e) && standing.firstBy(e, query.cutOff()).isPresent());
  }
}
