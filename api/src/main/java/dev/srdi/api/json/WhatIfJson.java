package dev.srdi.api.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.core.engine.EnterpriseDelta;
import dev.srdi.core.engine.WhatIfResult;
import dev.srdi.core.money.Money;
import java.util.TreeSet;

/** A what-if as JSON: the changes, baseline/variant/difference per enterprise, in total and by fund, and both evaluations. */
public final class WhatIfJson {
  private WhatIfJson() {}

  public static ObjectNode of(WhatIfResult w) {
    ObjectNode out = Json.object();
    out.put("jurisdiction", w.baseline().jurisdiction().value());
    out.put("asOf", w.baseline().asOf().toString());
    ObjectNode parameters = out.putObject("changedParameters");
    w.changedParameters().forEach((id, value) -> parameters.put(id.value(), value));
    ObjectNode interpretations = out.putObject("changedInterpretations");
    w.changedInterpretations().forEach((id, choice) -> interpretations.put(id.value(), choice));
    ArrayNode enterprises = out.putArray("enterprises");
    for (EnterpriseDelta d : w.enterprises()) {
      ObjectNode entry = triple(d.baseline(), d.variant());
      ObjectNode withId = Json.object();
      withId.put("id", d.enterprise().value());
      withId.setAll(entry);
      enterprises.add(withId);
    }
    out.set("total", triple(w.baseline().summary().total(), w.variant().summary().total()));
    ObjectNode byFund = out.putObject("byFundingSource");
    var before = w.baseline().summary().byFundingSource();
    var after = w.variant().summary().byFundingSource();
    var funds = new TreeSet<>(before.keySet());
    funds.addAll(after.keySet());
    funds.forEach(f -> byFund.set(f, triple(before.getOrDefault(f, Money.zero()), after.getOrDefault(f, Money.zero()))));
    out.set("baseline", EvaluationJson.portfolio(w.baseline()));
    out.set("variant", EvaluationJson.portfolio(w.variant()));
    return out;
  }

  private static ObjectNode triple(Money baseline, Money variant) {
    ObjectNode out = Json.object();
    out.put("baseline", baseline.toFenString());
    out.put("variant", variant.toFenString());
    out.put("difference", variant.minus(baseline).toFenString());
    return out;
  }
}
