package dev.srdi.jurisdictions.zhanjiang.benefit;

import dev.srdi.core.measure.Measure;
import dev.srdi.jurisdictions.zhanjiang.Standing;
import dev.srdi.jurisdictions.zhanjiang.ZhanjiangTables;
import dev.srdi.tables.BenefitSheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan's non-monetary benefits for firms on the ladder, as {@code zhanjiang/benefits.yaml} writes them,
 * each for the standing its {@code holders} names, and the cultivation pool's priority, which reads a fact of
 * its own. Where the text writes 专精特新（中小）企业 without a level, it is read as {@link Standing#SRDI_FIRM}:
 * Guangdong's SRDI SMEs are recognised by the province, so the unqualified name and "省级以上专精特新中小企业"
 * denote the same firms.
 */
public final class ZhanjiangBenefits {
  private static final Map<String, Standing> STANDINGS = Map.of("SRDI_FIRM", Standing.SRDI_FIRM,
      "QUALITY_SME", Standing.QUALITY_SME, "NATIONAL_LITTLE_GIANT", Standing.NATIONAL_LITTLE_GIANT,
      "INNOVATIVE_SME", Standing.INNOVATIVE_SME);

  private ZhanjiangBenefits() {}

  public static List<Measure> all() {
    var all = new ArrayList<Measure>();
    all.add(CultivationPoolPriority.measure());
    // The benefits of one standing ask the same question of each enterprise in turn: one answer for them all.
    var held = new HashMap<Standing, HeldStanding>();
    ZhanjiangTables.TABLES.benefits().forEach(sheet -> all.add(StandingBenefit.of(sheet,
        held.computeIfAbsent(standing(sheet), HeldStanding::new))));
    return List.copyOf(all);
  }

  private static Standing standing(BenefitSheet sheet) {
    String holders = sheet.holders().orElseThrow(() -> new IllegalStateException(sheet.id()
        + " in zhanjiang/benefits.yaml names no holders (one of " + STANDINGS.keySet() + ")"));
    Standing standing = STANDINGS.get(holders);
    if (standing == null) {
      throw new IllegalStateException(sheet.id() + " in zhanjiang/benefits.yaml: unknown holders '" + holders
          + "'; one of " + STANDINGS.keySet());
    }
    return standing;
  }
}
