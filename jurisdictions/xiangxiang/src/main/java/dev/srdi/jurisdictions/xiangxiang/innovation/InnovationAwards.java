package dev.srdi.jurisdictions.xiangxiang.innovation;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.BRAND_PILOT;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.EQUIPMENT_CONTRACTOR;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.GREEN;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.PATENT_BREAKTHROUGH;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.TECH_CENTER;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.THREE_PRODUCTS;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.WEAPONS_CONFIDENTIALITY;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.WEAPONS_LICENSE;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes.WEAPONS_QUALITY;

import dev.srdi.core.ladder.Level;
import dev.srdi.core.measure.Measure;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters;
import java.util.List;
import java.util.Optional;

/**
 * 三、（二）4–7, the innovation-upgrading project: patents, technology centres, medical products, quality
 * and brand, green manufacturing and the four weapons-and-equipment qualifications. The green awards
 * are two measures, one per level, so that an enterprise passing the provincial and later the national
 * programme earns both (the plan has no highest-only rule).
 */
public final class InnovationAwards {
  private InnovationAwards() {}

  public static List<Measure> all() {
    return List.of(
        new OneTimeAward("xiangxiang.innovation.invention-patent-breakthrough", PATENT_BREAKTHROUGH, Optional.empty(), XiangxiangParameters.PATENT_BREAKTHROUGH_AWARD),
        new OneTimeAward("xiangxiang.innovation.tech-center", TECH_CENTER, Optional.of(Level.CITY), XiangxiangParameters.TECH_CENTER_AWARD),
        new MedicalProductAward(),
        new OneTimeAward("xiangxiang.quality.brand-pilot", BRAND_PILOT, Optional.empty(), XiangxiangParameters.QUALITY_BRAND_PILOT_AWARD),
        new OneTimeAward("xiangxiang.quality.three-products-benchmark", THREE_PRODUCTS, Optional.empty(), XiangxiangParameters.THREE_PRODUCTS_AWARD),
        new OneTimeAward("xiangxiang.quality.green-manufacturing-national", GREEN, Optional.of(Level.NATIONAL), XiangxiangParameters.GREEN_NATIONAL_AWARD),
        new OneTimeAward("xiangxiang.quality.green-manufacturing-provincial", GREEN, Optional.of(Level.PROVINCIAL), XiangxiangParameters.GREEN_PROVINCIAL_AWARD),
        new OneTimeAward("xiangxiang.quality.weapons-confidentiality", WEAPONS_CONFIDENTIALITY, Optional.empty(), XiangxiangParameters.WEAPONS_CONFIDENTIALITY_AWARD),
        new OneTimeAward("xiangxiang.quality.weapons-quality-system", WEAPONS_QUALITY, Optional.empty(), XiangxiangParameters.WEAPONS_QUALITY_AWARD),
        new OneTimeAward("xiangxiang.quality.weapons-production-license", WEAPONS_LICENSE, Optional.empty(), XiangxiangParameters.WEAPONS_LICENSE_AWARD),
        new OneTimeAward("xiangxiang.quality.equipment-contractor", EQUIPMENT_CONTRACTOR, Optional.empty(), XiangxiangParameters.EQUIPMENT_CONTRACTOR_AWARD));
  }
}
