package dev.srdi.jurisdictions.guilin.benefit;

import dev.srdi.core.measure.ByDay;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.Words;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The refusal of an SRDI benefit to an enterprise that holds no SRDI recognition on the as-of date: its words and
 * checklist, which depend on that date alone. Every one of the city's benefits refuses two enterprises in three
 * so, in the same words, so each date's are made once and shared by all benefits and enterprises (written only
 * when first read, then once for all).
 *
 * @param asOf the day of the evaluation
 * @param why the reason
 * @param conditions the one unmet condition
 */
record NotHeldOn(LocalDate asOf, Words why, List<Condition> conditions) {
  /** Each day's refusal, made once: an evaluation has one as-of date for all its enterprises and benefits. */
  private static final ByDay<NotHeldOn> DAYS = ByDay.of(NotHeldOn::of);

  /** {@return the refusal on the day, made once and shared} */
  static NotHeldOn on(LocalDate asOf) {
    return DAYS.get(asOf);
  }

  private static NotHeldOn of(LocalDate asOf) {
    return new NotHeldOn(asOf,
        Words.lazily(() -> "holds no valid SRDI recognition of any level (各级“专精特新”中小企业) on " + asOf),
        Condition.lazily(() -> List.of(Condition.requirement("SRDI SME on " + asOf,
            "a valid SRDI recognition of any level (各级“专精特新”中小企业)", Optional.empty(), false))));
  }
}
