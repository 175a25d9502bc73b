package dev.srdi.core.measure;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.bounds.Range;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount bracket whose ends are thresholds (a fixed wording, a parameter value), e.g. Guilin's
 * "0.2亿元（含）—1亿元" is {@code between(atLeast(from), lessThan(below))}. Amounts are in whole fen, so the bracket's
 * largest member is its upper end, or one fen below it where the end is excluded.
 *
 * @param lower the lower end (以上 or 超过); empty for none
 * @param upper the upper end (以下 or 不满); empty for none
 */
public record ThresholdRange(Optional<Threshold<Money>> lower, Optional<Threshold<Money>> upper) {
  private static final Money FEN = Money.yuan("0.01");

  /**
   * Rejects a missing optional.
   *
   * @param lower the lower end; empty for none
   * @param upper the upper end; empty for none
   */
  public ThresholdRange {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
  }

  /** {@return the bracket that admits every amount} */
  public static ThresholdRange unbounded() {
    return new ThresholdRange(Optional.empty(), Optional.empty());
  }

  /**
   * A bracket with both ends.
   *
   * @param lower the lower end
   * @param upper the upper end
   * @return the bracket
   */
  public static ThresholdRange between(Threshold<Money> lower, Threshold<Money> upper) {
    return new ThresholdRange(Optional.of(lower), Optional.of(upper));
  }

  /**
   * A bracket with a lower end only.
   *
   * @param lower the lower end
   * @return the bracket
   */
  public static ThresholdRange from(Threshold<Money> lower) {
    return new ThresholdRange(Optional.of(lower), Optional.empty());
  }

  /**
   * A bracket with an upper end only.
   *
   * @param upper the upper end
   * @return the bracket
   */
  public static ThresholdRange upTo(Threshold<Money> upper) {
    return new ThresholdRange(Optional.empty(), Optional.of(upper));
  }

  /**
   * The bracket with the values in force.
   *
   * @param settings the parameter values in force
   * @return the range of amounts
   */
  public Range<Money> resolve(Settings settings) {
    return new Range<>(lower.map(t -> t.bound(settings)), upper.map(t -> t.bound(settings)));
  }

  /**
   * The largest amount in whole fen inside the bracket.
   *
   * @param settings the parameter values in force
   * @return the amount; empty when the bracket has no upper end or admits nothing
   */
  public Optional<Money> largest(Settings settings) {
    if (upper.isEmpty()) {
      return Optional.empty();
    }
    Bound<Money> top = upper.get().bound(settings);
    Money candidate = top.admits(top.value()) ? top.value() : top.value().minus(FEN);
    return resolve(settings).contains(candidate) && !candidate.isNegative() ? Optional.of(candidate) : Optional.empty();
  }

  /**
   * The smallest amount in whole fen inside the bracket, zero where it has no lower end.
   *
   * @param settings the parameter values in force
   * @return the amount; empty when the bracket admits nothing
   */
  public Optional<Money> smallest(Settings settings) {
    Money candidate = lower.map(t -> {
      Bound<Money> low = t.bound(settings);
      return low.admits(low.value()) ? low.value() : low.value().plus(FEN);
    }).orElse(Money.zero());
    return resolve(settings).contains(candidate) ? Optional.of(candidate) : Optional.empty();
  }

  /** {@return the parameters the ends read, lower first} */
  public List<Parameter<?>> parameters() {
    var out = new ArrayList<Parameter<?>>();
    lower.ifPresent(t -> out.add(t.parameter()));
    upper.ifPresent(t -> out.add(t.parameter()));
    return List.copyOf(out);
  }

  /**
   * The bracket in words with the values in force.
   *
   * @param settings the parameter values in force
   * @return e.g. "≥ 20000000.00 (以上) and &lt; 100000000.00 (不满)", or "any amount"
   */
  public String describe(Settings settings) {
    return lower.isEmpty() && upper.isEmpty() ? "any amount" : resolve(settings).describe();
  }
}
