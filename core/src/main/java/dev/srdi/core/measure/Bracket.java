package dev.srdi.core.measure;

import java.util.Objects;
import java.util.Optional;

/**
 * The band of one fact (revenue of the year, output value of the year…) that a measure covers, as
 * data, so that a policy check can see whether the measures of one document that read the same fact
 * leave a gap or overlap. A bracket {@link #referredTo} pays nothing in this document: the text sends
 * that band elsewhere ("1亿元以上的，奖励标准按照其他工业政策执行"). A bracket that {@link #yieldsTo}
 * another measure gives way to it where the two overlap (the measure itself refuses there).
 *
 * @param fact what is read, in words shared by the measures that read it, e.g. "output value of the year"
 */
public record Bracket(String fact, ThresholdRange range, Optional<String> referredTo, Optional<MeasureId> yieldsTo) {
  public Bracket {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(referredTo, "referredTo");
    Objects.requireNonNull(yieldsTo, "yieldsTo");
    if (fact.isBlank()) {
      throw new IllegalArgumentException("a bracket names the fact it reads");
    }
  }

  public static Bracket of(String fact, ThresholdRange range) {
    return new Bracket(fact, range, Optional.empty(), Optional.empty());
  }

  /** A band the text sends to another policy, e.g. "other industrial policies (其他工业政策)". */
  public static Bracket referred(String fact, ThresholdRange range, String to) {
    return new Bracket(fact, range, Optional.of(to), Optional.empty());
  }

  public Bracket yieldingTo(MeasureId other) {
    return new Bracket(fact, range, referredTo, Optional.of(other));
  }
}
