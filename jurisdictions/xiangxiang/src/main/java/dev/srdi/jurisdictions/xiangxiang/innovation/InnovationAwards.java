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
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangDocuments.srdi;

import dev.srdi.core.ladder.Level;
import dev.srdi.core.measure.Measure;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangDepartments;
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
        new OneTimeAward("xiangxiang.innovation.invention-patent-breakthrough", "发明专利“破零”奖励",
            "invention-patent breakthrough award", PATENT_BREAKTHROUGH, Optional.empty(),
            XiangxiangParameters.PATENT_BREAKTHROUGH_AWARD,
            srdi("三、（二）4", "对年度内实现发明专利“破零”并转化应用的中小企业"), XiangxiangDepartments.INTELLECTUAL_PROPERTY),
        new OneTimeAward("xiangxiang.innovation.tech-center", "湘潭市级企业技术中心奖励",
            "Xiangtan-city-level enterprise technology centre award", TECH_CENTER, Optional.of(Level.CITY),
            XiangxiangParameters.TECH_CENTER_AWARD,
            srdi("三、（二）5", "对新认定的湘潭市级企业技术中心"), XiangxiangDepartments.TECH_INNOVATION),
        new MedicalProductAward(),
        new OneTimeAward("xiangxiang.quality.brand-pilot", "“湖湘精品”中小企业品牌能力提升试点企业奖励",
            "“湖湘精品” brand-capability pilot award", BRAND_PILOT, Optional.empty(),
            XiangxiangParameters.QUALITY_BRAND_PILOT_AWARD,
            srdi("三、（二）7", "对新认定为“湖湘精品”中小企业品牌能力提升试点企业"), XiangxiangDepartments.QUALITY_BRAND),
        new OneTimeAward("xiangxiang.quality.three-products-benchmark", "“三品”标杆企业奖励",
            "“三品” benchmark enterprise award", THREE_PRODUCTS, Optional.empty(),
            XiangxiangParameters.THREE_PRODUCTS_AWARD,
            srdi("三、（二）7", "“三品”标杆企业的中小企业"), XiangxiangDepartments.QUALITY_BRAND),
        new OneTimeAward("xiangxiang.quality.green-manufacturing-national", "国家级绿色制造体系创建奖励",
            "national green-manufacturing award", GREEN, Optional.of(Level.NATIONAL),
            XiangxiangParameters.GREEN_NATIONAL_AWARD,
            srdi("三、（二）7", "对通过国、省绿色制造体系创建计划的中小企业"), XiangxiangDepartments.QUALITY_BRAND),
        new OneTimeAward("xiangxiang.quality.green-manufacturing-provincial", "省级绿色制造体系创建奖励",
            "provincial green-manufacturing award", GREEN, Optional.of(Level.PROVINCIAL),
            XiangxiangParameters.GREEN_PROVINCIAL_AWARD,
            srdi("三、（二）7", "对通过国、省绿色制造体系创建计划的中小企业"), XiangxiangDepartments.QUALITY_BRAND),
        new OneTimeAward("xiangxiang.quality.weapons-confidentiality", "武器装备科研生产单位保密资格证奖励",
            "weapons R&D and production confidentiality qualification award", WEAPONS_CONFIDENTIALITY, Optional.empty(),
            XiangxiangParameters.WEAPONS_CONFIDENTIALITY_AWARD,
            srdi("三、（二）7", "对新取得武器装备科研生产单位保密资格证"), XiangxiangDepartments.QUALITY_BRAND),
        new OneTimeAward("xiangxiang.quality.weapons-quality-system", "武器装备质量体系认证奖励",
            "weapons quality-system certification award", WEAPONS_QUALITY, Optional.empty(),
            XiangxiangParameters.WEAPONS_QUALITY_AWARD,
            srdi("三、（二）7", "武器装备质量体系认证的中小企业分别一次性奖励5万元/家"), XiangxiangDepartments.QUALITY_BRAND),
        new OneTimeAward("xiangxiang.quality.weapons-production-license", "武器装备科研生产许可证奖励",
            "weapons R&D and production licence award", WEAPONS_LICENSE, Optional.empty(),
            XiangxiangParameters.WEAPONS_LICENSE_AWARD,
            srdi("三、（二）7", "对新取得武器装备科研生产许可证"), XiangxiangDepartments.QUALITY_BRAND),
        new OneTimeAward("xiangxiang.quality.equipment-contractor", "装备承制单位资格证奖励",
            "equipment contractor qualification award", EQUIPMENT_CONTRACTOR, Optional.empty(),
            XiangxiangParameters.EQUIPMENT_CONTRACTOR_AWARD,
            srdi("三、（二）7", "装备承制单位资格证的中小企业分别一次性奖励8万元/家"), XiangxiangDepartments.QUALITY_BRAND));
  }
}
