package dev.srdi.core.measure;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.ParameterId;
import dev.srdi.core.parameter.Settings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One condition of a measure as data, for a checklist of what an enterprise meets and what it misses: the fact,
 * the value the enterprise has (absent when it has none), the value the clause requires in the bound vocabulary
 * (以上 includes the number, 超过 and 不满 exclude it), the shortfall in the condition's unit where it is unmet and
 * measurable (how much the value must change to meet the bound: the distance to its number, and one step more,
 * a fen, a hundredth of a point or one, where the bound excludes its number), and whether it is met. "output
 * growth 2023: has 28.40%, requires ≥ 35% (以上): 6.60 percentage points short".
 *
 * @param fact what is measured, e.g. "output value 2023"
 * @param has the enterprise's value as shown, or empty when the scenario gives none
 * @param requires what the clause requires, e.g. "≥ 20000000.00 (以上)"
 * @param shortfall how far the value is from meeting the bound, in {@code unit}; empty when met or not
 *     measurable
 * @param unit {@link #YUAN}, {@link #POINTS}, {@link #COUNT}, or empty for a condition that is not a number
 * @param met whether the enterprise meets it
 * @param lever the parameter a near-miss report would change, where the bound comes from one
 */
public record Condition(String fact, Optional<String> has, String requires, Optional<String> shortfall, String unit,
    boolean met, Optional<Lever> lever) {
  /** The unit of a money condition's shortfall. */
  public static final String YUAN = "yuan";
  /** The unit of a growth or share condition's shortfall. */
  public static final String POINTS = "percentage points";
  /** The unit of a count condition's shortfall. */
  public static final String COUNT = "count";
  private static final Money FEN = Money.yuan("0.01");
  private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

  /**
   * The parameter a measurable condition's bound comes from, the bound's number in the condition's unit, and
   * the parameter value (as a what-if writes it) at which this enterprise would meet it: what a near-miss
   * report changes to see the award the enterprise just missed.
   *
   * @param parameter the threshold parameter
   * @param bound the bound's number, in the condition's unit (yuan, percent, count)
   * @param lower whether it is a lower bound (以上, 超过)
   * @param meetsAt the parameter's value, as a what-if writes it, at which the enterprise would meet the bound
   */
  public record Lever(ParameterId parameter, BigDecimal bound, boolean lower, String meetsAt) {
    /**
     * Rejects a missing value.
     *
     * @param parameter the threshold parameter
     * @param bound the bound's number
     * @param lower whether it is a lower bound
     * @param meetsAt the value at which the enterprise would meet it
     */
    public Lever {
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(bound, "bound");
      Objects.requireNonNull(meetsAt, "meetsAt");
    }
  }

  /**
   * Rejects a missing value and a met condition with a shortfall.
   *
   * @param fact what is measured
   * @param has the enterprise's value, if any
   * @param requires what the clause requires
   * @param shortfall how far from the bound, if unmet and measurable
   * @param unit the shortfall's unit
   * @param met whether it is met
   * @param lever the parameter behind the bound, if any
   */
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

  /**
   * A condition without a lever (its bound is not a parameter).
   *
   * @param fact what is measured
   * @param has the enterprise's value, if any
   * @param requires what the clause requires
   * @param shortfall how far from the bound, if unmet and measurable
   * @param unit the shortfall's unit
   * @param met whether it is met
   */
  public Condition(String fact, Optional<String> has, String requires, Optional<String> shortfall, String unit,
      boolean met) {
    this(fact, has, requires, shortfall, unit, met, Optional.empty());
  }

  /**
   * An amount against a threshold parameter, with the lever a near-miss report pulls.
   *
   * @param fact what is measured
   * @param threshold the clause's threshold
   * @param settings the values in force
   * @param has the enterprise's amount
   * @return the condition
   */
  public static Condition money(String fact, Threshold<Money> threshold, Settings settings, Money has) {
    return money(fact, threshold, threshold.bound(settings), has);
  }

  /**
   * An amount against a threshold parameter whose bound was read beforehand ({@code threshold.bound(settings)}),
   * with its lever: the form for conditions built lazily ({@link #lazily}), which read no settings.
   *
   * @param fact what is measured
   * @param threshold the clause's threshold
   * @param bound the threshold's bound in the settings in force
   * @param has the enterprise's amount
   * @return the condition
   */
  public static Condition money(String fact, Threshold<Money> threshold, Bound<Money> bound, Money has) {
    Money meetsAt = switch (threshold.kind()) {
      case AT_LEAST, AT_MOST -> has;
      case MORE_THAN -> has.minus(FEN);
      case LESS_THAN -> has.plus(FEN);
    };
    return money(fact, bound, has).pulling(threshold.parameter().id(), bound.value().toYuan(), bound.isLower(),
        meetsAt.toFenString());
  }

  /**
   * A growth against a threshold rate parameter, in percent, with its lever.
   *
   * @param fact what is measured
   * @param threshold the clause's threshold
   * @param settings the values in force
   * @param hasFraction the enterprise's growth or share as a fraction (0.284 for 28.4%), negative where it fell
   * @return the condition
   */
  public static Condition rate(String fact, Threshold<Rate> threshold, Settings settings, BigDecimal hasFraction) {
    return rate(fact, threshold, threshold.bound(settings), hasFraction);
  }

  /**
   * A growth against a threshold rate parameter whose bound was read beforehand ({@code threshold.bound(settings)}),
   * in percent, with its lever: the form for conditions built lazily ({@link #lazily}), which read no settings.
   *
   * @param fact what is measured
   * @param threshold the clause's threshold
   * @param bound the threshold's bound in the settings in force
   * @param hasFraction the enterprise's growth or share as a fraction (0.284 for 28.4%), negative where it fell
   * @return the condition
   */
  public static Condition rate(String fact, Threshold<Rate> threshold, Bound<Rate> bound, BigDecimal hasFraction) {
    BigDecimal hasPercent = percent(hasFraction);
    BigDecimal meetsAt = switch (threshold.kind()) {
      case AT_LEAST, AT_MOST -> hasPercent;
      case MORE_THAN -> hasPercent.subtract(HUNDREDTH);
      case LESS_THAN -> hasPercent.add(HUNDREDTH);
    };
    return rate(fact, bound, hasFraction).pulling(threshold.parameter().id(), percent(bound.value().fraction()),
        bound.isLower(), meetsAt.max(BigDecimal.ZERO).toPlainString() + "%");
  }

  /**
   * A count against a threshold parameter, with its lever.
   *
   * @param fact what is measured
   * @param threshold the clause's threshold
   * @param settings the values in force
   * @param has the enterprise's count
   * @return the condition
   */
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

  /**
   * {@return the shortfall as a share of the bound (0.05 for 5%), where the condition is unmet and has a lever;
   * empty otherwise}
   */
  public Optional<BigDecimal> shortfallShare() {
    if (met || shortfall.isEmpty() || lever.isEmpty() || lever.get().bound().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(shortfall.get()).abs()
        .divide(lever.get().bound().abs(), 12, RoundingMode.HALF_UP));
  }

  /**
   * An amount against its bound: the shortfall is the distance to the bound's number, in yuan.
   *
   * @param fact what is measured
   * @param bound the bound, fixed by the clause
   * @param has the enterprise's amount
   * @return the condition, without a lever
   */
  public static Condition money(String fact, Bound<Money> bound, Money has) {
    boolean met = bound.admits(has);
    Money distance = bound.isLower() ? bound.value().minus(has) : has.minus(bound.value());
    Optional<String> shortfall = met ? Optional.empty()
        : Optional.of((excludes(bound) ? distance.plus(FEN) : distance).toFenString());
    return new Condition(fact, Optional.of(has.toFenString()), bound.describe(), shortfall, YUAN, met);
  }

  /**
   * A growth or share against its bound, in percent; the shortfall in percentage points (two decimals). The
   * value is a fraction that may be negative (an output that fell), so not a rate.
   *
   * @param fact what is measured
   * @param bound the bound
   * @param hasFraction the enterprise's value as a fraction
   * @return the condition, without a lever
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

  /**
   * A count against its bound (enterprises, partners, products).
   *
   * @param fact what is measured
   * @param bound the bound
   * @param has the enterprise's count
   * @return the condition, without a lever
   */
  public static Condition count(String fact, Bound<Integer> bound, int has) {
    boolean met = bound.admits(has);
    int distance = Math.abs(bound.value() - has);
    Optional<String> shortfall = met ? Optional.empty()
        : Optional.of(String.valueOf(excludes(bound) ? distance + 1 : distance));
    return new Condition(fact, Optional.of(String.valueOf(has)), bound.describe(), shortfall, COUNT, met);
  }

  /**
   * A condition that is not a number: a recognition, a place on a list, a date in a window.
   *
   * @param fact what is checked
   * @param requires what the clause requires
   * @param has what the enterprise has, if anything
   * @param met whether it is met
   * @return the condition, without unit or shortfall
   */
  public static Condition requirement(String fact, String requires, Optional<String> has, boolean met) {
    return new Condition(fact, has, requires, Optional.empty(), "", met);
  }

  /**
   * Conditions built only when someone reads them: a rejection's checklist, written as data the first time
   * the list is read (a portal, a near-miss report), not for a caller that only counts. {@code building} must
   * be a pure function of immutable values (the rejection may be read on any thread, long after the
   * evaluation) and must return at least one condition: the list says it is not empty without building it.
   *
   * @param building builds the conditions, e.g. {@code () -> List.of(Condition.money(…))}
   * @return an unmodifiable list, never empty, built on first read
   */
  public static List<Condition> lazily(Supplier<List<Condition>> building) {
    return new LazyConditions(building);
  }

  /**
   * {@return the condition as a checklist line, e.g. "unmet: output value 2023 19800000.00, requires ≥
   * 20000000.00 (以上): 200000.00 yuan short"}
   */
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
