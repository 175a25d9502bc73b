package dev.srdi.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class QuoteAgreementTest {
  private static <T> Parameter<T> quoted(Unit<T> unit, T value, String quote) {
    return Parameter.of("city.x.value", "a value", unit, value, Citation.of(DocumentId.of("d"), "一", quote));
  }

  private static void agrees(Parameter<?> p) {
    assertEquals(Optional.empty(), QuoteAgreement.check(p).map(Disagreement::message));
  }

  @Test
  void chinese_and_arabic_numbers_are_read_with_their_multipliers() {
    assertEquals(List.of(new BigDecimal("100000"), new BigDecimal("3")),
        ChineseNumbers.in("奖励10万元，三年").stream().map(n -> n.value().stripTrailingZeros().setScale(0)).toList());
    assertEquals(new BigDecimal("15"), ChineseNumbers.chinese("十五"));
    assertEquals(new BigDecimal("20"), ChineseNumbers.chinese("二十"));
    assertEquals(new BigDecimal("105"), ChineseNumbers.chinese("一百零五"));
    assertEquals(new BigDecimal("2000"), ChineseNumbers.chinese("两千"));
  }

  @Test
  void the_numbers_of_the_issue_agree() {
    agrees(quoted(Unit.YUAN, Money.yuan("100000"), "给予一次性奖励10万元"));
    agrees(quoted(Unit.PERMILLE, Rate.permille("3"), "按照产值增长额的3‰给予奖励"));
    agrees(quoted(Unit.PERCENT, Rate.percent("35"), "同比增长35%及税收增长10%以上"));
    agrees(quoted(Unit.YUAN, Money.yuan("20000000"), "当年产值0.2亿元（含）—1亿元"));
    agrees(quoted(Unit.YEARS, 3, "实施期三年"));
    agrees(quoted(Unit.FACTOR, BigDecimal.valueOf(2), "数量翻一番"));
    agrees(quoted(Unit.COUNT, 30, "每年培育入库30家以上"));
    agrees(quoted(Unit.DATE, LocalDate.of(2025, 12, 31), "力争到2025年"));
    agrees(quoted(Unit.YUAN, Money.yuan("1000000"), "奖励一百万元"));
  }

  @Test
  void a_wrong_number_is_named_with_the_entry_and_what_the_quote_gives() {
    var p = quoted(Unit.YUAN, Money.yuan("200000"), "给予一次性奖励10万元");
    var wrong = new Parameter<>(p.id(), p.description(), p.unit(), p.values(), p.citation(), Optional.empty(),
        Optional.of(new Source("city/parameters.yaml", 12)));
    assertEquals("city/parameters.yaml:12: city.x.value: value 200000.00 is not a number of its quote “给予一次性奖励10万元”"
        + " (it gives 10万); fix the value or the quote, or say derivedFrom: with how the value follows",
        QuoteAgreement.check(wrong).orElseThrow().message());
  }

  @Test
  void a_rate_is_not_read_from_an_amount_and_a_year_is_not_a_count() {
    assertTrue(QuoteAgreement.check(quoted(Unit.PERCENT, Rate.percent("10"), "奖励10万元")).isPresent());
    assertTrue(QuoteAgreement.check(quoted(Unit.COUNT, 3, "三年内")).isPresent());
  }

  @Test
  void a_derived_value_is_not_checked() {
    var p = quoted(Unit.YUAN, Money.yuan("20000000"), "规模以上工业企业");
    assertTrue(QuoteAgreement.check(p).isPresent());
    var derived = new Parameter<>(p.id(), p.description(), p.unit(), p.values(), p.citation(),
        Optional.of("the national statistical standard: 2000万元 of main business revenue"), Optional.empty());
    assertEquals(Optional.empty(), QuoteAgreement.check(derived));
  }
}
