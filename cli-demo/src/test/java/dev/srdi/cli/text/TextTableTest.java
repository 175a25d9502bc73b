package dev.srdi.cli.text;

import static dev.srdi.testkit.PropertyRun.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.srdi.cli.text.TextTable.Column;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.money.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class TextTableTest {

  @Test
  void chinese_and_full_width_characters_take_two_columns() {
    assertEquals(2, DisplayWidth.of("市"));
    assertEquals(2, DisplayWidth.of("（"));
    assertEquals(8, DisplayWidth.of("专精特新"));
    assertEquals(13, DisplayWidth.of("SRDI 专精特新"));
    assertEquals(1, DisplayWidth.of("≤"), "ambiguous width counts as one");
    assertEquals(0, DisplayWidth.of("\u0301"), "a combining mark takes no column");
  }

  @Test
  void a_table_of_mixed_scripts_has_lines_of_one_width() {
    String table = TextTable.of(Column.left("Measure 措施"), Column.right("Amount"))
        .row("专精特新企业奖励\nSRDI award", "100,000.00")
        .row("a", "≤ 500,000.00")
        .rule()
        .row("合计", "600,000.00")
        .render();
    int width = DisplayWidth.of(table.lines().findFirst().orElseThrow());
    table.lines().forEach(line -> assertEquals(width, DisplayWidth.of(line), line));
    assertEquals("| 专精特新企业奖励 |   100,000.00 |", table.lines().toList().get(3));
  }

  @Test
  void any_cell_text_wraps_inside_its_column() {
    qt().withExamples(1000).forAll(strings().allPossible().ofLengthBetween(0, 200)).checkAssert(text -> {
      String table = TextTable.of(Column.left("A", 12), Column.right("B")).row(text, "汉字").render();
      int width = DisplayWidth.of(table.lines().findFirst().orElseThrow());
      table.lines().forEach(line -> assertEquals(width, DisplayWidth.of(line), line));
    });
  }

  @Test
  void amounts_show_separators_and_their_kind() {
    assertEquals("1,234,567.80", Amounts.grouped(Money.yuan("1234567.8")));
    assertEquals("≤ 500,000.00", Amounts.withKind(Optional.of(Money.yuan("500000")), AmountKind.UP_TO));
    assertEquals("500,000.00", Amounts.withKind(Optional.of(Money.yuan("500000")), AmountKind.EXACT));
    assertEquals(Amounts.SET_ELSEWHERE, Amounts.withKind(Optional.empty(), AmountKind.UNSPECIFIED));
    assertEquals("+1.00", Amounts.signed(Money.yuan("1")));
    assertEquals("-1.00", Amounts.signed(Money.yuan("-1")));
  }

  @Test
  void csv_quotes_only_what_needs_it() {
    assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",测试\n", Csv.row("a", "b,c", "say \"hi\"", "测试"));
  }
}
