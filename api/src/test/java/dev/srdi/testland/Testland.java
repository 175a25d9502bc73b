package dev.srdi.testland;

import dev.srdi.core.facts.AchievementAttribute;
import dev.srdi.core.facts.AchievementTypeDeclaration;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Window;
import dev.srdi.core.responsibility.Department;
import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.core.responsibility.Schedule;
import dev.srdi.core.responsibility.Task;
import dev.srdi.core.responsibility.TaskId;
import dev.srdi.core.stacking.StackingRule;
import dev.srdi.core.target.Metric;
import dev.srdi.core.target.Target;
import dev.srdi.core.target.TargetId;
import dev.srdi.core.target.TargetPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A small, made-up jurisdiction for the command's tests, so that they have fixed amounts to check
 * whatever state the real city plugins are in. Its id never collides with a real city's.
 */
public final class Testland implements dev.srdi.core.spi.Jurisdiction {
  static final DocumentId DOC = DocumentId.of("testland-plan");
  static final String INDUSTRY_BUREAU = "测试市工业和信息化局";
  static final String FINANCE_BUREAU = "测试市财政局";
  static final String FUND = "测试市中小企业发展专项资金";

  static Citation cite(String clause, String quote) {
    return Citation.of(DOC, clause, quote);
  }

  static final Parameter<Money> SRDI_AWARD = Parameter.of("testland.srdi-award.amount",
      "award for a new provincial-or-above SRDI recognition", Unit.YUAN, Money.yuan("100000"),
      cite("三、（一）", "给予10万元奖励"));
  static final Parameter<Money> GIANT_CAP = Parameter.of("testland.little-giant-award.cap",
      "cap of the award for a national little giant", Unit.YUAN, Money.yuan("500000"),
      cite("三、（一）", "最高不超过50万元"));
  static final Parameter<Rate> CLOUD_RATE = Parameter.of("testland.cloud-subsidy.rate",
      "share of the cloud investment subsidised", Unit.PERCENT, Rate.percent("10"), cite("三、（二）", "按投资额的10%"));
  static final Parameter<Money> CLOUD_CAP = Parameter.of("testland.cloud-subsidy.cap",
      "cap of the cloud subsidy", Unit.YUAN, Money.yuan("200000"), cite("三、（二）", "最高20万元"));
  static final Parameter<Integer> TARGET_COUNT = Parameter.of("testland.target.srdi-firms.count",
      "SRDI firms to have by the deadline", Unit.COUNT, 2, cite("一、", "专精特新企业达到2家"));
  static final Parameter<LocalDate> TARGET_DEADLINE = Parameter.of("testland.target.srdi-firms.deadline",
      "deadline of the SRDI target", Unit.DATE, LocalDate.of(2025, 12, 31), cite("一、", "到2025年"));
  static final Interpretation HIGHEST_ONLY = StackingRule.HighestOnly.interpretation("testland.highest-only",
      cite("三、（一）", "按最高标准给予奖励，不重复奖励"));

  static final Responsibility INDUSTRY_LEADS = Responsibility.ledBy(List.of(INDUSTRY_BUREAU), List.of(FINANCE_BUREAU));

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
    return List.of(new PolicyDocument(DOC, "测试市优质中小企业梯度培育方案", "Testland quality SME plan",
        Optional.of("测政〔2022〕1号"), Optional.of(LocalDate.of(2022, 1, 1)),
        Window.between(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 1, 1), "the plan's own term")));
  }

  @Override public List<Measure> measures() {
    return TestlandMeasures.all();
  }

  @Override public List<Parameter<?>> parameters() {
    return List.of(SRDI_AWARD, GIANT_CAP, CLOUD_RATE, CLOUD_CAP, TARGET_COUNT, TARGET_DEADLINE);
  }

  @Override public List<Interpretation> interpretations() {
    return List.of(HIGHEST_ONLY);
  }

  @Override public List<Department> departments() {
    return List.of(Department.of(INDUSTRY_BUREAU, "Testland Bureau of Industry and IT"),
        Department.of(FINANCE_BUREAU, "Testland Finance Bureau"));
  }

  @Override public List<AchievementTypeDeclaration> achievementTypes() {
    return List.of(
        AchievementTypeDeclaration.of("CLOUD_ADOPTION", "上云用云", "cloud adoption", AchievementAttribute.INVESTMENT),
        AchievementTypeDeclaration.of("TECH_CENTER", "企业技术中心", "technology centre", AchievementAttribute.LEVEL));
  }

  @Override public List<Target> targets() {
    return List.of(new Target(TargetId.of("testland.target.srdi-firms"), "专精特新企业数量", "SRDI firms",
        cite("一、", "专精特新企业达到2家"), INDUSTRY_LEADS, TARGET_COUNT, TargetPeriod.by(TARGET_DEADLINE),
        Metric.count("firms holding a provincial-or-above SRDI recognition",
            (e, q) -> e.holdsOn(q.cutOff(), Title.SRDI_SME, Level.PROVINCIAL))));
  }

  @Override public List<Task> tasks() {
    return List.of(Task.of("testland.task.pool", "建立培育库", "keep a cultivation pool", "a pool of candidate firms",
        cite("二、（一）", "建立优质中小企业培育库"), Responsibility.responsible(INDUSTRY_BUREAU)));
  }

  @Override public List<RecurringDuty> duties() {
    return List.of(new RecurringDuty(TaskId.of("testland.duty.monthly-report"), "每月报送进展", "monthly progress report",
        Schedule.monthlyBy(25), cite("四、", "每月25日前报送"), Responsibility.responsible(INDUSTRY_BUREAU)));
  }
}
