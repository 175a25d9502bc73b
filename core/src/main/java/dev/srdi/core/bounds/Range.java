package dev.srdi.core.bounds;

import java.util.Objects;
import java.util.Optional;

/**
 * A bracket built from bounds, e.g. "0.2亿元（含）—1亿元" is
 * {@code Range.between(Bound.atLeast(20_000_000), Bound.lessThan(100_000_000))}, because the next
 * bracket "1亿元以上" takes 100,000,000 itself.
 */
public record Range<T extends Comparable<? super T>>(Optional<Bound<T>> lower, Optional<Bound<T>> upper) {

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

  public static <T extends Comparable<? super T>> Range<T> between(Bound<T> lower, Bound<T> upper) {
    return new Range<>(Optional.of(lower), Optional.of(upper));
  }

  public static <T extends Comparable<? super T>> Range<T> from(Bound<T> lower) {
    return new Range<>(Optional.of(lower), Optional.empty());
  }

  public static <T extends Comparable<? super T>> Range<T> upTo(Bound<T> upper) {
    return new Range<>(Optional.empty(), Optional.of(upper));
  }

  public boolean contains(T candidate) {
    Objects.requireNonNull(candidate, "candidate");
    return lower.map(b -> b.admits(candidate)).orElse(true)
        && upper.map(b -> b.admits(candidate)).orElse(true);
  }

  public String describe() {
    String low = lower.map(Bound::describe).orElse("");
    String high = upper.map(Bound::describe).orElse("");
    return low.isEmpty() || high.isEmpty() ? low + high : low + " and " + high;
  }
}
