package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.core.facts.AchievementAttribute.AMOUNT;
import static dev.srdi.core.facts.AchievementAttribute.COUNT;
import static dev.srdi.core.facts.AchievementAttribute.INVESTMENT;
import static dev.srdi.core.facts.AchievementAttribute.LEVEL;
import static dev.srdi.core.facts.AchievementAttribute.PROGRAM;
import static dev.srdi.core.facts.AchievementAttribute.SIGNIFICANT_GAIN;

import dev.srdi.core.facts.AchievementType;
import dev.srdi.core.facts.AchievementTypeDeclaration;
import java.util.List;

/** The achievement types Xiangxiang's measures and targets read (names as in the public contract). */
public final class XiangxiangAchievementTypes {
  public static final AchievementType PATENT_BREAKTHROUGH = AchievementType.of("INVENTION_PATENT_BREAKTHROUGH");
  public static final AchievementType TECH_CENTER = AchievementType.of("TECH_CENTER");
  public static final AchievementType MEDICAL_PRODUCT = AchievementType.of("MEDICAL_PRODUCT_AWARD");
  public static final AchievementType BRAND_PILOT = AchievementType.of("QUALITY_BRAND_PILOT");
  public static final AchievementType THREE_PRODUCTS = AchievementType.of("THREE_PRODUCTS_BENCHMARK");
  public static final AchievementType GREEN = AchievementType.of("GREEN_MANUFACTURING");
  public static final AchievementType WEAPONS_CONFIDENTIALITY = AchievementType.of("WEAPONS_CONFIDENTIALITY_QUALIFICATION");
  public static final AchievementType WEAPONS_QUALITY = AchievementType.of("WEAPONS_QUALITY_SYSTEM_CERTIFICATION");
  public static final AchievementType WEAPONS_LICENSE = AchievementType.of("WEAPONS_RD_PRODUCTION_LICENSE");
  public static final AchievementType EQUIPMENT_CONTRACTOR = AchievementType.of("EQUIPMENT_CONTRACTOR_QUALIFICATION");
  public static final AchievementType CLOUD = AchievementType.of("CLOUD_ADOPTION");
  public static final AchievementType SMART_UPGRADE = AchievementType.of("SMART_UPGRADE");
  public static final AchievementType DEMONSTRATION = AchievementType.of("DIGITAL_DEMONSTRATION");
  public static final AchievementType LOAN = AchievementType.of("LOAN");
  public static final AchievementType EQUITY_FINANCING = AchievementType.of("EQUITY_FINANCING");
  public static final AchievementType TECH_RESULT = AchievementType.of("TECH_RESULT");

  static final List<AchievementTypeDeclaration> ALL = List.of(
      declare(PATENT_BREAKTHROUGH, "发明专利“破零”并转化应用", "first invention patent, put to use within the year"),
      declare(TECH_CENTER, "企业技术中心", "enterprise technology centre recognised", LEVEL),
      declare(MEDICAL_PRODUCT, "医疗器械创新、仿制药一致性评价品种奖励", "medical-device or generic-drug product award",
          LEVEL, COUNT),
      declare(BRAND_PILOT, "“湖湘精品”品牌能力提升试点企业", "“湖湘精品” brand-capability pilot"),
      declare(THREE_PRODUCTS, "“三品”标杆企业", "“三品” benchmark enterprise"),
      declare(GREEN, "绿色制造体系创建", "green-manufacturing system programme passed", LEVEL),
      declare(WEAPONS_CONFIDENTIALITY, "武器装备科研生产单位保密资格证", "weapons R&D and production confidentiality qualification"),
      declare(WEAPONS_QUALITY, "武器装备质量体系认证", "weapons quality-system certification"),
      declare(WEAPONS_LICENSE, "武器装备科研生产许可证", "weapons R&D and production licence"),
      declare(EQUIPMENT_CONTRACTOR, "装备承制单位资格证", "equipment contractor qualification"),
      declare(CLOUD, "深度“上云上平台”", "deep cloud and platform adoption", INVESTMENT),
      declare(SMART_UPGRADE, "智能化改造项目", "smart-manufacturing upgrade project", INVESTMENT, SIGNIFICANT_GAIN),
      declare(DEMONSTRATION, "数字化转型试点示范", "digital-transformation pilot or demonstration", LEVEL, PROGRAM),
      declare(LOAN, "信贷项目", "credit project (loan)", AMOUNT),
      declare(EQUITY_FINANCING, "股权融资", "equity financing", AMOUNT),
      declare(TECH_RESULT, "技术成果", "technology result"));

  private XiangxiangAchievementTypes() {}

  private static AchievementTypeDeclaration declare(
      AchievementType type, String nameZh, String nameEn, dev.srdi.core.facts.AchievementAttribute... attributes) {
    return new AchievementTypeDeclaration(type, nameZh, nameEn, java.util.Set.of(attributes));
  }
}
