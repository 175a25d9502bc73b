package dev.srdi.core.bounds;

import java.util.Objects;
import java.util.Optional;

/**
 * A bracket built from bounds, e.g. "0.2亿元（含）—1亿元" is {@code Range.between(Bound.atLeast(20_000_000),
 * Bound.lessThan(100_000_000))}, because the next bracket "1亿元以上" takes 100,000,000 itself.
 *
 * @param <T> the type of the values compared
 * @param lower the lower side (以上 or 超过), or empty for no floor
 * @param upper the upper side (以下 or 不满), or empty for no ceiling
 */
public record Range<T extends Comparable<? super T>>(Optional<Bound<T>> lower, Optional<Bound<T>> upper) {

  /**
   * Checks that each side faces the right way.
   *
   * @param lower the lower side (以上 or 超过), or empty for no floor
   * @param upper the upper side (以下 or 不满), or empty for no ceiling
   * @throws IllegalArgumentException when the lower side is an upper bound or the other way round
   */
  public Range {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    lower.ifPresent(b -> {
      if (!b.isLower()) {
        throw new IllegalArgumentException("lower bound must be 以上 or 超过, was " + b.describe());
      }
    });
    upper.ifPresent(b -> {
      if (b.isLower()) {
        throw new IllegalArgumentException("upper bound must be 以下 or 不满, was " + b.describe());
      }
    });
  }

  /**
   * A bracket with a floor and a ceiling.
   *
   * @param <T> the type of the values compared
   * @param lower 以上 or 超过
   * @param upper 以下 or 不满
   * @return the range
   */
  public static <T extends Comparable<? super T>> Range<T> between(Bound<T> lower, Bound<T> upper) {
    return new Range<>(Optional.of(lower), Optional.of(upper));
  }

  /**
   * A bracket with a floor only, e.g. "1亿元以上".
   *
   * @param <T> the type of the values compared
   * @param lower 以上 or 超过
   * @return the range
   */
  public static <T extends Comparable<? super T>> Range<T> from(Bound<T> lower) {
    return new Range<>(Optional.of(lower), Optional.empty());
  }

  /**
   * A bracket with a ceiling only, e.g. "不满2000万元".
   *
   * @param <T> the type of the values compared
   * @param upper 以下 or 不满
   * @return the range
   */
  public static <T extends Comparable<? super T>> Range<T> upTo(Bound<T> upper) {
    return new Range<>(Optional.empty(), Optional.of(upper));
  }

  /**
   * Whether a figure lies in the bracket: both sides admit it (a missing side admits everything).
   *
   * @param candidate the enterprise's figure, never null
   * @return true when it qualifies
   */
  public boolean contains(T candidate) {
    Objects.requireNonNull(candidate, "candidate");
    return lower.map(b -> b.admits(candidate)).orElse(true)
        && upper.map(b -> b.admits(candidate)).orElse(true);
  }

  /** {@return both sides, e.g. "≥ 20000000 (以上) and &lt; 100000000 (不满)", or the one side there is} */
  public String describe() {
    String low = lower.map(Bound::describe).orElse("");
    String high = upper.map(Bound::describe).orElse("");
    return low.isEmpty() || high.isEmpty() ? low + high : low + " and " + high;
  }
}
