package dev.srdi.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

final class MoneyTest {

  @Test
  void wan_and_yi_are_ten_thousand_and_a_hundred_million_yuan() {
    assertEquals(Money.yuan("500000"), Money.wan("50"));
    assertEquals(Money.yuan("20000000"), Money.yi("0.2"));
  }

  @Test
  void half_a_fen_rounds_up() {
    assertEquals("21000.01", Money.yuan("21000.005").rounded().toFenString());
    assertEquals("21000.00", Money.yuan("21000.0045").rounded().toFenString());
  }

  @Test
  void three_decimals_are_not_a_whole_fen() {
    assertFalse(Money.yuan("1.005").isWholeFen());
  }

  @Test
  void rates_read_percent_and_permille() {
    assertEquals("5%", Rate.percent("5").asPercent());
    assertEquals("3‰", Rate.permille("3").asPermille());
    assertEquals(Money.yuan("15000"), Rate.permille("3").of(Money.yuan("5000000")));
  }

  @Test
  void growth_over_last_year_is_a_fraction_truncated_so_it_never_reaches_a_threshold_it_misses() {
    assertEquals(new java.math.BigDecimal("0.3500000000"), Money.yuan("135").growthOver(Money.yuan("100")));
    assertEquals(new java.math.BigDecimal("0.3499999999"), Money.yuan("134.99999999").growthOver(Money.yuan("100")));
    assertEquals(new java.math.BigDecimal("-0.5000000000"), Money.yuan("50").growthOver(Money.yuan("100")));
  }
}
