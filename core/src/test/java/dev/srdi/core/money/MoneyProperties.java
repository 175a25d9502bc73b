package dev.srdi.core.money;

import static dev.srdi.testkit.PropertyRun.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Money is exact until the one rounding step, which goes to the fen, half up. */
final class MoneyProperties {

  @Test
  void rounding_is_to_the_fen_and_at_most_half_a_fen_away() {
    qt().withExamples(1000).forAll(yuan("1000000000", 6)).checkAssert(yuan -> {
      Money exact = Money.yuan(yuan);
      Money rounded = exact.rounded();
      assertTrue(rounded.isWholeFen(), rounded + " is not whole fen");
      assertTrue(rounded.minus(exact).toYuan().abs().compareTo(new BigDecimal("0.005")) <= 0,
          exact + " rounds to " + rounded);
    });
  }

  @Test
  void rounding_twice_changes_nothing() {
    qt().withExamples(1000).forAll(yuan("1000000", 5)).checkAssert(yuan ->
        assertEquals(Money.yuan(yuan).rounded(), Money.yuan(yuan).rounded().rounded()));
  }

  @Test
  void addition_is_exact_and_order_free() {
    qt().withExamples(1000).forAll(yuan("1000000", 4), yuan("1000000", 4)).checkAssert((a, b) -> {
      assertEquals(Money.yuan(a).plus(Money.yuan(b)), Money.yuan(b).plus(Money.yuan(a)));
      assertEquals(Money.yuan(a.add(b)), Money.yuan(a).plus(Money.yuan(b)));
    });
  }

  @Test
  void a_rate_applied_keeps_every_digit() {
    qt().withExamples(1000).forAll(yuan("100000000", 2)).checkAssert(base ->
        assertEquals(0, Rate.permille("3").of(Money.yuan(base)).toYuan().compareTo(base.multiply(new BigDecimal("0.003"))),
            "3 permille of " + base));
  }

  @Test
  void the_fen_string_is_the_plain_number_rounded_half_up_to_two_decimals() {
    // toFenString writes through BigDecimal.toString; whatever the scale and sign, it must read as toPlainString.
    qt().withExamples(2000).forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
        integers().between(-3, 12)).checkAssert((unscaled, scale) -> {
          BigDecimal yuan = BigDecimal.valueOf(unscaled, scale);
          assertEquals(yuan.setScale(2, RoundingMode.HALF_UP).toPlainString(), Money.yuan(yuan).toFenString(),
              "unscaled " + unscaled + ", scale " + scale);
        });
    assertEquals("0.00", Money.yuan("0.000001").toFenString());
    assertEquals("-0.01", Money.yuan("-0.005").toFenString());
    assertEquals("100000000000000000000.00", Money.yuan("1E+20").toFenString());
  }

  /** Any amount from zero to {@code max} yuan with exactly {@code scale} decimals, each as likely. */
  private static Gen<BigDecimal> yuan(String max, int scale) {
    long units = new BigDecimal(max).movePointRight(scale).longValueExact();
    return longs().between(0, units).map(n -> BigDecimal.valueOf(n, scale)).describedAs(BigDecimal::toPlainString);
  }
}
