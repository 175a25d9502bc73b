package dev.srdi.jurisdictions.guilin.award;

import dev.srdi.core.measure.ByYear;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.Words;
import dev.srdi.jurisdictions.guilin.GuilinInterpretations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The growth award's refusal of a year in which the enterprise was no SRDI SME, under either reading of who holds:
 * reason and checklist. A rejection is an immutable value that depends on the year alone here, and most
 * enterprises are refused most of their years so, so each year's are made once and shared (their words still
 * written only when first read, then for everyone).
 *
 * @param duringYear the refusal under the default reading: no recognition valid on some day of the year
 * @param onYearEnd the refusal under {@link GuilinInterpretations#VALID_AT_YEAR_END}
 */
record NotAHolder(NotEligible duringYear, NotEligible onYearEnd) {
  private static final ByYear<NotAHolder> YEARS = ByYear.of(NotAHolder::of);

  /** {@return the refusal of the year, made once and shared} */
  static NotAHolder in(int year) {
    return YEARS.get(year);
  }

  private static NotAHolder of(int year) {
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    List<Condition> conditions = Condition.lazily(() -> List.of(
        Condition.requirement("SRDI SME in " + year, "a valid SRDI recognition of any level (“专精特新”中小企业)",
            Optional.empty(), false)));
    return new NotAHolder(
        NotEligible.because(GrowthAward.ID, year, Words.lazily(() -> "held no valid SRDI recognition of any level in "
            + year + " (对我市“专精特新”中小企业)"), conditions),
        NotEligible.because(GrowthAward.ID, year, Words.lazily(() -> "held no valid SRDI recognition of any level on "
            + yearEnd + " (interpretation " + GuilinInterpretations.GROWTH_AWARD_HOLDER.id() + "="
            + GuilinInterpretations.VALID_AT_YEAR_END + ")"), conditions));
  }
}
