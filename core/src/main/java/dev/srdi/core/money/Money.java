package dev.srdi.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of CNY. Arithmetic keeps every digit; {@link #rounded()} rounds to the fen, half
 * up, and the engine calls it once per entitlement, at the end, so intermediate steps never lose a
 * fen.
 */
public final class Money implements Comparable<Money> {
  private static final int GROWTH_DECIMALS = 10;

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);
  private static final Money ZERO = new Money(BigDecimal.ZERO);

  private final BigDecimal yuan;
  /**
   * {@link #toFenString()}, written on first use and kept: a parameter's amount is written into the conditions
   * of every enterprise, an enterprise's figure into several sentences. Racy but benign, as String's hash is: a
   * string is immutable, and two threads that both write it write equal ones.
   */
  private String fen;

  private Money(BigDecimal yuan) {
    this.yuan = Objects.requireNonNull(yuan, "yuan");
  }

  /**
   * No money.
   *
   * @return 0 yuan
   */
  public static Money zero() {
    return ZERO;
  }

  /**
   * One fen (0.01 yuan), the smallest amount paid.
   *
   * @return 0.01 yuan
   */
  public static Money oneFen() {
    return yuan(BigDecimal.ONE.movePointLeft(2));
  }

  /**
   * An amount in yuan (元), e.g. {@code Money.yuan("500000")}.
   *
   * @param yuan a decimal number of yuan
   * @return the amount
   */
  public static Money yuan(String yuan) {
    return new Money(new BigDecimal(yuan));
  }

  /**
   * An amount in yuan, every digit kept.
   *
   * @param yuan the number of yuan
   * @return the amount
   */
  public static Money yuan(BigDecimal yuan) {
    return new Money(yuan);
  }

  /**
   * A whole number of yuan.
   *
   * @param yuan the number of yuan
   * @return the amount
   */
  public static Money yuan(long yuan) {
    return new Money(BigDecimal.valueOf(yuan));
  }

  /**
   * An amount in 万元 (10,000 yuan), the unit the documents mostly use.
   *
   * @param wan a decimal number of 万元
   * @return the amount
   */
  public static Money wan(String wan) {
    return new Money(new BigDecimal(wan).multiply(TEN_THOUSAND));
  }

  /**
   * An amount in 亿元 (100,000,000 yuan).
   *
   * @param yi a decimal number of 亿元
   * @return the amount
   */
  public static Money yi(String yi) {
    return new Money(new BigDecimal(yi).multiply(HUNDRED_MILLION));
  }

  /**
   * The amount as a number of yuan, unrounded.
   *
   * @return the number
   */
  public BigDecimal toYuan() {
    return yuan;
  }

  /**
   * The sum, exact.
   *
   * @param other the amount to add
   * @return the sum
   */
  public Money plus(Money other) {
    return new Money(yuan.add(other.yuan));
  }

  /**
   * The relative change from {@code last} to this amount as a fraction (0.35 for 35%), truncated
   * towards minus infinity at the tenth decimal, so that a growth shown beside a threshold is never
   * rounded onto a threshold it misses.
   *
   * @param last the earlier amount, not zero
   * @return (this − last) / last
   */
  public BigDecimal growthOver(Money last) {
    return minus(last).toYuan().divide(last.toYuan(), GROWTH_DECIMALS, java.math.RoundingMode.FLOOR);
  }

  /**
   * The difference, exact (it may be negative).
   *
   * @param other the amount to take away
   * @return the difference
   */
  public Money minus(Money other) {
    return new Money(yuan.subtract(other.yuan));
  }

  /**
   * Multiplies by a plain factor (a count of products, a rate's fraction), keeping every digit.
   *
   * @param factor the factor
   * @return the product
   */
  public Money times(BigDecimal factor) {
    return new Money(yuan.multiply(factor));
  }

  /**
   * Multiplies by a whole number.
   *
   * @param factor the factor
   * @return the product
   */
  public Money times(long factor) {
    return times(BigDecimal.valueOf(factor));
  }

  /**
   * The smaller of two amounts (a cap).
   *
   * @param other the other amount
   * @return the smaller
   */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * The larger of two amounts.
   *
   * @param other the other amount
   * @return the larger
   */
  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Whether the amount is below zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return yuan.signum() < 0;
  }

  /**
   * Whether the amount is zero, at any scale.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return yuan.signum() == 0;
  }

  /**
   * Whether the amount is above zero.
   *
   * @return true if positive
   */
  public boolean isPositive() {
    return yuan.signum() > 0;
  }

  /**
   * Rounds to the fen (0.01 yuan), half up: the single rounding step of an entitlement.
   *
   * @return the rounded amount
   */
  public Money rounded() {
    // Most amounts are whole fen already (every input amount is): then they are their own rounding.
    return yuan.scale() == 2 ? this : new Money(yuan.setScale(2, RoundingMode.HALF_UP));
  }

  /**
   * Whether the amount has no more than two decimals, as every input amount must.
   *
   * @return true if it is a whole number of fen
   */
  public boolean isWholeFen() {
    return yuan.stripTrailingZeros().scale() <= 2;
  }

  /**
   * The amount in yuan with exactly two decimals, rounded half up: the contract's format.
   *
   * @return e.g. {@code 500000.00}
   */
  public String toFenString() {
    String written = fen;
    if (written == null) {
      // A number with two decimals is written the same plainly and by toString (an exponent only ever appears
      // for a negative scale or below 10^-6), which writes it in one buffer.
      written = yuan.setScale(2, RoundingMode.HALF_UP).toString();
      fen = written;
    }
    return written;
  }

  @Override
  public int compareTo(Money other) {
    return yuan.compareTo(other.yuan);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other && yuan.compareTo(other.yuan) == 0;
  }

  @Override
  public int hashCode() {
    return yuan.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return "CNY " + yuan.toPlainString();
  }
}
