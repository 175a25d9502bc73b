package dev.srdi.jurisdictions.xiangxiang.digital;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangDocuments.srdi;

import dev.srdi.core.ladder.Level;
import dev.srdi.core.measure.Measure;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters;
import java.util.List;

/** 三、（三）8–9, the digitalisation project: two proportional subsidies and two demonstration awards. */
public final class DigitalMeasures {
  public static final String PROVINCIAL_DEMONSTRATION = "xiangxiang.digital.provincial-demonstration";
  public static final String NATIONAL_DEMONSTRATION = "xiangxiang.digital.national-demonstration";

  private DigitalMeasures() {}

  public static List<Measure> all() {
    return List.of(
        new CloudAdoptionSubsidy(),
        new SmartUpgradeSubsidy(),
        new DemonstrationAward(PROVINCIAL_DEMONSTRATION, "省级数字化试点示范奖励", "provincial digital demonstration award",
            Level.PROVINCIAL, XiangxiangParameters.PROVINCIAL_DEMONSTRATION_AWARD,
            srdi("三、（三）9", "对新认定为省级两化融合贯标标杆企业、省级移动互联网重点企业、省级电子信息重点企业、省级工业互联网平台的中小企业")),
        new DemonstrationAward(NATIONAL_DEMONSTRATION, "国家级数字化转型试点示范奖励", "national digital demonstration award",
            Level.NATIONAL, XiangxiangParameters.NATIONAL_DEMONSTRATION_AWARD,
            srdi("三、（三）9", "以及跨行业跨领域、特色型、专业型工业互联网平台的中小企业")));
  }
}
