package dev.srdi.jurisdictions.zhanjiang;

import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Window;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The one document the plugin encodes: 湛工信函〔2023〕20号 and the action plan it issues. */
public final class ZhanjiangDocuments {
  public static final JurisdictionId JURISDICTION = JurisdictionId.of("zhanjiang");
  public static final DocumentId PLAN = DocumentId.of("000_753bb4b18f4652ce");

  /** The notice's date; the plan "自发布之日起实行". */
  public static final LocalDate ISSUED = LocalDate.of(2023, 2, 17);

  /** "有效期三年": three years from issue, so 2026-02-17 is the first day it no longer applies. */
  public static final LocalDate EXPIRES = ISSUED.plusYears(3);

  public static final PolicyDocument PLAN_DOCUMENT = new PolicyDocument(
      PLAN,
      "湛江市培育优质中小企业行动方案（2022—2025年）",
      "Zhanjiang action plan for cultivating quality SMEs (2022–2025)",
      Optional.of("湛工信函〔2023〕20号"),
      Optional.of(ISSUED),
      Window.between(ISSUED, EXPIRES, "自发布之日起实行，有效期三年: in force from issue on 2023-02-17 for three years"));

  private ZhanjiangDocuments() {}

  public static List<PolicyDocument> all() {
    return List.of(PLAN_DOCUMENT);
  }

  /** A citation of the plan. */
  public static Citation cite(String clause, String quote) {
    return Citation.of(PLAN, clause, quote);
  }
}
