package dev.srdi.benchmarks;

import static dev.srdi.jurisdictions.guilin.GuilinParameters.FIRST_AWARD;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.GROWTH_CAP;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.GROWTH_OUTPUT_BELOW;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.GROWTH_OUTPUT_FROM;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.GROWTH_RATE;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.OUTPUT_GROWTH;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.TAX_GROWTH;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.jurisdictions.guilin.GuilinLadder;
import dev.srdi.jurisdictions.guilin.award.FirstCitySrdiAward;
import dev.srdi.jurisdictions.guilin.award.GrowthAward;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The floor: Guilin's 二、（三） first city-level award and 二、（四） growth award as a plain loop, under
 * the default readings, with no explanation. Every number comes from the city's parameters, read
 * once; it must pay what the engine pays (see {@link CrossCheck}).
 */
public final class GuilinAwardsLoop {
  private final CoveredPeriod firstAwardPeriod;
  private final CoveredPeriod growthPeriod;
  private final Money firstAward;
  private final Rate growthRate;
  private final Money growthCap;
  private final Money outputFrom;
  private final Money outputBelow;
  private final BigDecimal outputFactor;
  private final BigDecimal taxFactor;

  public GuilinAwardsLoop(Jurisdiction guilin, Settings s, LocalDate asOf) {
    this.firstAwardPeriod = CoveredPeriod.of(guilin, new FirstCitySrdiAward().descriptor(), s, asOf);
    this.growthPeriod = CoveredPeriod.of(guilin, new GrowthAward().descriptor(), s, asOf);
    this.firstAward = s.value(FIRST_AWARD);
    this.growthRate = s.value(GROWTH_RATE);
    this.growthCap = s.value(GROWTH_CAP);
    this.outputFrom = s.value(GROWTH_OUTPUT_FROM);
    this.outputBelow = s.value(GROWTH_OUTPUT_BELOW);
    this.outputFactor = BigDecimal.ONE.add(s.value(OUTPUT_GROWTH).fraction());
    this.taxFactor = BigDecimal.ONE.add(s.value(TAX_GROWTH).fraction());
  }

  /** What the two awards pay the enterprise, in yuan, rounded to the fen as the engine rounds. */
  public Money total(Enterprise e) {
    return firstAward(e).plus(growthAwards(e));
  }

  /**
   * The earliest city-level recognition decides: a renewal that early means no recognition is the
   * first, so only a new one on that day pays, unless a region-level SRDI or national (key) little
   * giant title was held before it.
   */
  private Money firstAward(Enterprise e) {
    LocalDate first = null;
    boolean firstIsNew = false;
    for (Recognition r : e.recognitions()) {
      if (!isCitySrdi(r)) {
        continue;
      }
      if (first == null || r.date().isBefore(first)) {
        first = r.date();
        firstIsNew = r.isNew();
      } else if (r.date().equals(first)) {
        firstIsNew |= r.isNew();
      }
    }
    if (first == null || !firstIsNew || !firstAwardPeriod.pays(first)) {
      return Money.zero();
    }
    for (Recognition r : e.recognitions()) {
      if (r.date().isBefore(first) && excludes(r)) {
        return Money.zero();
      }
    }
    return firstAward;
  }

  private static boolean isCitySrdi(Recognition r) {
    return r.title() == Title.SRDI_SME && r.level() == Level.CITY;
  }

  private static boolean excludes(Recognition r) {
    return r.is(Title.SRDI_SME, Level.PROVINCIAL) || r.is(Title.LITTLE_GIANT, Level.NATIONAL)
        || r.is(Title.KEY_LITTLE_GIANT, Level.NATIONAL);
  }

  private Money growthAwards(Enterprise e) {
    Money total = Money.zero();
    for (Financials now : e.financials()) {
      int year = now.year();
      if (!growthPeriod.pays(LocalDate.of(year, 12, 31)) || !GuilinLadder.holdsSrdiDuring(e, year)) {
        continue;
      }
      Optional<Money> output = now.outputValue();
      Optional<Money> tax = now.taxPaid();
      if (output.isEmpty() || tax.isEmpty() || output.get().compareTo(outputFrom) < 0
          || output.get().compareTo(outputBelow) >= 0) {
        continue;
      }
      Financials last = previous(e, year);
      if (last == null || last.outputValue().isEmpty() || last.taxPaid().isEmpty()) {
        continue;
      }
      Money lastOutput = last.outputValue().get();
      Money lastTax = last.taxPaid().get();
      if (lastOutput.isZero() || lastTax.isZero()
          || output.get().compareTo(lastOutput.times(outputFactor)) < 0
          || tax.get().compareTo(lastTax.times(taxFactor)) < 0) {
        continue;
      }
      Money increase = output.get().minus(lastOutput);
      if (increase.isPositive()) {
        total = total.plus(growthRate.of(increase).min(growthCap).rounded());
      }
    }
    return total;
  }

  private static Financials previous(Enterprise e, int year) {
    for (Financials f : e.financials()) {
      if (f.year() == year - 1) {
        return f;
      }
    }
    return null;
  }
}
