package dev.srdi.jurisdictions.zhanjiang;

import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangTables.TABLES;

import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import java.time.LocalDate;
import java.util.List;

/**
 * The one document the plugin encodes: 湛工信函〔2023〕20号 and the action plan it issues, declared in
 * {@code zhanjiang/documents.yaml} under the key {@code plan}.
 */
public final class ZhanjiangDocuments {
  public static final JurisdictionId JURISDICTION = JurisdictionId.of("zhanjiang");
  public static final DocumentId PLAN = TABLES.document("plan");

  public static final PolicyDocument PLAN_DOCUMENT =
      TABLES.documents().stream().filter(d -> d.id().equals(PLAN)).findFirst().orElseThrow();

  /** The notice's date; the plan "自发布之日起实行". */
  public static final LocalDate ISSUED = PLAN_DOCUMENT.issued().orElseThrow();

  /** "有效期三年": three years from issue, the first day it no longer applies. */
  public static final LocalDate EXPIRES = PLAN_DOCUMENT.inForce().until().orElseThrow();

  private ZhanjiangDocuments() {}

  public static List<PolicyDocument> all() {
    return TABLES.documents();
  }
}
