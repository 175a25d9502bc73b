package dev.srdi.jurisdictions.guilin.award;

import dev.srdi.core.measure.ByYear;
import dev.srdi.core.measure.NotEligible;

/**
 * The growth award's refusal of a year of an SRDI SME without the year's output value ("not enough facts": a rule
 * never guesses a missing figure), with or without its tax paid. The rejection depends on the year alone, so each
 * year's is made once and shared, as {@link NotAHolder} is.
 *
 * @param outputOnly the output value is missing, the tax paid given
 * @param outputAndTax both are missing
 */
record NoOutputValue(NotEligible outputOnly, NotEligible outputAndTax) {
  private static final ByYear<NoOutputValue> YEARS = ByYear.of(NoOutputValue::of);

  /** {@return the refusal of the year, made once and shared} */
  static NoOutputValue in(int year) {
    return YEARS.get(year);
  }

  private static NoOutputValue of(int year) {
    return new NoOutputValue(NotEligible.missing(GrowthAward.ID, year, "outputValue " + year),
        NotEligible.missing(GrowthAward.ID, year, "outputValue " + year, "taxPaid " + year));
  }
}
