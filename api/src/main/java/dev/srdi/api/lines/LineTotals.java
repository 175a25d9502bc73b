package dev.srdi.api.lines;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.api.json.EvaluationJson;
import dev.srdi.api.json.Json;
import dev.srdi.core.engine.Summary;
import dev.srdi.core.money.Money;
import java.util.TreeMap;

/**
 * Totals kept while a JSON Lines portfolio streams past: what {@link Summary} gives, without holding
 * the results, and how many lines were invalid or skipped. Changed by the run's writing thread only,
 * as each record is written; read once the output is stopped or the run is over.
 */
public final class LineTotals {
  private int enterprises;
  private int invalid;
  private int skipped;
  private Money total = Money.zero();
  private final TreeMap<Integer, Money> byYear = new TreeMap<>();
  private final TreeMap<String, Money> byFund = new TreeMap<>();

  LineTotals() {}

  void add(Summary one) {
    enterprises += one.enterprises();
    total = total.plus(one.total());
    one.byYear().forEach((y, m) -> byYear.merge(y, m, Money::plus));
    one.byFundingSource().forEach((f, m) -> byFund.merge(f, m, Money::plus));
  }

  void addInvalid() {
    invalid++;
  }

  void addSkipped() {
    skipped++;
  }

  /**
   * The records written that are errors: invalid lines, repeated ids, enterprises a plugin failed on.
   *
   * @return how many
   */
  public int invalid() {
    return invalid;
  }

  /**
   * The records written that are skipped (another jurisdiction).
   *
   * @return how many
   */
  public int skipped() {
    return skipped;
  }

  /**
   * Every record written: one per input line.
   *
   * @return how many
   */
  public int lines() {
    return enterprises + invalid + skipped;
  }

  /**
   * What the evaluated enterprises get, in total, by year and by fund.
   *
   * @return the summary
   */
  public Summary summary() {
    return new Summary(enterprises, total, byYear, byFund);
  }

  /**
   * The contract's JSON Lines summary, one compact line without its end: {@code
   * {"lines":N,"invalid":N,"skipped":N,"summary":{…}}}.
   *
   * @return the JSON text
   */
  public String toJson() {
    ObjectNode summary = Json.object();
    summary.put("lines", lines());
    summary.put("invalid", invalid);
    summary.put("skipped", skipped);
    summary.set("summary", EvaluationJson.summary(summary()));
    return Json.compact(summary);
  }
}
