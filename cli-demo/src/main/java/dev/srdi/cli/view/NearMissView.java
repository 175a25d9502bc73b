package dev.srdi.cli.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.api.json.EvaluationJson;
import dev.srdi.api.json.Json;
import dev.srdi.cli.text.Amounts;
import dev.srdi.cli.text.Csv;
import dev.srdi.cli.text.TextTable;
import dev.srdi.cli.text.TextTable.Column;
import dev.srdi.core.engine.NearMiss;
import dev.srdi.core.money.Money;
import dev.srdi.core.spi.Jurisdiction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code srdi evaluate --near-miss PCT}: the awards just missed, what each would cost, and the cost by fund. */
public final class NearMissView {
  /** A near miss without a named fund (a benefit, or a text that names none). */
  private static final String NO_FUND = "(no fund named)";

  private NearMissView() {}

  public static String table(Jurisdiction j, LocalDate asOf, BigDecimal percent, List<NearMiss> misses) {
    var out = new StringBuilder("Near misses 差一点 — ").append(Labels.jurisdiction(j)).append(", as of ").append(asOf)
        .append(": awards missed by at most ").append(percent.stripTrailingZeros().toPlainString())
        .append("% of one condition\n");
    if (misses.isEmpty()) {
      return out.append("  none\n").toString();
    }
    var table = TextTable.of(Column.left("Enterprise"), Column.left("Measure", 36), Column.left("Year"),
        Column.left("What is missing 缺什么", 50), Column.right("Short by"), Column.right("Would get (yuan)"),
        Column.left("Fund 资金来源", 30));
    for (NearMiss m : misses) {
      table.row(m.enterprise().value(), m.measure().value(), String.valueOf(m.year()), m.condition().describe(),
          percent(m.share()), Amounts.withKind(m.award(), m.amountKind()), m.fundingSource().orElse(NO_FUND));
    }
    out.append(table.render()).append('\n');
    out.append("Cost to each fund had every one been met (an UP_TO award counts its cap; one set elsewhere counts 0)\n");
    var byFund = TextTable.of(Column.left("Fund 资金来源", 48), Column.right("Amount (yuan)"));
    costByFund(misses).forEach((fund, money) -> byFund.row(fund, Amounts.grouped(money)));
    byFund.row("total 合计", Amounts.grouped(total(misses)));
    return out.append(byFund.render()).toString();
  }

  public static String json(Jurisdiction j, LocalDate asOf, BigDecimal percent, List<NearMiss> misses) {
    ObjectNode root = Json.object();
    root.put("jurisdiction", j.id().value());
    root.put("asOf", asOf.toString());
    root.put("nearMissPercent", percent.stripTrailingZeros().toPlainString());
    ArrayNode array = root.putArray("nearMisses");
    for (NearMiss m : misses) {
      ObjectNode o = array.addObject();
      o.put("enterprise", m.enterprise().value());
      o.put("measure", m.measure().value());
      o.put("nameZh", m.nameZh());
      o.put("nameEn", m.nameEn());
      o.put("year", m.year());
      o.set("condition", EvaluationJson.condition(m.condition()));
      o.put("shortfallPercent", percentNumber(m.share()));
      o.put("amountKind", m.amountKind().name());
      m.award().ifPresent(a -> o.put("amount", a.toFenString()));
      m.fundingSource().ifPresent(f -> o.put("fundingSource", f));
      o.set("citation", EvaluationJson.citation(m.citation()));
    }
    ObjectNode byFund = root.putObject("costByFundingSource");
    costByFund(misses).forEach((fund, money) -> byFund.put(fund, money.toFenString()));
    root.put("total", total(misses).toFenString());
    return Json.pretty(root);
  }

  public static String csv(List<NearMiss> misses) {
    var out = new StringBuilder(Csv.row("enterprise", "measure", "year", "fact", "has", "requires", "shortfall", "unit",
        "shortfallPercent", "amountKind", "amount", "fundingSource"));
    for (NearMiss m : misses) {
      var c = m.condition();
      out.append(Csv.row(m.enterprise().value(), m.measure().value(), String.valueOf(m.year()), c.fact(),
          c.has().orElse(""), c.requires(), c.shortfall().orElse(""), c.unit(), percentNumber(m.share()),
          m.amountKind().name(), m.award().map(Money::toFenString).orElse(""), m.fundingSource().orElse("")));
    }
    return out.toString();
  }

  private static Map<String, Money> costByFund(List<NearMiss> misses) {
    var out = new TreeMap<String, Money>();
    misses.forEach(m -> out.merge(m.fundingSource().orElse(NO_FUND), m.cost(), Money::plus));
    return out;
  }

  private static Money total(List<NearMiss> misses) {
    return misses.stream().map(NearMiss::cost).reduce(Money.zero(), Money::plus);
  }

  private static String percentNumber(BigDecimal share) {
    return share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** "5.00%"; a share that rounds to nothing still shows that it is not zero. */
  private static String percent(BigDecimal share) {
    String shown = percentNumber(share);
    return share.signum() > 0 && new BigDecimal(shown).signum() == 0 ? "< 0.01%" : shown + "%";
  }
}
