package dev.srdi.jurisdictions.guilin.award;

import static dev.srdi.jurisdictions.guilin.GuilinParameters.GROWTH_CAP;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.GROWTH_OUTPUT_BELOW;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.GROWTH_OUTPUT_FROM;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.GROWTH_RATE;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.OUTPUT_GROWTH;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.TAX_GROWTH;
import static dev.srdi.jurisdictions.guilin.GuilinTables.TABLES;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.bounds.Range;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.Bracket;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.Threshold;
import dev.srdi.core.measure.ThresholdRange;
import dev.srdi.core.measure.Words;
import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.stacking.StackingRule;
import dev.srdi.jurisdictions.guilin.GuilinInterpretations;
import dev.srdi.jurisdictions.guilin.GuilinLadder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 二、（四）, the growth award (interpretation 5): for each performance year in which the enterprise is
 * an SRDI SME of any level, with output value in [0.2亿, 1亿) ("0.2亿元（含）—1亿元", the upper end
 * excluded because "1亿元以上" takes it), output growth of at least 35% and tax growth of at least 10%
 * over the previous year ("以上" includes the number): 3‰ of the increase in output value, capped.
 * Annual, so it recurs. The claim is dated 31 December of the performance year.
 *
 * <p>Nothing is dropped silently: an output value at or above the upper end is referred to other
 * industrial policies, a missing figure is "not enough facts" (never zero growth), and a previous
 * figure of zero makes growth undefined and says so.
 */
public final class GrowthAward implements Measure {
  public static final MeasureId ID = MeasureId.of("guilin.growth-award");

  /** The parameters the award reads; {@link GrowthAwardCapCheck} works from these alone. */
  public static final List<Parameter<?>> PARAMETERS =
      List.of(GROWTH_RATE, GROWTH_CAP, GROWTH_OUTPUT_FROM, GROWTH_OUTPUT_BELOW, OUTPUT_GROWTH, TAX_GROWTH);

  /** "当年产值0.2亿元（含）—1亿元": the output value of the year the award admits, declared for the policy check. */
  static final ThresholdRange OUTPUT_BRACKET =
      ThresholdRange.between(Threshold.atLeast(GROWTH_OUTPUT_FROM), Threshold.lessThan(GROWTH_OUTPUT_BELOW));

  /** Rate × increase, capped, this year's output inside the bracket: so the check knows the largest increase. */
  static final Formula.RateOfIncrease FORMULA = new Formula.RateOfIncrease(GROWTH_RATE, GROWTH_CAP, OUTPUT_BRACKET);

  private static final String OUTPUT_VALUE = "output value of the year";

  // The award's thresholds, made once: each refused year asks for some of them.
  private static final Threshold<Money> OUTPUT_FROM = Threshold.atLeast(GROWTH_OUTPUT_FROM);
  private static final Threshold<Money> OUTPUT_BELOW = Threshold.lessThan(GROWTH_OUTPUT_BELOW);
  private static final Threshold<Money> OTHER_POLICIES = Threshold.atLeast(GROWTH_OUTPUT_BELOW);
  private static final Threshold<Rate> OUTPUT_GREW = Threshold.atLeast(OUTPUT_GROWTH);
  private static final Threshold<Rate> TAX_GREW = Threshold.atLeast(TAX_GROWTH);

