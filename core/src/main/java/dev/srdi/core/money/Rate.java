package dev.srdi.core.money;

import java.math.BigDecimal;
import java.util.Objects;

/** A proportion such as 5% or 3‰, kept as an exact fraction. */
public final class Rate implements Comparable<Rate> {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private final BigDecimal fraction;

  private Rate(BigDecimal fraction) {
    this.fraction = Objects.requireNonNull(fraction, "fraction");
    if (fraction.signum() < 0) {
      throw new IllegalArgumentException("a rate must not be negative: " + fraction.toPlainString());
    }
  }

  /**
   * A rate given as a plain fraction, e.g. 0.003 for 3‰; kept exact.
   *
   * @param fraction the fraction, not negative
   * @return the rate
   * @throws IllegalArgumentException when it is negative
   */
  public static Rate fraction(BigDecimal fraction) {
    return new Rate(fraction);
  }

  /**
   * A rate given as a plain fraction written in decimal, e.g. {@code "0.003"}.
   *
   * @param fraction the fraction, not negative
   * @return the rate
   * @throws NumberFormatException when the text is not a decimal
   */
  public static Rate fraction(String fraction) {
    return new Rate(new BigDecimal(fraction));
  }

  /**
   * Percent (%), e.g. {@code Rate.percent("5")} is 0.05.
   *
   * @param percent the number of percent, in decimal
   * @return the rate
   */
  public static Rate percent(String percent) {
    return new Rate(new BigDecimal(percent).divide(HUNDRED));
  }

  /**
   * Per mille (‰), e.g. {@code Rate.permille("3")} is 0.003.
   *
   * @param permille the number per thousand, in decimal
   * @return the rate
   */
  public static Rate permille(String permille) {
    return new Rate(new BigDecimal(permille).divide(THOUSAND));
  }

  /** {@return the rate as an exact fraction, e.g. 0.003 for 3‰; never negative} */
  public BigDecimal fraction() {
    return fraction;
  }

  /**
   * The rate's share of an amount, exact (rounding to the fen is the engine's, once, at the end).
   *
   * @param base the amount the text applies the rate to
   * @return base × rate, every digit kept
   */
  public Money of(Money base) {
    return base.times(fraction);
  }

  /** {@return the rate in percent without trailing zeros, e.g. "0.5%"} */
  public String asPercent() {
    return fraction.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
  }

  /** {@return the rate per mille without trailing zeros, e.g. "3‰"} */
  public String asPermille() {
    return fraction.multiply(THOUSAND).stripTrailingZeros().toPlainString() + "‰";
  }

  @Override
  public int compareTo(Rate other) {
    return fraction.compareTo(other.fraction);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rate other && fraction.compareTo(other.fraction) == 0;
  }

  @Override
  public int hashCode() {
    return fraction.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return fraction.stripTrailingZeros().toPlainString();
  }
}
