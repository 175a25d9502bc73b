package dev.srdi.jurisdictions.xiangxiang;

import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Window;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 湘乡政办发〔2022〕6号: one notice that issues two plans, so one document and one seed file. The two
 * plans number their clauses alike (both have a 三、（二）), so every clause is prefixed with its plan.
 *
 * <p>In-force window: both plans are "2022—2025年" and their awards are paid "在当年的本级产业发展资金中",
 * from the fund of the year of the recognition. The notice is dated 2022-04-21, but a plan for 2022
 * whose awards are paid by the year covers the whole of 2022; so events from 2022-01-01 to
 * 2025-12-31 are covered. The two edges are the parameters {@link XiangxiangParameters#WINDOW_FROM}
 * and {@link XiangxiangParameters#WINDOW_UNTIL}, which every measure reads, so a reader who dates the
 * plans from their issue can say so in a what-if.
 */
public final class XiangxiangDocuments {
  public static final DocumentId NOTICE = DocumentId.of("003_4c671a9120ac6c40");

  /** Plan one: 《湘乡市培育规模以上企业行动实施方案（2022—2025年）》. */
  public static final String ABOVE_SIZE_PLAN = "规模以上企业行动方案 ";
  /** Plan two: 《湘乡市“专精特新”中小企业培育计划（2022—2025年）》. */
  public static final String SRDI_PLAN = "专精特新培育计划 ";

  /** 三、2 and 三、3: "在当年的本级产业发展资金中", the city's own industrial development fund of the recognition's year. */
  public static final String OWN_INDUSTRY_FUND = "本级产业发展资金（当年） / the city's own industrial development fund of the year";

  static final LocalDate ISSUED = LocalDate.of(2022, 4, 21);
  static final LocalDate COVERED_FROM = LocalDate.of(2022, 1, 1);
  static final LocalDate COVERED_UNTIL = LocalDate.of(2026, 1, 1);

  public static final PolicyDocument DOCUMENT = new PolicyDocument(
      NOTICE,
      "湘乡市人民政府办公室关于印发《湘乡市培育规模以上企业行动实施方案（2022-2025年）》"
          + "《湘乡市“专精特新”中小企业培育计划（2022-2025年）》的通知",
      "Xiangxiang: action plan to cultivate above-designated-size enterprises and SRDI SME cultivation plan (2022-2025)",
      Optional.of("湘乡政办发〔2022〕6号"),
      Optional.of(ISSUED),
      Window.between(COVERED_FROM, COVERED_UNTIL,
          "plans for 2022—2025; awards are paid from the fund of the year of the event (当年), so all of 2022 counts"));

  private XiangxiangDocuments() {}

  /** A clause of plan one (above-size enterprises). */
  public static Citation aboveSize(String clause, String quote) {
    return Citation.of(NOTICE, ABOVE_SIZE_PLAN + clause, quote);
  }

  /** A clause of plan two (SRDI cultivation). */
  public static Citation srdi(String clause, String quote) {
    return Citation.of(NOTICE, SRDI_PLAN + clause, quote);
  }
}
