package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangTables.TABLES;

import dev.srdi.core.policy.DocumentId;

/**
 * 湘乡政办发〔2022〕6号: one notice that issues two plans, so one document and one seed file, declared in
 * {@code xiangxiang/documents.yaml} under the key {@code notice}. The two plans number their clauses alike
 * (both have a 三、（二）), so every clause is prefixed with its plan (规模以上企业行动方案 / 专精特新培育计划).
 *
 * <p>In-force window: both plans are "2022—2025年" and their awards are paid "在当年的本级产业发展资金中",
 * from the fund of the year of the recognition. The notice is dated 2022-04-21, but a plan for 2022
 * whose awards are paid by the year covers the whole of 2022; so events from 2022-01-01 to
 * 2025-12-31 are covered. The two edges are the parameters {@link XiangxiangParameters#WINDOW_FROM}
 * and {@link XiangxiangParameters#WINDOW_UNTIL}, which every measure reads, so a reader who dates the
 * plans from their issue can say so in a what-if.
 */
public final class XiangxiangDocuments {
  public static final DocumentId NOTICE = TABLES.document("notice");

  private XiangxiangDocuments() {}
}
