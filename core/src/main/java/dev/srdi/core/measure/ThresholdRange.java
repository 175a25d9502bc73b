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
 * "0.2亿元（含）—1亿元" is {@code between(atLeast(from), lessThan(below))}. Amounts are in whole fen,
 * so the bracket's largest member is its upper end, or one fen below it where the end is excluded.
 */
public record ThresholdRange(Optional<Threshold<Money>> lower, Optional<Threshold<Money>> upper) {
  private static final Money FEN = Money.yuan("0.01");

  public ThresholdRange {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
  }

  public static ThresholdRange unbounded() {
    return new ThresholdRange(Optional.empty(), Optional.empty());
  }

  public static ThresholdRange between(Threshold<Money> lower, Threshold<Money> upper) {
    return new ThresholdRange(Optional.of(lower), Optional.of(upper));
  }

  public static ThresholdRange from(Threshold<Money> lower) {
    return new ThresholdRange(Optional.of(lower), Optional.empty());
  }

  public static ThresholdRange upTo(Threshold<Money> upper) {
    return new ThresholdRange(Optional.empty(), Optional.of(upper));
  }

  public Range<Money> resolve(Settings settings) {
    return new Range<>(lower.map(t -> t.bound(settings)), upper.map(t -> t.bound(settings)));
  }

  /** The largest amount in whole fen inside the bracket; empty when it has no upper end or admits nothing. */
  public Optional<Money> largest(Settings settings) {
    if (upper.isEmpty()) {
      return Optional.empty();
    }
    Bound<Money> top = upper.get().bound(settings);
    Money candidate = top.admits(top.value()) ? top.value() : top.value().minus(FEN);
    return resolve(settings).contains(candidate) && !candidate.isNegative() ? Optional.of(candidate) : Optional.empty();
  }

  /** The smallest amount in whole fen inside the bracket, zero where it has no lower end. */
  public Optional<Money> smallest(Settings settings) {
    Money candidate = lower.map(t -> {
      Bound<Money> low = t.bound(settings);
      return low.admits(low.value()) ? low.value() : low.value().plus(FEN);
    }).orElse(Money.zero());
    return resolve(settings).contains(candidate) ? Optional.of(candidate) : Optional.empty();
  }

  public List<Parameter<?>> parameters() {
    var out = new ArrayList<Parameter<?>>();
    lower.ifPresent(t -> out.add(t.parameter()));
    upper.ifPresent(t -> out.add(t.parameter()));
    return List.copyOf(out);
  }

  public String describe(Settings settings) {
    return lower.isEmpty() && upper.isEmpty() ? "any amount" : resolve(settings).describe();
  }
}
