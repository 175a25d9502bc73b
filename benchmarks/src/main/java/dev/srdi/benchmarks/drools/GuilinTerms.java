package dev.srdi.benchmarks.drools;

import static dev.srdi.jurisdictions.guilin.GuilinParameters.FIRST_AWARD;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.GROWTH_CAP;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.GROWTH_OUTPUT_BELOW;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.GROWTH_OUTPUT_FROM;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.GROWTH_RATE;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.OUTPUT_GROWTH;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.TAX_GROWTH;

import dev.srdi.benchmarks.CoveredPeriod;
import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Settings;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The city's parameters as one fact the rules join on, read once from the settings; it stays in the
 * session across enterprises. The covered periods and the exact award arithmetic are the same calls
 * the floor makes.
 */
public final class GuilinTerms {
  private final CoveredPeriod firstAwardPeriod;
  private final CoveredPeriod growthPeriod;
  private final Money firstAward;
  private final Rate growthRate;
  private final Money growthCap;
  private final BigDecimal outputFrom;
  private final BigDecimal outputBelow;
  private final BigDecimal outputFactor;
  private final BigDecimal taxFactor;

  public GuilinTerms(Settings s, CoveredPeriod firstAwardPeriod, CoveredPeriod growthPeriod) {
    this.firstAwardPeriod = firstAwardPeriod;
    this.growthPeriod = growthPeriod;
    this.firstAward = s.value(FIRST_AWARD);
    this.growthRate = s.value(GROWTH_RATE);
    this.growthCap = s.value(GROWTH_CAP);
    this.outputFrom = s.value(GROWTH_OUTPUT_FROM).toYuan();
    this.outputBelow = s.value(GROWTH_OUTPUT_BELOW).toYuan();
    this.outputFactor = BigDecimal.ONE.add(s.value(OUTPUT_GROWTH).fraction());
    this.taxFactor = BigDecimal.ONE.add(s.value(TAX_GROWTH).fraction());
  }

  public boolean firstAwardPays(LocalDate day) {
    return firstAwardPeriod.pays(day);
  }

  public boolean growthPays(LocalDate day) {
    return growthPeriod.pays(day);
  }

  public Money getFirstAward() {
    return firstAward;
  }

  public BigDecimal getOutputFrom() {
    return outputFrom;
  }

  public BigDecimal getOutputBelow() {
    return outputBelow;
  }

  public BigDecimal getOutputFactor() {
    return outputFactor;
  }

  public BigDecimal getTaxFactor() {
    return taxFactor;
  }

  /** The rate of the increase, at most the cap, rounded to the fen once. */
  public Money growthAward(BigDecimal output, BigDecimal lastOutput) {
    return growthRate.of(Money.yuan(output.subtract(lastOutput))).min(growthCap).rounded();
  }
}
