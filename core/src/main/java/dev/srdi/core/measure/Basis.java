package dev.srdi.core.measure;

import dev.srdi.core.money.Money;
import java.util.Objects;

/** What a claim's amount is computed from: nothing, a number of units, a base, or a year-on-year change. */
public sealed interface Basis permits Basis.None, Basis.Units, Basis.Base, Basis.Increase {

  /** {@return the basis of an award that is not computed from anything (a fixed award)} */
  static Basis none() {
    return None.INSTANCE;
  }

  /**
   * A number of units (products, projects) for a per-unit award.
   *
   * @param count how many, not negative
   * @return the basis
   */
  static Basis units(int count) {
    return new Units(count);
  }

  /**
   * A base amount (an investment) for a proportional award.
   *
   * @param base the amount, in yuan
   * @return the basis
   */
  static Basis base(Money base) {
    return new Base(base);
  }

  /**
   * A year-on-year change for a growth award.
   *
   * @param previous last year's figure, in yuan
   * @param current this year's figure, in yuan
   * @return the basis
   */
  static Basis increase(Money previous, Money current) {
    return new Increase(previous, current);
  }

  /** {@return the basis in words for an explanation, e.g. "base 1000000.00"; empty for none} */
  String describe();

  /** Nothing: the award does not depend on a figure. */
  enum None implements Basis {
    /** The one instance. */
    INSTANCE;

    @Override public String describe() {
      return "";
    }
  }

  /**
   * A number of units.
   *
   * @param count how many, not negative
   */
  record Units(int count) implements Basis {
    /**
     * Rejects a negative count.
     *
     * @param count how many
     * @throws IllegalArgumentException when it is negative
     */
    public Units {
      if (count < 0) {
        throw new IllegalArgumentException("a unit count must not be negative");
      }
    }

    @Override public String describe() {
      return count + " unit(s)";
    }
  }

  /**
   * A base amount.
   *
   * @param base the amount, in yuan
   */
  record Base(Money base) implements Basis {
    /**
     * Rejects a missing amount.
     *
     * @param base the amount
     */
    public Base {
      Objects.requireNonNull(base, "base");
    }

    @Override public String describe() {
      return "base " + base.toFenString();
    }
  }

  /**
   * Last year's and this year's figure.
   *
   * @param previous last year's figure, in yuan
   * @param current this year's figure, in yuan
   */
  record Increase(Money previous, Money current) implements Basis {
    /**
     * Rejects a missing figure.
     *
     * @param previous last year's figure
     * @param current this year's figure
     */
    public Increase {
      Objects.requireNonNull(previous, "previous");
      Objects.requireNonNull(current, "current");
    }

    /** {@return this year's figure minus last year's, negative where it fell} */
    public Money change() {
      return current.minus(previous);
    }

    @Override public String describe() {
      return "from " + previous.toFenString() + " to " + current.toFenString();
    }
  }
}
