package dev.srdi.core.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.money.Money;
import org.junit.jupiter.api.Test;

/** Civil Code Art. 1259, as the examples of DOMAIN.md read it. */
final class BoundTest {

  @Test
  void yi_xia_includes_the_bound_3000_wan_yi_xia_admits_30_000_000() {
    Bound<Money> atMost = Bound.atMost(Money.wan("3000"));
    assertTrue(atMost.admits(Money.yuan("30000000")));
    assertFalse(atMost.admits(Money.yuan("30000000.01")));
    assertEquals("以下", atMost.term());
  }

  @Test
  void yi_shang_includes_the_bound() {
    assertTrue(Bound.atLeast(Money.wan("50")).admits(Money.yuan("500000")));
    assertFalse(Bound.atLeast(Money.wan("50")).admits(Money.yuan("499999.99")));
  }

  @Test
  void chao_guo_excludes_the_bound() {
    assertFalse(Bound.moreThan(Money.wan("50")).admits(Money.yuan("500000")));
    assertTrue(Bound.moreThan(Money.wan("50")).admits(Money.yuan("500000.01")));
    assertEquals("超过", Bound.moreThan(1).term());
  }

  @Test
  void bu_man_excludes_the_bound() {
    assertFalse(Bound.lessThan(10).admits(10));
    assertTrue(Bound.lessThan(10).admits(9));
  }

  @Test
  void the_guilin_bracket_includes_20_million_and_excludes_100_million() {
    Range<Money> bracket = Range.between(Bound.atLeast(Money.yi("0.2")), Bound.lessThan(Money.yi("1")));
    assertTrue(bracket.contains(Money.yuan("20000000")));
    assertFalse(bracket.contains(Money.yuan("19999999.99")));
    assertTrue(bracket.contains(Money.yuan("99999999.99")));
    assertFalse(bracket.contains(Money.yuan("100000000")));
  }

  @Test
  void a_range_refuses_a_lower_bound_as_its_upper_one() {
    assertThrows(IllegalArgumentException.class, () -> Range.between(Bound.atLeast(1), Bound.atLeast(5)));
  }

  @Test
  void a_bound_describes_itself_in_both_notations() {
    assertEquals("≥ 20000000 (以上)", Bound.atLeast(Money.yi("0.2").toYuan().stripTrailingZeros()).describe());
  }

  @Test
  void an_amount_bound_reads_in_yuan_to_the_fen() {
    assertEquals("≤ 30000000.00 (以下)", Bound.atMost(Money.wan("3000")).describe());
  }

  @Test
  void bound_kinds_build_the_same_bounds_as_the_factories() {
    assertEquals(Bound.atLeast(3), BoundKind.AT_LEAST.of(3));
    assertEquals(Bound.atMost(3), BoundKind.AT_MOST.of(3));
    assertEquals(Bound.moreThan(3), BoundKind.MORE_THAN.of(3));
    assertEquals(Bound.lessThan(3), BoundKind.LESS_THAN.of(3));
  }
}
