package dev.srdi.cli.view;

import dev.srdi.api.PolicyTexts;
import dev.srdi.cli.text.TextTable;
import dev.srdi.cli.text.TextTable.Column;
import dev.srdi.core.text.CitedSpan;
import dev.srdi.core.text.ClauseCoverage;
import dev.srdi.core.text.CoverageCounts;
import dev.srdi.core.text.DocumentCoverage;
import java.util.stream.Collectors;

/** The document view as a table: the coverage per document, then each clause with its status and what cites it. */
public final class DocumentView {
  private DocumentView() {}

  public static String table(PolicyTexts texts) {
    var out = new StringBuilder("Policy text and its encoding 政策原文与编码 — ")
        .append(Labels.jurisdiction(texts.jurisdiction())).append('\n');
    var summary = TextTable.of(Column.left("Document 文件", 40), Column.right("Clauses 条款"), Column.right("Encoded 已编码"),
        Column.right("Interpreted 按解读"), Column.right("No rule 无规则"), Column.right("Not encoded 未编码"));
    for (DocumentCoverage d : texts.coverage().documents()) {
      CoverageCounts c = d.counts();
      summary.row(d.document().titleZh(), String.valueOf(c.clauses()), String.valueOf(c.encoded()),
          String.valueOf(c.interpreted()), String.valueOf(c.noRule()), String.valueOf(c.notEncoded()));
    }
    out.append(summary.render());
    texts.coverage().missing().forEach(m -> out.append("  no text on the class path for ").append(m).append('\n'));
    for (DocumentCoverage d : texts.coverage().documents()) {
      out.append('\n').append(d.document().titleZh()).append('\n');
      var clauses = TextTable.of(Column.left("Clause 条款", 30), Column.left("Status 状态", 12),
          Column.left("Cited by 引用", 60), Column.left("Reason 说明", 40));
      for (ClauseCoverage c : d.clauses()) {
        clauses.row(c.clause().label(), c.status().key(),
            c.cited().stream().map(CitedSpan::entry).map(e -> e.kind() + " " + e.id()).collect(Collectors.joining("\n")),
            c.mark().map(m -> m.reason()).orElse(""));
      }
      out.append(clauses.render());
    }
    return out.toString();
  }
}
