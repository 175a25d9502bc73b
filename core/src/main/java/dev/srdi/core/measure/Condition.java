package dev.srdi.core.measure;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * One condition of a measure as data, for a checklist of what an enterprise meets and what it misses:
 * the fact, the value the enterprise has (absent when it has none), the value the clause requires in
 * the bound vocabulary (以上 includes the number, 超过 and 不满 exclude it), the shortfall in the
 * condition's unit where it is unmet and measurable (how far the value is from the bound), and whether
 * it is met. "output growth 2023: has 28.40%, requires ≥ 35% (以上): 6.60 percentage points short".
 */
public record Condition(String fact, Optional<String> has, String requires, Optional<String> shortfall, String unit,
    boolean met) {
  public static final String YUAN = "yuan";
  public static final String POINTS = "percentage points";
  public static final String COUNT = "count";

  public Condition {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(has, "has");
    Objects.requireNonNull(requires, "requires");
    Objects.requireNonNull(shortfall, "shortfall");
    Objects.requireNonNull(unit, "unit");
    if (met && shortfall.isPresent()) {
      throw new IllegalArgumentException("a met condition has no shortfall: " + fact);
    }
  }

  /** An amount against its bound: the shortfall is the distance to the bound's number, in yuan. */
  public static Condition money(String fact, Bound<Money> bound, Money has) {
    boolean met = bound.admits(has);
    Optional<String> shortfall = met ? Optional.empty()
        : Optional.of((bound.isLower() ? bound.value().minus(has) : has.minus(bound.value())).toFenString());
    return new Condition(fact, Optional.of(has.toFenString()), bound.describe(), shortfall, YUAN, met);
  }

  /**
   * A growth or share against its bound, in percent; the shortfall in percentage points (two
   * decimals). The value is a fraction that may be negative (an output that fell), so not a rate.
   */
  public static Condition rate(String fact, Bound<Rate> bound, BigDecimal hasFraction) {
    boolean met = sameKind(bound, bound.value().fraction()).admits(hasFraction);
    BigDecimal hasPercent = percent(hasFraction);
    BigDecimal required = percent(bound.value().fraction());
    Optional<String> shortfall = met ? Optional.empty()
        : Optional.of((bound.isLower() ? required.subtract(hasPercent) : hasPercent.subtract(required)).toPlainString());
    String requires = bound.symbol().substring(0, 1) + " " + required.stripTrailingZeros().toPlainString() + "% ("
        + bound.term() + ")";
    return new Condition(fact, Optional.of(hasPercent.toPlainString() + "%"), requires, shortfall, POINTS, met);
  }

  /** A count against its bound (enterprises, partners, products). */
  public static Condition count(String fact, Bound<Integer> bound, int has) {
    boolean met = bound.admits(has);
    Optional<String> shortfall = met ? Optional.empty()
        : Optional.of(String.valueOf(Math.abs(bound.value() - has)));
    return new Condition(fact, Optional.of(String.valueOf(has)), bound.describe(), shortfall, COUNT, met);
  }

  /** A condition that is not a number: a recognition, a place on a list, a date in a window. */
  public static Condition requirement(String fact, String requires, Optional<String> has, boolean met) {
    return new Condition(fact, has, requires, Optional.empty(), "", met);
  }

  /** The condition as a checklist line, e.g. "output value 2023 19800000.00, requires ≥ 20000000.00 (以上): 200000.00 yuan short". */
  public String describe() {
    return (met ? "met: " : "unmet: ") + fact + has.map(h -> " " + h).orElse(" (none)") + ", requires " + requires
        + shortfall.map(s -> ": " + s + " " + unit + (bound() ? " short" : "")).orElse("");
  }

  private boolean bound() {
    return !unit.isEmpty();
  }

  /** A fraction in percent to two decimals, rounded towards minus infinity so that a shown figure never reaches a bound it misses. */
  private static BigDecimal percent(BigDecimal fraction) {
    return fraction.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.FLOOR);
  }

  private static Bound<BigDecimal> sameKind(Bound<Rate> bound, BigDecimal value) {
    if (bound instanceof Bound.AtLeast) {
      return Bound.atLeast(value);
    }
    if (bound instanceof Bound.MoreThan) {
      return Bound.moreThan(value);
    }
    return bound instanceof Bound.AtMost ? Bound.atMost(value) : Bound.lessThan(value);
  }
}
