package dev.srdi.jurisdictions.guilin.benefit;

import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.Words;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The refusal of an SRDI benefit to an enterprise that holds no SRDI recognition on the as-of date: its words and
 * checklist, which depend on that date alone. Every one of the city's benefits refuses two enterprises in three
 * so, in the same words, so the last date's are kept and shared by all benefits and enterprises (written only
 * when first read, then once for all).
 *
 * @param asOf the day of the evaluation
 * @param why the reason
 * @param conditions the one unmet condition
 */
record NotHeldOn(LocalDate asOf, Words why, List<Condition> conditions) {
  /** The refusal of the as-of date last asked for; an evaluation has one as-of date for all its enterprises. */
  private static volatile NotHeldOn last;

  /** {@return the refusal on the day: the one kept when it is for that day, else a new one, then kept} */
  static NotHeldOn on(LocalDate asOf) {
    NotHeldOn kept = last;
    if (kept == null || !kept.asOf().equals(asOf)) {
      kept = of(asOf);
      last = kept;
    }
    return kept;
  }

  private static NotHeldOn of(LocalDate asOf) {
    return new NotHeldOn(asOf,
        Words.lazily(() -> "holds no valid SRDI recognition of any level (各级“专精特新”中小企业) on " + asOf),
        Condition.lazily(() -> List.of(Condition.requirement("SRDI SME on " + asOf,
            "a valid SRDI recognition of any level (各级“专精特新”中小企业)", Optional.empty(), false))));
  }
}
