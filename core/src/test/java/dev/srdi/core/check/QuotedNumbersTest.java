package dev.srdi.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

final class QuotedNumbersTest {

  private static List<String> read(String quote) {
    return QuotedNumbers.in(quote).stream().map(BigDecimal::toPlainString).toList();
  }

  @Test
  void figures_take_their_multiplier_and_rate_sign() {
    assertEquals(List.of("500000"), read("最高奖励不超过50万元"));
    assertEquals(List.of("20000000.0", "100000000"), read("当年产值0.2亿元（含）—1亿元"));
    assertEquals(List.of("0.003"), read("每家按照产值增长额的3‰给予奖励"));
    assertEquals(List.of("0.35", "0.10"), read("同比增长35%及税收增长10%以上"));
  }

  @Test
  void a_range_carries_the_multiplier_of_its_second_figure_to_the_first() {
    assertEquals(List.of("10000000", "20000000"), read("以营业收入1000—2000万元的小微企业"));
  }

  @Test
  void chinese_numerals_and_the_doubling_idiom_are_numbers() {
    assertEquals(3, QuotedNumbers.chineseNumeral("三"));
    assertEquals(15, QuotedNumbers.chineseNumeral("十五"));
    assertEquals(20, QuotedNumbers.chineseNumeral("二十"));
    assertEquals(120, QuotedNumbers.chineseNumeral("一百二十"));
    assertEquals(2, QuotedNumbers.chineseNumeral("两"));
    assertTrue(QuotedNumbers.states("有效期三年", BigDecimal.valueOf(3)));
    assertTrue(QuotedNumbers.states("2年内我市各级“专精特新”中小企业数量翻一番", BigDecimal.valueOf(2)));
    assertTrue(QuotedNumbers.states("翻两番", BigDecimal.valueOf(4)));
    assertTrue(QuotedNumbers.states("实现营收倍增", BigDecimal.valueOf(2)));
  }

  @Test
  void a_value_the_quote_does_not_state_is_not_stated() {
    assertFalse(QuotedNumbers.states("最高奖励不超过50万元", BigDecimal.valueOf(50)));
    assertTrue(QuotedNumbers.states("最高奖励不超过50万元", new BigDecimal("500000.00")));
    assertEquals(List.of(), read("积极引导营业收入已达规模但未“入规入统”的企业"));
  }
}
