package dev.srdi.core.measure;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a measure's amount follows from its parameters, as data: a what-if changes the parameters
 * and the formula follows. {@link #amount} gives the unrounded amount, or a left with the reason the
 * basis earns nothing (an investment under the floor, an output that did not grow).
 */
public sealed interface Formula
    permits Formula.Fixed, Formula.PerUnit, Formula.RateOfBase, Formula.RateOfIncrease, Formula.Unspecified,
        Formula.NonMonetary {

  /**
   * 给予 X: the parameter's amount.
   *
   * @param amount the award, in yuan
   * @return the formula
   */
  static Formula fixed(Parameter<Money> amount) {
    return new Fixed(amount);
  }

  /**
   * X per product, per project: the parameter times the claim's unit count.
   *
   * @param amountPerUnit the award for one unit, in yuan
   * @return the formula
   */
  static Formula perUnit(Parameter<Money> amountPerUnit) {
    return new PerUnit(amountPerUnit);
  }

  /**
   * rate × base, where the base must pass the floor (if any), capped (if any).
   *
   * @param rate the share of the base, e.g. 5% of an investment
   * @param floor the threshold the base must meet to earn anything, e.g. 投资100万元以上; empty for none
   * @param cap the most one award pays, in yuan; empty for no cap
   * @return the formula
   */
  static Formula rateOfBase(Parameter<Rate> rate, Optional<Threshold<Money>> floor, Optional<Parameter<Money>> cap) {
    return new RateOfBase(rate, floor, cap);
  }

  /**
   * rate × (this year − last year), capped; no award where it did not grow.
   *
   * @param rate the share of the increase, e.g. 3‰
   * @param cap the most one award pays, in yuan
   * @return the formula, admitting this year's figure whatever it is
   */
  static Formula rateOfIncrease(Parameter<Rate> rate, Parameter<Money> cap) {
    return new RateOfIncrease(rate, cap, ThresholdRange.unbounded());
  }

  /**
   * rate × (this year − last year), capped, where the measure admits this year's figure only inside {@code
   * current}: declared, so that a policy check can tell whether the cap can ever bind.
   *
   * @param rate the share of the increase
   * @param cap the most one award pays, in yuan
   * @param current the bracket this year's figure must lie in, as the measure checks it
   * @return the formula
   */
  static Formula rateOfIncrease(Parameter<Rate> rate, Parameter<Money> cap, ThresholdRange current) {
    return new RateOfIncrease(rate, cap, current);
  }

  /**
   * An award another document sets: no amount, never a guess.
   *
   * @param setBy who or what sets the amount, e.g. "the provincial notice"
   * @return the formula
   */
  static Formula unspecified(String setBy) {
    return new Unspecified(setBy);
  }

  /** {@return the formula of a benefit that is not money (a plaque, a priority, a service)} */
  static Formula nonMonetary() {
    return NonMonetary.INSTANCE;
  }

  /**
   * The amount the basis earns, unrounded (the engine rounds once, to the fen, at the end).
   *
   * @param basis what the claim measures: a unit count, a base amount, an increase, or none
   * @param settings the parameter values in force (the defaults, or a what-if's)
   * @return the amount, or empty for a formula without one (unspecified, non-monetary); a left says why the
   *     basis earns nothing (an investment under the floor, an output that did not grow)
   */
  Either<String, Optional<Money>> amount(Basis basis, Settings settings);

  /**
   * The most the formula can pay for the basis, where it has such a ceiling.
   *
   * @param basis what the claim measures: a unit count, a base amount, an increase, or none
   * @param settings the parameter values in force (the defaults, or a what-if's)
   * @return the ceiling in yuan, or empty when the formula has none
   */
  Optional<Money> ceiling(Basis basis, Settings settings);

  /**
   * The most one award can be whatever the basis, where the formula sets such a cap.
   *
   * @param settings the parameter values in force (the defaults, or a what-if's)
   * @return the cap in yuan, or empty when the amount grows with the basis without limit (per unit)
   */
  default Optional<Money> cap(Settings settings) {
    return this instanceof PerUnit ? Optional.empty() : ceiling(Basis.none(), settings);
  }

  /** {@return the parameters the formula reads, which its jurisdiction must declare} */
  List<Parameter<?>> parameters();

  /**
   * The conditions the formula itself puts on the basis (a floor, a positive increase), met or not.
   *
   * @param basis what the claim measures: a unit count, a base amount, an increase, or none
   * @param settings the parameter values in force (the defaults, or a what-if's)
   * @return the conditions, for a checklist; empty when the formula puts none
   */
  default List<Condition> conditions(Basis basis, Settings settings) {
    return List.of();
  }

  /**
   * The formula in words with the values in force, e.g. "5% of the base, at most 500000.00 yuan".
   *
   * @param settings the parameter values in force (the defaults, or a what-if's)
   * @return the description
   */
  String describe(Settings settings);

  /**
   * A fixed award (给予 X).
   *
   * @param amount the award, in yuan
   */
  record Fixed(Parameter<Money> amount) implements Formula {
    /**
     * Rejects a missing parameter.
     *
     * @param amount the award, in yuan
     */
    public Fixed {
      Objects.requireNonNull(amount, "amount");
    }

    @Override public Either<String, Optional<Money>> amount(Basis basis, Settings settings) {
      return Either.right(Optional.of(settings.value(amount)));
    }

    @Override public Optional<Money> ceiling(Basis basis, Settings settings) {
      return Optional.of(settings.value(amount));
    }

    @Override public List<Parameter<?>> parameters() {
      return List.of(amount);
    }

    @Override public String describe(Settings settings) {
      return settings.value(amount).toFenString() + " yuan";
    }
  }

  /**
   * An award per unit (每个产品, 每个项目): the amount times the claim's count; nothing for no unit.
   *
   * @param amountPerUnit the award for one unit, in yuan
   */
  record PerUnit(Parameter<Money> amountPerUnit) implements Formula {
    /**
     * Rejects a missing parameter.
     *
     * @param amountPerUnit the award for one unit, in yuan
     */
    public PerUnit {
      Objects.requireNonNull(amountPerUnit, "amountPerUnit");
    }

    @Override public Either<String, Optional<Money>> amount(Basis basis, Settings settings) {
      if (!(basis instanceof Basis.Units units)) {
        return Either.left("a per-unit award needs a unit count");
      }
      if (units.count() == 0) {
        return Either.left("no units to award");
      }
      return Either.right(Optional.of(settings.value(amountPerUnit).times(units.count())));
    }

    @Override public List<Condition> conditions(Basis basis, Settings settings) {
      return basis instanceof Basis.Units units
          ? List.of(Condition.count("units to award", Bound.atLeast(1), units.count())) : List.of();
    }

    @Override public Optional<Money> ceiling(Basis basis, Settings settings) {
      return basis instanceof Basis.Units units
          ? Optional.of(settings.value(amountPerUnit).times(units.count()))
          : Optional.empty();
    }

    @Override public List<Parameter<?>> parameters() {
      return List.of(amountPerUnit);
    }

    @Override public String describe(Settings settings) {
      return settings.value(amountPerUnit).toFenString() + " yuan per unit";
    }
  }

  /**
   * A share of a base amount (an investment), where the base meets the floor, at most the cap.
   *
   * @param rate the share of the base
   * @param floor the threshold the base must meet; empty for none
   * @param cap the most one award pays, in yuan; empty for no cap
   */
  record RateOfBase(Parameter<Rate> rate, Optional<Threshold<Money>> floor, Optional<Parameter<Money>> cap)
      implements Formula {
    /**
     * Rejects a missing value.
     *
     * @param rate the share of the base
     * @param floor the threshold the base must meet; empty for none
     * @param cap the most one award pays; empty for no cap
     */
    public RateOfBase {
      Objects.requireNonNull(rate, "rate");
      Objects.requireNonNull(floor, "floor");
      Objects.requireNonNull(cap, "cap");
    }

    @Override public Either<String, Optional<Money>> amount(Basis basis, Settings settings) {
      if (!(basis instanceof Basis.Base base)) {
        return Either.left("a proportional subsidy needs a base amount");
      }
      if (floor.isPresent() && !floor.get().admits(settings, base.base())) {
        return Either.left("the base " + base.base().toFenString() + " is not "
            + floor.get().bound(settings).describe());
      }
      Money raw = settings.value(rate).of(base.base());
      return Either.right(Optional.of(cap.map(c -> raw.min(settings.value(c))).orElse(raw)));
    }

    @Override public Optional<Money> ceiling(Basis basis, Settings settings) {
      return cap.map(settings::value);
    }

    @Override public List<Condition> conditions(Basis basis, Settings settings) {
      return basis instanceof Basis.Base base && floor.isPresent()
          ? List.of(Condition.money("base", floor.get(), settings, base.base())) : List.of();
    }

    @Override public List<Parameter<?>> parameters() {
      var out = new ArrayList<Parameter<?>>();
      out.add(rate);
      floor.ifPresent(f -> out.add(f.parameter()));
      cap.ifPresent(out::add);
      return List.copyOf(out);
    }

    @Override public String describe(Settings settings) {
      return settings.value(rate).asPercent() + " of the base"
          + floor.map(f -> ", base " + f.bound(settings).describe()).orElse("")
          + cap.map(c -> ", at most " + settings.value(c).toFenString() + " yuan").orElse("");
    }
  }

  /**
   * A share of a year-on-year increase, at most the cap; nothing where the figure did not grow (an increase of
   * zero earns nothing: the condition is 超过 0).
   *
   * @param rate the share of the increase
   * @param cap the most one award pays, in yuan
   * @param current the bracket the measure admits this year's figure in, for the policy check
   */
  record RateOfIncrease(Parameter<Rate> rate, Parameter<Money> cap, ThresholdRange current) implements Formula {
    private static final Money FEN = Money.yuan("0.01");

    /**
     * Rejects a missing value.
     *
     * @param rate the share of the increase
     * @param cap the most one award pays
     * @param current the bracket this year's figure must lie in
     */
    public RateOfIncrease {
      Objects.requireNonNull(rate, "rate");
      Objects.requireNonNull(cap, "cap");
      Objects.requireNonNull(current, "current");
    }

    /**
     * The largest increase that can earn the award: this year's figure at the top of {@code current}, after
     * last year's smallest positive figure (one fen: growth from zero is undefined). Empty where {@code
     * current} has no upper end or admits no increase.
     *
     * @param settings the parameter values in force (the defaults, or a what-if's)
     * @return the largest increase, in yuan, or empty
     */
    public Optional<Money> largestIncrease(Settings settings) {
      return current.largest(settings).map(top -> top.minus(FEN)).filter(Money::isPositive);
    }

    @Override public Either<String, Optional<Money>> amount(Basis basis, Settings settings) {
      if (!(basis instanceof Basis.Increase increase)) {
        return Either.left("a growth award needs this year's and last year's figures");
      }
      if (!increase.change().isPositive()) {
        return Either.left("no increase (" + increase.describe() + ")");
      }
      return Either.right(Optional.of(settings.value(rate).of(increase.change()).min(settings.value(cap))));
    }

    @Override public Optional<Money> ceiling(Basis basis, Settings settings) {
      return Optional.of(settings.value(cap));
    }

    @Override public List<Condition> conditions(Basis basis, Settings settings) {
      return basis instanceof Basis.Increase increase
          ? List.of(Condition.money("increase", Bound.moreThan(Money.zero()), increase.change())) : List.of();
    }

    @Override public List<Parameter<?>> parameters() {
      var out = new ArrayList<Parameter<?>>(List.of(rate, cap));
      current.parameters().stream().filter(p -> !out.contains(p)).forEach(out::add);
      return List.copyOf(out);
    }

    @Override public String describe(Settings settings) {
      return settings.value(rate).asPermille() + " of the increase, at most " + settings.value(cap).toFenString() + " yuan";
    }
  }

  /**
   * An award whose amount another document sets: the engine grants it without an amount.
   *
   * @param setBy who or what sets the amount
   */
  record Unspecified(String setBy) implements Formula {
    /**
     * Rejects a missing value.
     *
     * @param setBy who or what sets the amount
     */
    public Unspecified {
      Objects.requireNonNull(setBy, "setBy");
    }

    @Override public Either<String, Optional<Money>> amount(Basis basis, Settings settings) {
      return Either.right(Optional.empty());
    }

    @Override public Optional<Money> ceiling(Basis basis, Settings settings) {
      return Optional.empty();
    }

    @Override public List<Parameter<?>> parameters() {
      return List.of();
    }

    @Override public String describe(Settings settings) {
      return "amount set by " + setBy;
    }
  }

  /** A benefit that is not money: granted without an amount. */
  enum NonMonetary implements Formula {
    /** The one instance. */
    INSTANCE;

    @Override public Either<String, Optional<Money>> amount(Basis basis, Settings settings) {
      return Either.right(Optional.empty());
    }

    @Override public Optional<Money> ceiling(Basis basis, Settings settings) {
      return Optional.empty();
    }

    @Override public List<Parameter<?>> parameters() {
      return List.of();
    }

    @Override public String describe(Settings settings) {
      return "non-monetary";
    }
  }
}
