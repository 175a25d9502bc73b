package dev.srdi.jurisdictions.guilin;

import static dev.srdi.jurisdictions.guilin.GuilinParameters.LISTED_BY;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.SRDI_COUNT_YEARS;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.SRDI_OUTPUT_YEARS;

import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.AchievementType;
import dev.srdi.core.facts.AchievementTypeDeclaration;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.money.Money;
import dev.srdi.core.target.Measurement;
import dev.srdi.core.target.Metric;
import dev.srdi.core.target.Target;
import dev.srdi.core.target.TargetId;
import dev.srdi.core.target.TargetQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * How the document's numeric targets (一、（二）, 五、（十）, 九、（十六）; their values, clauses and units
 * are in {@code guilin/targets.yaml}) are read from a portfolio. Its issue date is not given, so a
 * target "within N years" is read against the portfolio N years before the report's cut-off, and a
 * target no portfolio of enterprises can show says why instead of a number.
 */
final class GuilinTargets {
  static final AchievementType LISTING = AchievementType.of("LISTING");
  static final AchievementTypeDeclaration LISTING_DECLARATION =
      AchievementTypeDeclaration.of(LISTING.value(), "上市（挂牌）", "listing or quotation (北交所, 科创板, 创业板, 新三板)");

  /** Ratios are cut, never rounded up, so that a target is never reported met by rounding. */
  private static final int RATIO_SCALE = 4;

  private GuilinTargets() {}

  static List<Target> all() {
    var metrics = new LinkedHashMap<TargetId, Metric>();
    metrics.put(TargetId.of("guilin.target.new-city-srdi"), GuilinTargets::newCitySrdi);
    metrics.put(TargetId.of("guilin.target.srdi-count-doubling"), GuilinTargets::srdiCountGrowth);
    metrics.put(TargetId.of("guilin.target.srdi-output-doubling"), GuilinTargets::srdiOutputGrowth);
    metrics.put(TargetId.of("guilin.target.listing-reserve"),
        Metric.notMeasurable("no fact says which enterprises are in the listing reserve (上市后备企业资源库);"
            + " LISTING facts show listings, not the reserve, so they are not used as a proxy"));
    metrics.put(TargetId.of("guilin.target.listed"), GuilinTargets::listed);
    metrics.put(TargetId.of("guilin.target.managers-trained"),
        Metric.notMeasurable("people trained are not facts of enterprises; a portfolio cannot show them"));
    return GuilinTables.TABLES.targets(metrics);
  }

  /** Enterprises with a new city-level SRDI recognition dated in the year, up to the cut-off. */
  static Measurement newCitySrdi(Portfolio portfolio, TargetQuery q) {
    long count = portfolio.enterprises().stream()
        .filter(e -> e.recognitions().stream().anyMatch(r -> r.isNew()
            && GuilinLadder.rungOf(r).filter(rung -> rung == GuilinLadder.CITY_SRDI).isPresent()
            && !r.date().isBefore(q.yearStart()) && !r.date().isAfter(q.cutOff())))
        .count();
    return Measurement.of(count, "enterprises newly recognised as city-level SRDI SMEs from " + q.yearStart() + " to "
        + q.cutOff());
  }

  /** SRDI SMEs of any level on the cut-off against those the given number of years before. */
  static Measurement srdiCountGrowth(Portfolio portfolio, TargetQuery q) {
    int years = q.settings().value(SRDI_COUNT_YEARS);
    LocalDate now = q.cutOff();
    LocalDate then = now.minusYears(years);
    long current = portfolio.enterprises().stream().filter(e -> GuilinLadder.srdiHeldOn(e, now).isPresent()).count();
    long base = portfolio.enterprises().stream().filter(e -> GuilinLadder.srdiHeldOn(e, then).isPresent()).count();
    if (base == 0) {
      return Measurement.notMeasurable("no enterprise of the portfolio held a valid SRDI recognition on " + then
          + " (" + years + " years before " + now + "), so growth from it cannot be measured");
    }
    return Measurement.of(ratio(BigDecimal.valueOf(current), BigDecimal.valueOf(base)),
        "SRDI SMEs of any level holding a valid recognition: " + current + " on " + now + " against " + base + " on "
            + then + " (" + years + " years earlier; the issue date is not given, so the base is taken "
            + years + " years before the cut-off)");
  }

  /**
   * Total output value of the year's SRDI SMEs against that of the SRDI SMEs of the given number of
   * years before; every figure must be there, or the total would be a guess.
   */
  static Measurement srdiOutputGrowth(Portfolio portfolio, TargetQuery q) {
    int years = q.settings().value(SRDI_OUTPUT_YEARS);
    int baseYear = q.year() - years;
    var missing = new ArrayList<String>();
    Money current = totalOutput(portfolio, q.year(), missing);
    Money base = totalOutput(portfolio, baseYear, missing);
    if (!missing.isEmpty()) {
      return Measurement.notMeasurable("output value missing for SRDI SMEs: " + String.join(", ", missing));
    }
    if (!base.isPositive()) {
      return Measurement.notMeasurable("the SRDI SMEs of " + baseYear + " (" + years + " years before " + q.year()
          + ") show no output value, so growth from it cannot be measured");
    }
    return Measurement.of(ratio(current.toYuan(), base.toYuan()),
        "total output value of SRDI SMEs of any level: " + current.toFenString() + " in " + q.year() + " against "
            + base.toFenString() + " in " + baseYear + " (" + years + " years earlier; the issue date is not given)");
  }

  private static Money totalOutput(Portfolio portfolio, int year, List<String> missing) {
    Money total = Money.zero();
    for (Enterprise e : portfolio.enterprises().stream().sorted(Comparator.comparing(Enterprise::id)).toList()) {
      if (!GuilinLadder.holdsSrdiDuring(e, year)) {
        continue;
      }
      var output = e.financials(year).flatMap(Financials::outputValue);
      if (output.isEmpty()) {
        missing.add(e.id() + " (" + year + ")");
      } else {
        total = total.plus(output.get());
      }
    }
    return total;
  }

  /**
   * SRDI SMEs with a listing while they held an SRDI recognition, up to the deadline or the cut-off.
   * "新增" counts from the issue date, which is not given, so every listing up to then counts.
   */
  static Measurement listed(Portfolio portfolio, TargetQuery q) {
    LocalDate deadline = q.settings().value(LISTED_BY);
    LocalDate until = q.cutOff().isBefore(deadline) ? q.cutOff() : deadline;
    long count = portfolio.enterprises().stream()
        .filter(e -> e.achievementsOf(LISTING).stream().anyMatch(a -> listedAsSrdi(e, a, until)))
        .count();
    return Measurement.of(count, "SRDI SMEs of any level listed or quoted (LISTING) while holding an SRDI recognition,"
        + " up to " + until + "; the issue date is not given, so listings are counted from the earliest fact");
  }

  private static boolean listedAsSrdi(Enterprise e, Achievement listing, LocalDate until) {
    return !listing.date().isAfter(until) && GuilinLadder.srdiHeldOn(e, listing.date()).isPresent();
  }

  private static BigDecimal ratio(BigDecimal current, BigDecimal base) {
    return current.divide(base, RATIO_SCALE, RoundingMode.DOWN);
  }
}
