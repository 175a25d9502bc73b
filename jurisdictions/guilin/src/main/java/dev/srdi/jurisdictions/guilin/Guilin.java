package dev.srdi.jurisdictions.guilin;

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
import dev.srdi.jurisdictions.guilin.award.FirstCitySrdiAward;
import dev.srdi.jurisdictions.guilin.award.GrowthAward;
import dev.srdi.jurisdictions.guilin.benefit.GuilinBenefits;
import dev.srdi.jurisdictions.guilin.benefit.HighLevelTalentTreatment;
import java.util.ArrayList;
import java.util.List;

/**
 * Guilin (桂林市): every clause of 《桂林市支持“专精特新”中小企业培育发展的若干措施（试行）》. Two awards
 * (二、（三）, （四）), one treatment set by another document (九、（十七）), the non-monetary benefits of the
 * other clauses, the targets of (二), (十) and (十六), the tasks, and the liaison's yearly duty.
 */
public final class Guilin implements Jurisdiction {

  /** Guilin's id, {@code guilin}: the prefix of each of its measure, parameter and interpretation ids. */
  public static final JurisdictionId ID = JurisdictionId.of("guilin");

  private static final List<Measure> MEASURES = measures(List.of(new FirstCitySrdiAward(), new GrowthAward()));

  /**
   * The plugin; ServiceLoader and {@code Srdi.of} call this constructor, and every declaration is built once.
   */
  public Guilin() {
    // ServiceLoader needs a public no-argument constructor; everything is built once, statically.
  }

  @Override public JurisdictionId id() {
    return ID;
  }

  @Override public String nameZh() {
    return "桂林市";
  }

  @Override public String nameEn() {
    return "Guilin";
  }

  @Override public List<PolicyDocument> documents() {
    return GuilinDocuments.all();
  }

  @Override public List<Measure> measures() {
    return MEASURES;
  }

  @Override public List<DeclaredFund> funds() {
    return GuilinTables.TABLES.funds();
  }

  @Override public List<Task> tasks() {
    return GuilinTables.TABLES.tasks();
  }

  @Override public List<Target> targets() {
    return GuilinTargets.all();
  }

  @Override public List<RecurringDuty> duties() {
    return GuilinTables.TABLES.duties();
  }

  @Override public List<Parameter<?>> parameters() {
    return GuilinParameters.ALL;
  }

  @Override public List<Interpretation> interpretations() {
    return GuilinInterpretations.ALL;
  }

  @Override public List<ClauseMark> clauseMarks() {
    return GuilinTables.TABLES.clauseMarks();
  }

  @Override public List<DocumentPart> documentParts() {
    return GuilinTables.TABLES.documentParts();
  }

  @Override public List<Department> departments() {
    return GuilinTables.TABLES.departments();
  }

  @Override public List<AchievementTypeDeclaration> achievementTypes() {
    return List.of(GuilinTargets.LISTING_DECLARATION, HighLevelTalentTreatment.DECLARATION);
  }

  private static List<Measure> measures(List<Measure> awards) {
    var all = new ArrayList<Measure>(awards);
    all.addAll(GuilinBenefits.all());
    return List.copyOf(all);
  }
}
