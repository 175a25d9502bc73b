package dev.srdi.jurisdictions.guilin.benefit;

import dev.srdi.core.measure.Measure;
import dev.srdi.jurisdictions.guilin.GuilinTables;
import java.util.ArrayList;
import java.util.List;

/**
 * The non-monetary benefits the document gives SRDI SMEs of any level, one per clause that gives
 * one, as {@code guilin/benefits.yaml} writes them, and the talent treatment of 九、（十七）, which
 * reads a fact of its own. What each clause asks of the government besides (build a platform, set
 * up a mechanism) is in {@code guilin/tasks.yaml}.
 */
public final class GuilinBenefits {
  private GuilinBenefits() {}

  public static List<Measure> all() {
    var all = new ArrayList<Measure>();
    GuilinTables.TABLES.benefits().forEach(sheet -> all.add(new SrdiBenefit(sheet)));
    all.add(new HighLevelTalentTreatment());
    return List.copyOf(all);
  }
}