  private static final MeasureDescriptor DESCRIPTOR = TABLES.measure(ID).descriptor()
      .description("Every year, for an SRDI SME of any level whose output value that year is at least "
          + GROWTH_OUTPUT_FROM.formatDefault() + " and below " + GROWTH_OUTPUT_BELOW.formatDefault()
          + " yuan, with output growth of at least " + OUTPUT_GROWTH.formatDefault() + " and tax growth of at least "
          + TAX_GROWTH.formatDefault() + " over the previous year: " + GROWTH_RATE.formatDefault()
          + " of the increase in output value, at most " + GROWTH_CAP.formatDefault() + " yuan. An output value of "
          + GROWTH_OUTPUT_BELOW.formatDefault() + " yuan or more is referred to other industrial policies. "
          + GrowthAwardCapCheck.describe(GrowthAwardCapCheck.defaults()))
      .amountKind(AmountKind.EXACT)
      .formula(FORMULA)
      .addStacking(StackingRule.oncePerYear())
      .addThresholds(GROWTH_OUTPUT_FROM, GROWTH_OUTPUT_BELOW, OUTPUT_GROWTH, TAX_GROWTH)
      .addBrackets(Bracket.of(OUTPUT_VALUE, OUTPUT_BRACKET),
          Bracket.referred(OUTPUT_VALUE, ThresholdRange.from(Threshold.atLeast(GROWTH_OUTPUT_BELOW)),
              "other industrial policies (其他工业政策)"))
      .build();

  @Override public MeasureDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override public List<Assessment> assess(Enterprise e, EvaluationContext ctx) {
    Settings s = ctx.settings();
    int[] years = yearsToAssess(e, ctx);
    var out = new ArrayList<Assessment>(years.length);
    // Asked once rather than for every year where no value can be out of force (the text's defaults).
    boolean alwaysInForce = years.length > 0 && s.inForceEveryDay(PARAMETERS);
    // Who holds is read once, when a first year needs it, not again for every year.
    Boolean atYearEnd = null;
    for (int year : years) {
      // The award is earned at the end of the performance year: its values are those in force then (the settings
      // pinned only where a value is read: most years are refused before any is).
      Optional<String> notInForce = alwaysInForce ? Optional.empty() : onYearEnd(s, year).notInForce(PARAMETERS);
      if (notInForce.isPresent()) {
        out.add(NotEligible.because(ID, year, notInForce.get()));
        continue;
      }
      if (atYearEnd == null) {
        atYearEnd = s.chose(GuilinInterpretations.GROWTH_AWARD_HOLDER, GuilinInterpretations.VALID_AT_YEAR_END);
      }
      NotEligible notHolder = notAnSrdiSme(e, year, atYearEnd);
      out.add(notHolder != null ? notHolder : assessYear(e, year, onYearEnd(s, year)));
    }
    return out;
  }

  private static Settings onYearEnd(Settings s, int year) {
    return s.on(LocalDate.of(year, 12, 31));
  }

