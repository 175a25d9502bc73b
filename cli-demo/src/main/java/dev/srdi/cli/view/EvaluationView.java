package dev.srdi.cli.view;

import dev.srdi.cli.text.Amounts;
import dev.srdi.cli.text.Csv;
import dev.srdi.cli.text.TextTable;
import dev.srdi.cli.text.VisibleText;
import dev.srdi.cli.text.TextTable.Column;
import dev.srdi.core.engine.BenefitGrant;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.engine.Summary;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.PortfolioFinding;
import dev.srdi.core.money.Money;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.core.spi.Jurisdiction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** An evaluation as tables for people, and as CSV rows. */
public final class EvaluationView {
  /** The CSV columns: one row per entitlement, benefit and rejection. */
  public static final List<String> CSV_HEADER = List.of("enterprise", "kind", "measure", "nameZh", "nameEn", "year",
      "amountKind", "amount", "fundingSource", "document", "clause", "leadUnits", "responsibleUnits", "explanation",
      "project", "payee", "conditions");

  private EvaluationView() {}

  public static String table(Jurisdiction j, PortfolioResult result, List<Enterprise> enterprises) {
    var out = new StringBuilder();
    out.append(Labels.jurisdiction(j)).append(" — as of ").append(result.asOf()).append("\n\n");
    for (int i = 0; i < result.enterprises().size(); i++) {
      EnterpriseResult r = result.enterprises().get(i);
      Optional<String> name = i < enterprises.size() ? enterprises.get(i).name() : Optional.empty();
      out.append(enterprise(r, name)).append('\n');
    }
    if (!result.findings().isEmpty()) {
      out.append("Portfolio findings 组合层面\n").append(findings(result.findings())).append('\n');
    }
    out.append(summary(result.summary()));
    return out.toString();
  }

  public static String enterprise(EnterpriseResult r, Optional<String> name) {
    var out = new StringBuilder();
    out.append(VisibleText.of(r.enterprise().value())).append(name.map(n -> "  " + VisibleText.of(n)).orElse(""))
        .append("  — total 合计 ").append(Amounts.grouped(r.total())).append(" yuan\n");
    if (r.fault().isPresent()) {
      return out.append("  NOT EVALUATED 未能评估: ").append(VisibleText.of(r.fault().get().describe())).append('\n').toString();
    }
    var citations = new ArrayList<Citation>();
    // A blank line sets a table apart from the one after it.
    boolean afterTable = false;
    if (r.entitlements().isEmpty()) {
      out.append("  no monetary entitlement 无资金奖补\n");
    } else {
      out.append(entitlements(r.entitlements(), citations));
      afterTable = true;
    }
    if (!r.benefits().isEmpty()) {
      out.append(afterTable ? "\n" : "").append(benefits(r.benefits(), citations));
      afterTable = true;
    }
    if (!r.notEligible().isEmpty()) {
      out.append(afterTable ? "\n" : "").append("Not eligible 不符合条件\n").append(notEligible(r.notEligible()));
    }
    for (int c = 0; c < citations.size(); c++) {
      out.append("  [").append(c + 1).append("] ").append(Labels.citation(citations.get(c))).append('\n');
    }
    return out.toString();
  }

  private static String entitlements(List<Entitlement> entitlements, List<Citation> citations) {
    var table = TextTable.of(Column.left("Year"), Column.left("Measure 措施", 36), Column.right("Amount (yuan)"),
        Column.left("Fund 资金来源", 30), Column.left("Owed by 责任单位", 30), Column.left("Ref"));
    for (Entitlement e : entitlements) {
      table.row(String.valueOf(e.year()), Labels.named(e.nameZh(), e.nameEn(), e.measure().value())
              + e.scope().map(s -> "\nproject " + s).orElse("") + e.payee().map(p -> "\npaid to " + p).orElse(""),
          Amounts.withKind(e.amount(), e.amountKind()), e.fundingSource().orElse("(not stated)"),
          Labels.units(e.responsibility()), ref(e.citation(), citations));
    }
    return table.render();
  }

