package dev.srdi.jurisdictions.guilin.award;

import dev.srdi.core.measure.ByYear;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.Words;
import dev.srdi.jurisdictions.guilin.GuilinInterpretations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The growth award's refusal of a year in which the enterprise was no SRDI SME: its words under either reading of
 * who holds, and its checklist. They depend on the year alone, and most enterprises are refused most of their
 * years so, so each year's are made once and shared (still written only when first read, then for everyone).
 *
 * @param duringYear the reason under the default reading: no recognition valid on some day of the year
 * @param onYearEnd the reason under {@link GuilinInterpretations#VALID_AT_YEAR_END}
 * @param conditions the one unmet condition
 */
record NotAHolder(Words duringYear, Words onYearEnd, List<Condition> conditions) {
  private static final ByYear<NotAHolder> YEARS = ByYear.of(NotAHolder::of);

  /** {@return the refusal of the year, made once and shared} */
  static NotAHolder in(int year) {
    return YEARS.get(year);
  }

  private static NotAHolder of(int year) {
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    return new NotAHolder(
        Words.lazily(() -> "held no valid SRDI recognition of any level in " + year + " (对我市“专精特新”中小企业)"),
        Words.lazily(() -> "held no valid SRDI recognition of any level on " + yearEnd
            + " (interpretation " + GuilinInterpretations.GROWTH_AWARD_HOLDER.id() + "="
            + GuilinInterpretations.VALID_AT_YEAR_END + ")"),
        Condition.lazily(() -> List.of(
            Condition.requirement("SRDI SME in " + year, "a valid SRDI recognition of any level (“专精特新”中小企业)",
                Optional.empty(), false))));
  }
}
