package dev.srdi.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.api.json.Json;
import dev.srdi.api.json.LeftOut;
import dev.srdi.api.json.WhatIfJson;
import dev.srdi.core.engine.EnterpriseDelta;
import dev.srdi.core.engine.Fund;
import dev.srdi.core.money.Money;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A whole-portfolio what-if as JSON: the reform, the funds with their short ids, the totals by city,
 * fund and year, the fund × year table, the budgets, and every enterprise's baseline and variant.
 */
final class PortfolioWhatIfDocument {
  private PortfolioWhatIfDocument() {}

  /**
   * The document.
   *
   * @param w the what-if
   * @return the document, with {@code leftOut} at the end when enterprises name no loaded city
   */
  static ObjectNode of(PortfolioWhatIf w) {
    ObjectNode out = Json.object();
    out.put("asOf", w.asOf().toString());
    ObjectNode reform = out.putObject("reform");
    w.reform().title().ifPresent(t -> reform.put("title", t));
    w.reform().description().ifPresent(d -> reform.put("description", d));
    ArrayNode cities = out.putArray("cities");
    for (WhatIf city : w.cities()) {
      ObjectNode c = Json.object();
      c.put("jurisdiction", city.jurisdiction().id().value());
      c.put("enterprises", city.enterprises().size());
      ArrayNode overrides = c.putArray("overrides");
      city.overrides().forEach(o -> overrides.add(WhatIfJson.override(o)));
      c.setAll(WhatIfJson.triple(city.result().baseline().summary().total(), city.result().variant().summary().total()));
      cities.add(c);
    }
    out.set("total", WhatIfJson.triple(w.baselineTotal(), w.variantTotal()));
    ArrayNode funds = out.putArray("funds");
    for (Fund f : w.funds()) {
      ObjectNode fund = Json.object();
      fund.put("id", f.id());
      fund.put("name", f.name());
      funds.add(fund);
    }
    out.set("byFund", sums(w.fundYears(), c -> c.fund().id()));
    out.set("byYear", sums(w.fundYears(), c -> String.valueOf(c.year())));
    ArrayNode table = out.putArray("fundYears");
    for (FundYear c : w.fundYears()) {
      ObjectNode row = Json.object();
      row.put("fund", c.fund().id());
      row.put("year", c.year());
      row.setAll(WhatIfJson.triple(c.baseline(), c.variant()));
      table.add(row);
    }
    if (!w.reform().budgets().isEmpty()) {
      ObjectNode budgets = out.putObject("budgets");
      budgets.put("note", PortfolioWhatIf.WHEN_A_FUND_RUNS_OUT);
      ArrayNode checks = budgets.putArray("checks");
      w.budgets().forEach(b -> checks.add(check(b)));
    }
    ArrayNode enterprises = out.putArray("enterprises");
    for (WhatIf city : w.cities()) {
      for (EnterpriseDelta d : city.result().enterprises()) {
        ObjectNode e = Json.object();
        e.put("id", d.enterprise().value());
        e.put("jurisdiction", city.jurisdiction().id().value());
        e.setAll(WhatIfJson.triple(d.baseline(), d.variant()));
        enterprises.add(e);
      }
    }
    return LeftOut.annotate(out, w.leftOut());
  }

  private static ObjectNode sums(List<FundYear> cells, Function<FundYear, String> key) {
    var before = new TreeMap<String, Money>();
    var after = new TreeMap<String, Money>();
    for (FundYear c : cells) {
      before.merge(key.apply(c), c.baseline(), Money::plus);
      after.merge(key.apply(c), c.variant(), Money::plus);
    }
    ObjectNode out = Json.object();
    for (Map.Entry<String, Money> e : before.entrySet()) {
      out.set(e.getKey(), WhatIfJson.triple(e.getValue(), after.get(e.getKey())));
    }
    return out;
  }

  private static ObjectNode check(BudgetCheck b) {
    ObjectNode out = Json.object();
    out.put("fund", b.fund().id());
    out.put("year", b.year());
    out.put("budget", b.budget().toFenString());
    out.put("cost", b.cost().toFenString());
    out.put("headroom", b.headroom().toFenString());
    out.put("status", b.over() ? "over" : "within");
    if (b.over()) {
      out.set("byMeasure", shares(b.byMeasure()));
      out.set("byEnterprise", shares(b.byEnterprise()));
    }
    return out;
  }

  private static ArrayNode shares(List<BudgetCheck.Share> shares) {
    ArrayNode out = Json.mapper().createArrayNode();
    for (BudgetCheck.Share s : shares) {
      ObjectNode share = Json.object();
      share.put("id", s.id());
      share.put("amount", s.amount().toFenString());
      out.add(share);
    }
    return out;
  }
}