  private static String benefits(List<BenefitGrant> benefits, List<Citation> citations) {
    var table = TextTable.of(Column.left("Year"), Column.left("Benefit 非资金支持", 36), Column.left("What 内容", 40),
        Column.left("Owed by 责任单位", 30), Column.left("Ref"));
    for (BenefitGrant b : benefits) {
      table.row(String.valueOf(b.year()), Labels.named(b.nameZh(), b.nameEn(), b.measure().value()),
          b.description().isBlank() ? b.explanation() : b.description(), Labels.units(b.responsibility()),
          ref(b.citation(), citations));
    }
    return table.render();
  }

  private static String notEligible(List<NotEligible> rejections) {
    var table = TextTable.of(Column.left("Measure", 36), Column.left("Year"), Column.left("Reason 原因", 60),
        Column.left("What is missing 缺什么", 60));
    for (NotEligible n : rejections) {
      table.row(n.measure().value(), n.year().map(String::valueOf).orElse("—"), n.reason(), conditions(n, "\n"));
    }
    return table.render();
  }

  /** The checklist of a rejection, one condition a line (table) or separated (CSV), unmet ones marked. */
  private static String conditions(NotEligible n, String separator) {
    return n.conditions().stream().map(Condition::describe).collect(Collectors.joining(separator));
  }

  public static String findings(List<PortfolioFinding> findings) {
    var table = TextTable.of(Column.left("Measure", 36), Column.left("Subject"), Column.left("Granted"),
        Column.left("Why", 60));
    findings.forEach(f -> table.row(f.measure().value(), f.subject(), f.granted() ? "yes 是" : "no 否", f.explanation()));
    return table.render();
  }

  public static String summary(Summary s) {
    var out = new StringBuilder("Summary 汇总: ").append(s.enterprises()).append(" enterprise(s), total 合计 ")
        .append(Amounts.grouped(s.total())).append(" yuan (EXACT and UP_TO amounts; UP_TO counts its cap)\n");
    if (!s.byYear().isEmpty()) {
      var byYear = TextTable.of(Column.left("Year 年度"), Column.right("Amount (yuan)"));
      s.byYear().forEach((y, m) -> byYear.row(String.valueOf(y), Amounts.grouped(m)));
      out.append(byYear.render());
    }
    if (!s.byFundingSource().isEmpty()) {
      out.append(s.byYear().isEmpty() ? "" : "\n").append(amountsBy("Funding source 资金来源", s.byFundingSource()));
    }
    return out.toString();
  }

  public static String amountsBy(String header, Map<String, Money> amounts) {
    var table = TextTable.of(Column.left(header, 48), Column.right("Amount (yuan)"));
    amounts.forEach((k, m) -> table.row(k, Amounts.grouped(m)));
    return table.render();
  }

  private static String ref(Citation c, List<Citation> citations) {
    int i = citations.indexOf(c);
    if (i < 0) {
      citations.add(c);
      i = citations.size() - 1;
    }
    return "[" + (i + 1) + "]";
  }

  /** CSV rows for one enterprise (no header). */
  public static String csvRows(EnterpriseResult r) {
    var out = new StringBuilder();
    String id = r.enterprise().value();
    for (Entitlement e : r.entitlements()) {
      out.append(Csv.row(id, "entitlement", e.measure().value(), e.nameZh(), e.nameEn(), String.valueOf(e.year()),
          e.amountKind().name(), e.amount().map(Money::toFenString).orElse(""), e.fundingSource().orElse(""),
          e.citation().document().value(), e.citation().clause(), join(e.responsibility().lead()),
          join(e.responsibility().responsible()), e.explanation(), e.scope().orElse(""), e.payee().orElse(""), ""));
    }
    for (BenefitGrant b : r.benefits()) {
      out.append(Csv.row(id, "benefit", b.measure().value(), b.nameZh(), b.nameEn(), String.valueOf(b.year()),
          "NONE", "", "", b.citation().document().value(), b.citation().clause(), join(b.responsibility().lead()),
          join(b.responsibility().responsible()), b.explanation(), "", "", ""));
    }
    for (NotEligible n : r.notEligible()) {
      out.append(Csv.row(id, "notEligible", n.measure().value(), "", "", n.year().map(String::valueOf).orElse(""),
          "", "", "", "", "", "", "", n.reason(), "", "", conditions(n, "; ")));
    }
    return out.toString();
  }

  private static String join(List<DepartmentId> ids) {
    return ids.stream().map(DepartmentId::value).collect(Collectors.joining("; "));
  }
}
