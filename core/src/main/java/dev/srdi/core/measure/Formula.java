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

  /** 给予 X: the parameter's amount. */
  static Formula fixed(Parameter<Money> amount) {
    return new Fixed(amount);
  }

  /** X per product, per project: the parameter times the claim's unit count. */
  static Formula perUnit(Parameter<Money> amountPerUnit) {
    return new PerUnit(amountPerUnit);
  }

  /** rate × base, where the base must pass the floor (if any), capped (if any). */
  static Formula rateOfBase(Parameter<Rate> rate, Optional<Threshold<Money>> floor, Optional<Parameter<Money>> cap) {
    return new RateOfBase(rate, floor, cap);
  }

  /** rate × (this year − last year), capped; no award where it did not grow. */
  static Formula rateOfIncrease(Parameter<Rate> rate, Parameter<Money> cap) {
    return new RateOfIncrease(rate, cap, ThresholdRange.unbounded());
  }

  /**
   * rate × (this year − last year), capped, where the measure admits this year's figure only inside
   * {@code current}: declared, so that a policy check can tell whether the cap can ever bind.
   */
  static Formula rateOfIncrease(Parameter<Rate> rate, Parameter<Money> cap, ThresholdRange current) {
    return new RateOfIncrease(rate, cap, current);
  }

  /** An award another document sets: no amount, never a guess. */
  static Formula unspecified(String setBy) {
    return new Unspecified(setBy);
  }

  static Formula nonMonetary() {
    return NonMonetary.INSTANCE;
  }

  Either<String, Optional<Money>> amount(Basis basis, Settings settings);

  /** The most the formula can pay for the basis, where it has such a ceiling. */
  Optional<Money> ceiling(Basis basis, Settings settings);

  /** The most one award can be whatever the basis, where the formula sets such a cap. */
  default Optional<Money> cap(Settings settings) {
    return this instanceof PerUnit ? Optional.empty() : ceiling(Basis.none(), settings);
  }

  /** The parameters the formula reads. */
  List<Parameter<?>> parameters();

  /** The conditions the formula itself puts on the basis (a floor, a positive increase), met or not. */
  default List<Condition> conditions(Basis basis, Settings settings) {
    return List.of();
  }

  String describe(Settings settings);

  record Fixed(Parameter<Money> amount) implements Formula {
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

  record PerUnit(Parameter<Money> amountPerUnit) implements Formula {
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

  record RateOfBase(Parameter<Rate> rate, Optional<Threshold<Money>> floor, Optional<Parameter<Money>> cap)
      implements Formula {
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

  record RateOfIncrease(Parameter<Rate> rate, Parameter<Money> cap, ThresholdRange current) implements Formula {
    private static final Money FEN = Money.yuan("0.01");

    public RateOfIncrease {
      Objects.requireNonNull(rate, "rate");
      Objects.requireNonNull(cap, "cap");
      Objects.requireNonNull(current, "current");
    }

    /**
     * The largest increase that can earn the award: this year's figure at the top of {@code current},
     * after last year's smallest positive figure (one fen: growth from zero is undefined). Empty where
     * {@code current} has no upper end or admits no increase.
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

  record Unspecified(String setBy) implements Formula {
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

  enum NonMonetary implements Formula {
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
