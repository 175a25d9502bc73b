package dev.srdi.core.measure;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.ParameterId;
import dev.srdi.core.parameter.Settings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * One condition of a measure as data, for a checklist of what an enterprise meets and what it misses:
 * the fact, the value the enterprise has (absent when it has none), the value the clause requires in
 * the bound vocabulary (以上 includes the number, 超过 and 不满 exclude it), the shortfall in the
 * condition's unit where it is unmet and measurable (how much the value must change to meet the bound:
 * the distance to its number, and one step more, a fen, a hundredth of a point or one, where the bound
 * excludes its number), and whether it is met. "output growth 2023: has 28.40%, requires ≥ 35% (以上): 6.60 percentage points short".
 */
public record Condition(String fact, Optional<String> has, String requires, Optional<String> shortfall, String unit,
    boolean met, Optional<Lever> lever) {
  public static final String YUAN = "yuan";
  public static final String POINTS = "percentage points";
  public static final String COUNT = "count";
  private static final Money FEN = Money.yuan("0.01");
  private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

  /**
   * The parameter a measurable condition's bound comes from, the bound's number in the condition's
   * unit, and the parameter value (as a what-if writes it) at which this enterprise would meet it:
   * what a near-miss report changes to see the award the enterprise just missed.
   */
  public record Lever(ParameterId parameter, BigDecimal bound, boolean lower, String meetsAt) {
    public Lever {
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(bound, "bound");
      Objects.requireNonNull(meetsAt, "meetsAt");
    }
  }

  public Condition {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(has, "has");
    Objects.requireNonNull(requires, "requires");
    Objects.requireNonNull(shortfall, "shortfall");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(lever, "lever");
    if (met && shortfall.isPresent()) {
      throw new IllegalArgumentException("a met condition has no shortfall: " + fact);
    }
  }

  public Condition(String fact, Optional<String> has, String requires, Optional<String> shortfall, String unit,
      boolean met) {
    this(fact, has, requires, shortfall, unit, met, Optional.empty());
  }

  /** An amount against a threshold parameter, with the lever a near-miss report pulls. */
  public static Condition money(String fact, Threshold<Money> threshold, Settings settings, Money has) {
    Bound<Money> bound = threshold.bound(settings);
    Money meetsAt = switch (threshold.kind()) {
      case AT_LEAST, AT_MOST -> has;
      case MORE_THAN -> has.minus(FEN);
      case LESS_THAN -> has.plus(FEN);
    };
    return money(fact, bound, has).pulling(threshold.parameter().id(), bound.value().toYuan(), bound.isLower(),
        meetsAt.toFenString());
  }

  /** A growth against a threshold rate parameter, in percent, with its lever. */
  public static Condition rate(String fact, Threshold<Rate> threshold, Settings settings, BigDecimal hasFraction) {
    Bound<Rate> bound = threshold.bound(settings);
    BigDecimal hasPercent = percent(hasFraction);
    BigDecimal meetsAt = switch (threshold.kind()) {
      case AT_LEAST, AT_MOST -> hasPercent;
      case MORE_THAN -> hasPercent.subtract(HUNDREDTH);
      case LESS_THAN -> hasPercent.add(HUNDREDTH);
    };
    return rate(fact, bound, hasFraction).pulling(threshold.parameter().id(), percent(bound.value().fraction()),
        bound.isLower(), meetsAt.max(BigDecimal.ZERO).toPlainString() + "%");
  }

  /** A count against a threshold parameter, with its lever. */
  public static Condition count(String fact, Threshold<Integer> threshold, Settings settings, int has) {
    Bound<Integer> bound = threshold.bound(settings);
    int meetsAt = switch (threshold.kind()) {
      case AT_LEAST, AT_MOST -> has;
      case MORE_THAN -> has - 1;
      case LESS_THAN -> has + 1;
    };
    return count(fact, bound, has).pulling(threshold.parameter().id(), BigDecimal.valueOf(bound.value()),
        bound.isLower(), String.valueOf(Math.max(0, meetsAt)));
  }

  private Condition pulling(ParameterId parameter, BigDecimal bound, boolean lower, String meetsAt) {
    return new Condition(fact, has, requires, shortfall, unit, met,
        Optional.of(new Lever(parameter, bound, lower, meetsAt)));
  }

  /** 超过 and 不满 leave the number itself out. */
  private static boolean excludes(Bound<?> bound) {
    return bound instanceof Bound.MoreThan || bound instanceof Bound.LessThan;
  }

  /** The shortfall as a share of the bound (0.05 for 5%), where the condition is unmet and has a lever. */
  public Optional<BigDecimal> shortfallShare() {
    if (met || shortfall.isEmpty() || lever.isEmpty() || lever.get().bound().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(shortfall.get()).abs()
        .divide(lever.get().bound().abs(), 12, RoundingMode.HALF_UP));
  }

  /** An amount against its bound: the shortfall is the distance to the bound's number, in yuan. */
  public static Condition money(String fact, Bound<Money> bound, Money has) {
    boolean met = bound.admits(has);
    Money distance = bound.isLower() ? bound.value().minus(has) : has.minus(bound.value());
    Optional<String> shortfall = met ? Optional.empty()
        : Optional.of((excludes(bound) ? distance.plus(FEN) : distance).toFenString());
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
    BigDecimal distance = bound.isLower() ? required.subtract(hasPercent) : hasPercent.subtract(required);
    Optional<String> shortfall = met ? Optional.empty()
        : Optional.of((excludes(bound) ? distance.add(HUNDREDTH) : distance).toPlainString());
    String requires = bound.symbol().substring(0, 1) + " " + required.stripTrailingZeros().toPlainString() + "% ("
        + bound.term() + ")";
    return new Condition(fact, Optional.of(hasPercent.toPlainString() + "%"), requires, shortfall, POINTS, met);
  }

  /** A count against its bound (enterprises, partners, products). */
  public static Condition count(String fact, Bound<Integer> bound, int has) {
    boolean met = bound.admits(has);
    int distance = Math.abs(bound.value() - has);
    Optional<String> shortfall = met ? Optional.empty()
        : Optional.of(String.valueOf(excludes(bound) ? distance + 1 : distance));
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
