package dev.srdi.core.parameter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import org.junit.jupiter.api.Test;

/** What-if values are read in their unit, and absurd ones are refused before any arithmetic. */
final class UnitTest {

  @Test
  void amounts_read_in_yuan_wan_or_yi_with_one_unit_word_at_the_end() {
    assertEquals(Money.yuan("150000"), Unit.YUAN.parse("15万").get());
    assertEquals(Money.yuan("150000"), Unit.YUAN.parse("15万元").get());
    assertEquals(Money.yuan("20000000"), Unit.YUAN.parse("0.2亿").get());
    assertEquals(Money.yuan("1234.50"), Unit.YUAN.parse("1,234.50元").get());
    assertTrue(Unit.YUAN.parse("5万5万").isLeft());
  }

  @Test
  void an_exponent_or_a_number_beyond_fifteen_digits_is_refused_at_once() {
    assertTrue(Unit.YUAN.parse("1e999999999").getLeft().startsWith("not a number"));
    assertTrue(Unit.PERMILLE.parse("1e999999999‰").getLeft().startsWith("not a number"));
    assertTrue(Unit.YUAN.parse("1234567890123456").getLeft().startsWith("out of range"));
    assertEquals(Money.yuan("123456789012345"), Unit.YUAN.parse("123456789012345").get());
    assertTrue(Unit.PERCENT.parse("0.12345678901%").getLeft().startsWith("out of range"));
    assertEquals(Rate.permille("5"), Unit.PERMILLE.parse("0.5%").get());
  }
}
