package dev.srdi.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** Money is exact until the one rounding step, which goes to the fen, half up. */
final class MoneyProperties {

  @Property
  void rounding_is_to_the_fen_and_at_most_half_a_fen_away(
      @ForAll @BigRange(min = "0", max = "1000000000") @Scale(6) BigDecimal yuan) {
    Money exact = Money.yuan(yuan);
    Money rounded = exact.rounded();
    assertTrue(rounded.isWholeFen());
    assertTrue(rounded.minus(exact).toYuan().abs().compareTo(new BigDecimal("0.005")) <= 0);
  }

  @Property
  void rounding_twice_changes_nothing(@ForAll @BigRange(min = "0", max = "1000000") @Scale(5) BigDecimal yuan) {
    assertEquals(Money.yuan(yuan).rounded(), Money.yuan(yuan).rounded().rounded());
  }

  @Property
  void addition_is_exact_and_order_free(
      @ForAll @Scale(4) @BigRange(min = "0", max = "1000000") BigDecimal a,
      @ForAll @Scale(4) @BigRange(min = "0", max = "1000000") BigDecimal b) {
    assertEquals(Money.yuan(a).plus(Money.yuan(b)), Money.yuan(b).plus(Money.yuan(a)));
    assertEquals(Money.yuan(a.add(b)), Money.yuan(a).plus(Money.yuan(b)));
  }

  @Property
  void a_rate_applied_keeps_every_digit(@ForAll @Scale(2) @BigRange(min = "0", max = "100000000") BigDecimal base) {
    assertEquals(0, Rate.permille("3").of(Money.yuan(base)).toYuan().compareTo(base.multiply(new BigDecimal("0.003"))));
  }
}