  /**
   * The years with figures, and the finished years in which the enterprise was an SRDI SME even
   * where it has no figures, so that a missing year says "not enough facts" instead of nothing.
   */
  private static int[] yearsToAssess(Enterprise e, EvaluationContext ctx) {
    // Sorted and made distinct once in an int array rather than a TreeSet of boxed years: asked for every
    // enterprise, the set was a sixth of the time of Guilin's two awards.
    int[] years = new int[e.financials().size() + e.recognitions().size() + 1];
    int n = 0;
    // Indexed: the enterprise's lists are unmodifiable views, whose iterators are objects too.
    List<Financials> financials = e.financials();
    for (int i = 0; i < financials.size(); i++) {
      years = withRoom(years, n);
      years[n++] = financials.get(i).year();
    }
    List<Recognition> recognitions = e.recognitions();
    for (int i = 0; i < recognitions.size(); i++) {
      Recognition r = recognitions.get(i);
      if (GuilinLadder.isSrdi(r)) {
        int last = r.expires().minusDays(1).getYear();
        for (int y = r.date().getYear(); y <= last; y++) {
          if (!LocalDate.of(y, 12, 31).isAfter(ctx.asOf())) {
            years = withRoom(years, n);
            years[n++] = y;
          }
        }
      }
    }
    Arrays.sort(years, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || years[distinct - 1] != years[i]) {
        years[distinct++] = years[i];
      }
    }
    return Arrays.copyOf(years, distinct);
  }

  private static int[] withRoom(int[] years, int used) {
    return used < years.length ? years : Arrays.copyOf(years, years.length * 2);
  }

  /** A year in which the enterprise was an SRDI SME. */
  private static Assessment assessYear(Enterprise e, int year, Settings s) {
    Optional<Financials> current = e.financials(year);
    Optional<Money> output = current.flatMap(Financials::outputValue);
    if (output.isEmpty()) {
      return current.flatMap(Financials::taxPaid).isPresent()
          ? NoOutputValue.in(year).outputOnly()
          : NoOutputValue.in(year).outputAndTax();
    }
    Bound<Money> otherPolicies = OTHER_POLICIES.bound(s);
    Money outputValue = output.get();
    if (otherPolicies.admits(outputValue)) {
      return NotEligible.because(ID, year, Words.lazily(() -> "output value " + outputValue.toFenString() + " in "
          + year + " is " + otherPolicies.describe() + ": referred to other industrial policies ("
          + GROWTH_OUTPUT_BELOW.citation().quote() + ")"),
          outputInBracket(year, outputValue, OUTPUT_FROM.bound(s), OUTPUT_BELOW.bound(s)));
    }
    // The bounds are read now, while the engine records what the award reads; the checklists are written when read.
    Bound<Money> lowerEnd = OUTPUT_FROM.bound(s);
    Bound<Money> upperEnd = OUTPUT_BELOW.bound(s);
    if (!Range.between(lowerEnd, upperEnd).contains(outputValue)) {
      // Not at or above the upper end, so below the lower one.
      Money from = lowerEnd.value();
      return NotEligible.because(ID, year, Words.lazily(() -> "output value " + outputValue.toFenString() + " in "
          + year + " is below the bracket's lower end of " + from.toFenString()
          + " (（含）: the lower end itself is inside; " + GROWTH_OUTPUT_FROM.citation().quote() + ")"),
          outputInBracket(year, outputValue, lowerEnd, upperEnd));
    }
    Optional<Money> tax = current.flatMap(Financials::taxPaid);
    Optional<Financials> previous = e.financials(year - 1);
    Optional<Money> lastOutput = previous.flatMap(Financials::outputValue);
    Optional<Money> lastTax = previous.flatMap(Financials::taxPaid);
    if (tax.isEmpty() || lastOutput.isEmpty() || lastTax.isEmpty()) {
      return NotEligible.missing(ID, year, missing(year, tax, lastOutput, lastTax));
    }
    if (lastOutput.get().isZero()) {
      return NotEligible.because(ID, year, "output growth in " + year + " is undefined: the output value of "
          + (year - 1) + " was 0, so " + OUTPUT_GROWTH.citation().quote() + " cannot be measured")
          .withConditions(outputInBracket(year, output.get(), lowerEnd, upperEnd)).withConditions(Condition.money(
              "output value " + (year - 1) + " (the base of growth)", Bound.moreThan(Money.zero()), lastOutput.get()));
    }
    if (lastTax.get().isZero()) {
      return NotEligible.because(ID, year, "tax growth in " + year + " is undefined: the tax paid in " + (year - 1)
          + " was 0, so " + TAX_GROWTH.citation().quote() + " cannot be measured")
          .withConditions(outputInBracket(year, output.get(), lowerEnd, upperEnd)).withConditions(Condition.money(
              "tax paid " + (year - 1) + " (the base of growth)", Bound.moreThan(Money.zero()), lastTax.get()));
    }
    Rate outputGrowth = s.value(OUTPUT_GROWTH);
    Rate taxGrowth = s.value(TAX_GROWTH);
    boolean outputGrew = grewBy(lastOutput.get(), output.get(), outputGrowth);
    boolean taxGrew = grewBy(lastTax.get(), tax.get(), taxGrowth);
    Money last = lastOutput.get();
    Money now = output.get();
    Money lastPaid = lastTax.get();
    Money paid = tax.get();
    Words growth = Words.lazily(() -> "output value " + last.toFenString() + " → " + now.toFenString() + " ("
        + percentChange(last, now) + "), tax paid " + lastPaid.toFenString() + " → " + paid.toFenString() + " ("
        + percentChange(lastPaid, paid) + ")");
    if (!outputGrew || !taxGrew) {
      Bound<Rate> outputBound = OUTPUT_GREW.bound(s);
      Bound<Rate> taxBound = TAX_GREW.bound(s);
      return NotEligible.because(ID, year, Words.lazily(() -> (outputGrew ? ""
              : "output growth is not " + atLeastPercent(outputGrowth)) + (!outputGrew && !taxGrew ? " and " : "")
          + (taxGrew ? "" : "tax growth is not " + atLeastPercent(taxGrowth)) + " in " + year + ": " + growth.text()),
          Condition.lazily(() -> List.of(
              Condition.money("output value " + year, OUTPUT_FROM, lowerEnd, now),
              Condition.money("output value " + year, OUTPUT_BELOW, upperEnd, now),
              Condition.rate("output growth " + year, OUTPUT_GREW, outputBound, growth(last, now)),
              Condition.rate("tax growth " + year, TAX_GREW, taxBound, growth(lastPaid, paid)))));
    }
    Rate rate = s.value(GROWTH_RATE);
    return Claim.of(ID, LocalDate.of(year, 12, 31), Basis.increase(last, now),
            Words.lazily(() -> "grew in " + year + ": " + growth.text() + "; " + rate.asPermille()
                + " of the increase of " + now.minus(last).toFenString()))
        .forYear(year);
  }

  /** The refusal of a year in which the enterprise was no SRDI SME under the reading in force; null when it was one. */
  private static NotEligible notAnSrdiSme(Enterprise e, int year, boolean atYearEnd) {
    if (atYearEnd) {
      return GuilinLadder.srdiHeldOn(e, LocalDate.of(year, 12, 31)).isPresent() ? null
          : NotAHolder.in(year).onYearEnd();
    }
    return GuilinLadder.holdsSrdiDuring(e, year) ? null : NotAHolder.in(year).duringYear();
  }

  /** The output value of the year against both ends of "0.2亿元（含）—1亿元" (their bounds as read), as a checklist. */
  private static List<Condition> outputInBracket(int year, Money output, Bound<Money> fromBound,
      Bound<Money> belowBound) {
    return Condition.lazily(() -> List.of(Condition.money("output value " + year, OUTPUT_FROM, fromBound, output),
        Condition.money("output value " + year, OUTPUT_BELOW, belowBound, output)));
  }

  /** The figures a year's growth needs that are missing, this year's tax first, then last year's output and tax. */
  private static String[] missing(int year, Optional<Money> tax, Optional<Money> lastOutput, Optional<Money> lastTax) {
    var missing = new ArrayList<String>(3);
    if (tax.isEmpty()) {
      missing.add("taxPaid " + year);
    }
    if (lastOutput.isEmpty()) {
      missing.add("outputValue " + (year - 1));
    }
    if (lastTax.isEmpty()) {
      missing.add("taxPaid " + (year - 1));
    }
    return missing.toArray(String[]::new);
  }

  /** Growth over last year as a fraction, truncated towards minus infinity (never onto a threshold it misses). */
  private static BigDecimal growth(Money last, Money now) {
    return now.growthOver(last);
  }

  /** This year's figure is at least last year's grown by the rate: "增长35%…以上" includes 35% itself. */
  private static boolean grewBy(Money last, Money now, Rate rate) {
    return Bound.atLeast(last.times(BigDecimal.ONE.add(rate.fraction()))).admits(now);
  }

  private static String atLeastPercent(Rate rate) {
    return "≥ " + rate.asPercent() + " (以上)";
  }

  /** For the explanation only; rounded down so that 34.999% never reads as 35.00%. */
  private static String percentChange(Money last, Money now) {
    BigDecimal change = now.minus(last).toYuan().multiply(BigDecimal.valueOf(100))
        .divide(last.toYuan(), 2, RoundingMode.DOWN);
    return (change.signum() >= 0 ? "+" : "") + change.toPlainString() + "%";
  }
}
