package dev.srdi.core.testland;

import dev.srdi.core.facts.AchievementAttribute;
import dev.srdi.core.facts.AchievementTypeDeclaration;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Window;
import dev.srdi.core.responsibility.Department;
import dev.srdi.core.spi.Jurisdiction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A made-up jurisdiction for the core's own tests; not shipped in the test kit. */
public final class Testland implements Jurisdiction {

  @Override public JurisdictionId id() {
    return JurisdictionId.of("testland");
  }

  @Override public String nameZh() {
    return "测试市";
  }

  @Override public String nameEn() {
    return "Testland";
  }

  @Override public List<PolicyDocument> documents() {
    return List.of(
        new PolicyDocument(TestlandParameters.GUILIN, "桂林市措施", "Guilin measures", Optional.empty(), Optional.empty(),
            Window.unknown("the text gives no issue date")),
        new PolicyDocument(TestlandParameters.ZHANJIANG, "湛江市方案", "Zhanjiang plan", Optional.empty(),
            Optional.of(LocalDate.of(2023, 2, 17)),
            Window.between(LocalDate.of(2023, 2, 17), LocalDate.of(2026, 2, 17), "three years from issue")),
        new PolicyDocument(TestlandParameters.XIANGXIANG, "湘乡市计划", "Xiangxiang plan", Optional.empty(),
            Optional.of(LocalDate.of(2022, 4, 21)),
            Window.between(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 1, 1), "2022—2025")));
  }

  @Override public List<Measure> measures() {
    return TestlandMeasures.all();
  }

  @Override public List<Parameter<?>> parameters() {
    return TestlandParameters.ALL;
  }

  @Override public List<Interpretation> interpretations() {
    return List.of(TestlandMeasures.HIGHEST_ONLY, TestlandMeasures.GIANT_EXCLUDES);
  }

  @Override public List<Department> departments() {
    return List.of(Department.of("市工业和信息化局", "Bureau of Industry and IT"), Department.of("市财政局", "Finance Bureau"),
        Department.of("市发展改革委", "Development and Reform Commission"));
  }

  @Override public List<AchievementTypeDeclaration> achievementTypes() {
    return List.of(
        AchievementTypeDeclaration.of("CLOUD_ADOPTION", "上云上平台", "cloud adoption", AchievementAttribute.INVESTMENT),
        AchievementTypeDeclaration.of("MEDICAL_PRODUCT_AWARD", "医疗器械创新", "medical product award", AchievementAttribute.COUNT),
        AchievementTypeDeclaration.of("DIGITAL_CHAIN_LEADER", "数字化带动", "digital chain leader", AchievementAttribute.PARTNERS));
  }
}
