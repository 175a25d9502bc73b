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

  public static Rate fraction(BigDecimal fraction) {
    return new Rate(fraction);
  }

  public static Rate fraction(String fraction) {
    return new Rate(new BigDecimal(fraction));
  }

  /** Percent (%), e.g. {@code Rate.percent("5")} is 0.05. */
  public static Rate percent(String percent) {
    return new Rate(new BigDecimal(percent).divide(HUNDRED));
  }

  /** Per mille (‰), e.g. {@code Rate.permille("3")} is 0.003. */
  public static Rate permille(String permille) {
    return new Rate(new BigDecimal(permille).divide(THOUSAND));
  }

  public BigDecimal fraction() {
    return fraction;
  }

  public Money of(Money base) {
    return base.times(fraction);
  }

  public String asPercent() {
    return fraction.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
  }

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
