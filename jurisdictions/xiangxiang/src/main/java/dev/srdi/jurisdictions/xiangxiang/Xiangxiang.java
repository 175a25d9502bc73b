package dev.srdi.jurisdictions.xiangxiang;

import dev.srdi.core.facts.AchievementTypeDeclaration;
import dev.srdi.core.measure.Measure;
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
import dev.srdi.jurisdictions.xiangxiang.abovesize.AboveSizeMeasures;
import dev.srdi.jurisdictions.xiangxiang.award.LadderAward;
import dev.srdi.jurisdictions.xiangxiang.digital.DemonstrationProgram;
import dev.srdi.jurisdictions.xiangxiang.digital.DigitalMeasures;
import dev.srdi.jurisdictions.xiangxiang.innovation.InnovationAwards;
import java.util.ArrayList;
import java.util.List;

/**
 * 湘乡市 (Xiangxiang, a county-level city under 湘潭市, Hunan): both plans of 湘乡政办发〔2022〕6号 — the
 * action plan to cultivate above-designated-size enterprises and the SRDI SME cultivation plan, 2022–2025.
 * Awards are for new recognitions only, each paid once per enterprise, and climbing the ladder earns
 * every rung's award (DOMAIN.md, interpretation 3).
 */
public final class Xiangxiang implements Jurisdiction {
  private static final List<Measure> MEASURES = measures0();

  /**
   * The plugin; ServiceLoader and {@code Srdi.of} call this constructor, and every declaration is built once.
   */
  public Xiangxiang() {}

  @Override public JurisdictionId id() {
    return JurisdictionId.of("xiangxiang");
  }

  @Override public String nameZh() {
    return "湘乡市";
  }

  @Override public String nameEn() {
    return "Xiangxiang";
  }

  @Override public List<PolicyDocument> documents() {
    return XiangxiangTables.TABLES.documents();
  }

  @Override public List<Measure> measures() {
    return MEASURES;
  }

  @Override public List<DeclaredFund> funds() {
    return XiangxiangTables.TABLES.funds();
  }

  @Override public List<Task> tasks() {
    return XiangxiangTables.TABLES.tasks();
  }

  @Override public List<Target> targets() {
    return XiangxiangTargets.ALL;
  }

  @Override public List<RecurringDuty> duties() {
    return XiangxiangTables.TABLES.duties();
  }

  @Override public List<Parameter<?>> parameters() {
    return XiangxiangParameters.ALL;
  }

  @Override public List<Interpretation> interpretations() {
    return XiangxiangInterpretations.ALL;
  }

  @Override public List<ClauseMark> clauseMarks() {
    return XiangxiangTables.TABLES.clauseMarks();
  }

  @Override public List<DocumentPart> documentParts() {
    return XiangxiangTables.TABLES.documentParts();
  }

  @Override public List<Department> departments() {
    return XiangxiangTables.TABLES.departments();
  }

  /** The demonstration programmes of 专精特新培育计划 三、9, by their stable ids. */
  @Override public List<String> programs() {
    return DemonstrationProgram.ids();
  }

  @Override public List<AchievementTypeDeclaration> achievementTypes() {
    return XiangxiangAchievementTypes.ALL;
  }

  private static List<Measure> measures0() {
    var all = new ArrayList<Measure>();
    all.addAll(AboveSizeMeasures.all());
    all.addAll(LadderAward.all());
    all.addAll(InnovationAwards.all());
    all.addAll(DigitalMeasures.all());
    return List.copyOf(all);
  }
}
