package dev.srdi.api.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.spi.Jurisdiction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A comparison as JSON: each enterprise's total under each jurisdiction, the totals, and each full evaluation. */
public final class CompareJson {
  private CompareJson() {}

  /**
   * The compare document.
   *
   * @param asOf the day of every evaluation
   * @param enterpriseIds the enterprises, in the scenario's order
   * @param jurisdictions the jurisdictions, in the order of {@code results}
   * @param results one evaluation per jurisdiction, each with the enterprises in the same order
   * @param year the one year the results were cut to, if any (written last)
   * @return the document, fields in the contract's order
   */
  public static ObjectNode of(LocalDate asOf, List<EnterpriseId> enterpriseIds, List<Jurisdiction> jurisdictions,
      List<PortfolioResult> results, Optional<Integer> year) {
    ObjectNode out = Json.object();
    out.put("asOf", asOf.toString());
    ArrayNode list = out.putArray("jurisdictions");
    for (int j = 0; j < results.size(); j++) {
      ObjectNode entry = list.addObject();
      entry.put("id", results.get(j).jurisdiction().value());
      entry.put("nameZh", jurisdictions.get(j).nameZh());
      entry.put("nameEn", jurisdictions.get(j).nameEn());
      entry.put("total", results.get(j).summary().total().toFenString());
    }
    ArrayNode enterprises = out.putArray("enterprises");
    for (int e = 0; e < enterpriseIds.size(); e++) {
      ObjectNode entry = enterprises.addObject();
      entry.put("id", enterpriseIds.get(e).value());
      ObjectNode totals = entry.putObject("totals");
      for (PortfolioResult r : results) {
        totals.put(r.jurisdiction().value(), r.enterprises().get(e).total().toFenString());
      }
    }
    ArrayNode evaluations = out.putArray("evaluations");
    results.forEach(r -> evaluations.add(EvaluationJson.portfolio(r)));
    year.ifPresent(y -> out.put("year", y));
    return out;
  }
}
