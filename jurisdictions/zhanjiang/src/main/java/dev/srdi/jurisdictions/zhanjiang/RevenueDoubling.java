package dev.srdi.jurisdictions.zhanjiang;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.bounds.Range;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.target.Measurement;
import dev.srdi.core.target.Metric;
import dev.srdi.core.target.TargetQuery;
import java.util.Optional;

/**
 * 二、（七） as a tracked target: the number of the city's provincial-or-above SRDI SMEs whose revenue, in
 * some year up to the later end of the horizon (5 years) after their base year and up to the report's
 * year, reached twice their base-year revenue. The base year is the year of a firm's first
 * provincial-or-above SRDI recognition. Faster doubling counts too; the earlier end of "3至5年" only marks
 * firms as due, which the report lists beside those whose horizon passed and those lacking figures.
 */
final class RevenueDoubling implements Metric {

  private enum Status { DOUBLED, WITHIN, DUE, MISSED, UNMEASURED }

  @Override public Measurement measure(Portfolio portfolio, TargetQuery query) {
    int doubled = 0;
    int within = 0;
    int due = 0;
    int missed = 0;
    int unmeasured = 0;
    for (Enterprise e : portfolio.enterprises()) {
      if (!ZhanjiangScope.inCity(e)) {
        continue;
      }
      Optional<Recognition> first = Standing.SRDI_FIRM.firstBy(e, query.cutOff());
      if (first.isEmpty()) {
        continue;
      }
      switch (status(e, first.get().date().getYear(), query)) {
        case DOUBLED -> doubled++;
        case WITHIN -> within++;
        case DUE -> due++;
        case MISSED -> missed++;
        case UNMEASURED -> unmeasured++;
        default -> throw new IllegalStateException();
      }
    }
    Settings s = query.settings();
    return Measurement.of(doubled, "provincial-or-above SRDI SMEs whose revenue reached "
        + s.value(ZhanjiangParameters.REVENUE_DOUBLING_FACTOR).toPlainString() + "× their base-year revenue within "
        + s.value(ZhanjiangParameters.REVENUE_DOUBLING_YEARS_TO) + " years, by " + query.year()
        + "; not yet doubled: " + within + " less than " + s.value(ZhanjiangParameters.REVENUE_DOUBLING_YEARS_FROM)
        + " years after the base year, " + due + " due (" + s.value(ZhanjiangParameters.REVENUE_DOUBLING_YEARS_FROM) + "–"
        + s.value(ZhanjiangParameters.REVENUE_DOUBLING_YEARS_TO) + " years), " + missed + " past the horizon; "
        + unmeasured + " without a positive base-year revenue");
  }

  private static Status status(Enterprise e, int baseYear, TargetQuery query) {
    Settings s = query.settings();
    Optional<Money> base = e.financials(baseYear).flatMap(Financials::revenue);
    if (base.isEmpty() || !base.get().isPositive()) {
      return Status.UNMEASURED;
    }
    int lastYear = Math.min(baseYear + s.value(ZhanjiangParameters.REVENUE_DOUBLING_YEARS_TO), query.year());
    Range<Integer> horizon = Range.between(Bound.moreThan(baseYear), Bound.atMost(lastYear));
    Bound<Money> doubledAt = Bound.atLeast(base.get().times(s.value(ZhanjiangParameters.REVENUE_DOUBLING_FACTOR)));
    boolean doubled = e.financials().stream()
        .filter(f -> horizon.contains(f.year()))
        .flatMap(f -> f.revenue().stream())
        .anyMatch(doubledAt::admits);
    if (doubled) {
      return Status.DOUBLED;
    }
    int elapsed = query.year() - baseYear;
    if (Bound.atLeast(s.value(ZhanjiangParameters.REVENUE_DOUBLING_YEARS_TO)).admits(elapsed)) {
      return Status.MISSED;
    }
    return Bound.atLeast(s.value(ZhanjiangParameters.REVENUE_DOUBLING_YEARS_FROM)).admits(elapsed)
        ? Status.DUE : Status.WITHIN;
  }
}
