package dev.srdi.jurisdictions.zhanjiang;

import dev.srdi.core.facts.AchievementAttribute;
import dev.srdi.core.facts.AchievementTypeDeclaration;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.PortfolioMeasure;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.policy.ClauseMark;
import dev.srdi.core.policy.DocumentPart;
import dev.srdi.core.policy.DeclaredFund;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.responsibility.Department;
import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Task;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.target.Target;
import dev.srdi.jurisdictions.zhanjiang.award.DigitalChainAward;
import dev.srdi.jurisdictions.zhanjiang.award.ParkIntroductionAward;
import dev.srdi.jurisdictions.zhanjiang.award.TierAward;
import dev.srdi.jurisdictions.zhanjiang.benefit.CultivationPoolPriority;
import dev.srdi.jurisdictions.zhanjiang.benefit.ZhanjiangBenefits;
import dev.srdi.jurisdictions.zhanjiang.park.SrdiParkPlaque;
import java.util.ArrayList;
import java.util.List;

/** 湛江市: the quality-SME action plan 2022–2025 (湛工信函〔2023〕20号), every clause of it. */
public final class Zhanjiang implements Jurisdiction {
  private static final List<Measure> MEASURES = measures0();
  private static final List<PortfolioMeasure> PORTFOLIO_MEASURES = List.of(new SrdiParkPlaque());

  @Override public JurisdictionId id() {
    return ZhanjiangDocuments.JURISDICTION;
  }

  @Override public String nameZh() {
    return "湛江市";
  }

  @Override public String nameEn() {
    return "Zhanjiang";
  }

  @Override public List<PolicyDocument> documents() {
    return ZhanjiangDocuments.all();
  }

  @Override public List<Measure> measures() {
    return MEASURES;
  }

  @Override public List<PortfolioMeasure> portfolioMeasures() {
    return PORTFOLIO_MEASURES;
  }

  @Override public List<DeclaredFund> funds() {
    return ZhanjiangTables.TABLES.funds();
  }

  @Override public List<Task> tasks() {
    return ZhanjiangTables.TABLES.tasks();
  }

  @Override public List<Target> targets() {
    return ZhanjiangTargets.all();
  }

  @Override public List<RecurringDuty> duties() {
    return ZhanjiangTables.TABLES.duties();
  }

  @Override public List<Parameter<?>> parameters() {
    return ZhanjiangParameters.ALL;
  }

  @Override public List<Interpretation> interpretations() {
    return ZhanjiangInterpretations.ALL;
  }

  @Override public List<ClauseMark> clauseMarks() {
    return ZhanjiangTables.TABLES.clauseMarks();
  }

  @Override public List<DocumentPart> documentParts() {
    return ZhanjiangTables.TABLES.documentParts();
  }

  @Override public List<Department> departments() {
    return ZhanjiangTables.TABLES.departments();
  }

  @Override public List<AchievementTypeDeclaration> achievementTypes() {
    return List.of(
        AchievementTypeDeclaration.of(DigitalChainAward.CHAIN_LEADER.value(), "数字化转型带动上下游企业",
            "digital transformation that brings up- and downstream firms along", AchievementAttribute.PARTNERS),
        AchievementTypeDeclaration.of(CultivationPoolPriority.HIGH_TECH.value(), "高新技术企业认定", "high-tech enterprise certification"));
  }

  private static List<Measure> measures0() {
    var all = new ArrayList<Measure>(TierAward.all());
    all.add(ParkIntroductionAward.measure());
    all.add(DigitalChainAward.measure());
    all.addAll(ZhanjiangBenefits.all());
    return List.copyOf(all);
  }
}
