package dev.srdi.jurisdictions.xiangxiang.digital;


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
        new DemonstrationAward(PROVINCIAL_DEMONSTRATION, Level.PROVINCIAL, XiangxiangParameters.PROVINCIAL_DEMONSTRATION_AWARD),
        new DemonstrationAward(NATIONAL_DEMONSTRATION, Level.NATIONAL, XiangxiangParameters.NATIONAL_DEMONSTRATION_AWARD));
  }
}
