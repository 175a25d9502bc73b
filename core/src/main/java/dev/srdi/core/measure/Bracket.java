package dev.srdi.core.measure;

import java.util.Objects;
import java.util.Optional;

/**
 * The band of one fact (revenue of the year, output value of the year…) that a measure covers, as data, so that
 * a policy check can see whether the measures of one document that read the same fact leave a gap or overlap. A
 * bracket {@link #referredTo} pays nothing in this document: the text sends that band elsewhere
 * ("1亿元以上的，奖励标准按照其他工业政策执行"). A bracket that {@link #yieldsTo} another measure gives way to it where the two
 * overlap (the measure itself refuses there).
 *
 * @param fact what is read, in words shared by the measures that read it, e.g. "output value of the year"
 * @param range the band of amounts covered
 * @param referredTo the policy the text sends the band to, where it pays nothing here
 * @param yieldsTo the measure this one gives way to where the two overlap
 */
public record Bracket(String fact, ThresholdRange range, Optional<String> referredTo, Optional<MeasureId> yieldsTo) {
  /**
   * Rejects a missing value and a blank fact.
   *
   * @param fact what is read
   * @param range the band
   * @param referredTo where the text sends the band, if elsewhere
   * @param yieldsTo the measure it gives way to, if any
   * @throws IllegalArgumentException when the fact is blank
   */
  public Bracket {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(referredTo, "referredTo");
    Objects.requireNonNull(yieldsTo, "yieldsTo");
    if (fact.isBlank()) {
      throw new IllegalArgumentException("a bracket names the fact it reads");
    }
  }

  /**
   * A band the measure pays in.
   *
   * @param fact what is read
   * @param range the band
   * @return the bracket
   */
  public static Bracket of(String fact, ThresholdRange range) {
    return new Bracket(fact, range, Optional.empty(), Optional.empty());
  }

  /**
   * A band the text sends to another policy, e.g. "other industrial policies (其他工业政策)".
   *
   * @param fact what is read
   * @param range the band
   * @param to the policy it is sent to
   * @return the bracket
   */
  public static Bracket referred(String fact, ThresholdRange range, String to) {
    return new Bracket(fact, range, Optional.of(to), Optional.empty());
  }

  /**
   * The same band, giving way to another measure where the two overlap.
   *
   * @param other the measure that takes the overlap
   * @return the bracket
   */
  public Bracket yieldingTo(MeasureId other) {
    return new Bracket(fact, range, referredTo, Optional.of(other));
  }
}
