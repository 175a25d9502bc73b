package dev.srdi.core.measure;

import dev.srdi.core.money.Money;
import java.util.Objects;

/** What a claim's amount is computed from: nothing, a number of units, a base, or a year-on-year change. */
public sealed interface Basis permits Basis.None, Basis.Units, Basis.Base, Basis.Increase {

  static Basis none() {
    return None.INSTANCE;
  }

  static Basis units(int count) {
    return new Units(count);
  }

  static Basis base(Money base) {
    return new Base(base);
  }

  static Basis increase(Money previous, Money current) {
    return new Increase(previous, current);
  }

  String describe();

  enum None implements Basis {
    INSTANCE;

    @Override public String describe() {
      return "";
    }
  }

  record Units(int count) implements Basis {
    public Units {
      if (count < 0) {
        throw new IllegalArgumentException("a unit count must not be negative");
      }
    }

    @Override public String describe() {
      return count + " unit(s)";
    }
  }

  record Base(Money base) implements Basis {
    public Base {
      Objects.requireNonNull(base, "base");
    }

    @Override public String describe() {
      return "base " + base.toFenString();
    }
  }

  record Increase(Money previous, Money current) implements Basis {
    public Increase {
      Objects.requireNonNull(previous, "previous");
      Objects.requireNonNull(current, "current");
    }

    public Money change() {
      return current.minus(previous);
    }

    @Override public String describe() {
      return "from " + previous.toFenString() + " to " + current.toFenString();
    }
  }
}
