package dev.srdi.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Which width the tables get, and when ambiguous-width characters count as two, from the option, the environment and the terminal. */
final class ScreenTest {
  private static final Supplier<OptionalInt> NO_TERMINAL = OptionalInt::empty;

  @Test
  void the_option_wins_then_columns_then_the_terminal_then_no_limit() {
    assertEquals(OptionalInt.of(70), Screen.of(OptionalInt.of(70), false, Map.of("COLUMNS", "120"), () -> OptionalInt.of(90)).width());
    assertEquals(OptionalInt.of(120), Screen.of(OptionalInt.empty(), false, Map.of("COLUMNS", "120"), () -> OptionalInt.of(90)).width());
    assertEquals(OptionalInt.of(90), Screen.of(OptionalInt.empty(), false, Map.of(), () -> OptionalInt.of(90)).width());
    assertEquals(OptionalInt.empty(), Screen.of(OptionalInt.empty(), false, Map.of(), NO_TERMINAL).width(),
        "a file or a pipe gets each column as wide as its cells");
  }

  @Test
  void an_empty_or_unreadable_columns_says_nothing_and_a_tiny_width_is_raised() {
    assertEquals(OptionalInt.empty(), Screen.of(OptionalInt.empty(), false, Map.of("COLUMNS", ""), NO_TERMINAL).width());
    assertEquals(OptionalInt.empty(), Screen.of(OptionalInt.empty(), false, Map.of("COLUMNS", "wide"), NO_TERMINAL).width());
    assertEquals(OptionalInt.of(Screen.NARROWEST), Screen.of(OptionalInt.of(3), false, Map.of(), NO_TERMINAL).width());
  }

  @Test
  void ambiguous_width_comes_from_the_option_or_the_variable() {
    assertTrue(Screen.of(OptionalInt.empty(), true, Map.of(), NO_TERMINAL).ambiguousWide());
    assertTrue(Screen.of(OptionalInt.empty(), false, Map.of(Screen.AMBIGUOUS_WIDE_VARIABLE, "1"), NO_TERMINAL).ambiguousWide());
    assertFalse(Screen.of(OptionalInt.empty(), false, Map.of(Screen.AMBIGUOUS_WIDE_VARIABLE, "0"), NO_TERMINAL).ambiguousWide());
    assertFalse(Screen.of(OptionalInt.empty(), false, Map.of(), NO_TERMINAL).ambiguousWide());
  }

  @Test
  void ambiguous_characters_take_two_columns_only_on_a_screen_that_says_so() {
    String quoted = "“≤5‰”—ok";
    assertEquals(8, DisplayWidth.of(quoted));
    int wide = Screen.during(new Screen(OptionalInt.empty(), true), () -> DisplayWidth.of(quoted));
    assertEquals(8 + 5, wide, "“ ≤ ‰ ” — are ambiguous; 5, o and k are not");
    assertEquals(4, Screen.during(new Screen(OptionalInt.empty(), true), () -> DisplayWidth.of("汉字")), "wide stays two");
    assertEquals(Screen.UNBOUNDED, Screen.current(), "the screen before is put back");
  }

  @Test
  void a_table_on_a_narrow_screen_fits_it_and_keeps_every_word() {
    var table = TextTable.of(TextTable.Column.left("Measure 措施"), TextTable.Column.left("Says 条文", 60),
        TextTable.Column.right("Amount"));
    table.row("guilin.growth-award", "营业收入增长超过 20% 的，按增长额的 3‰ 给予奖励 (a reward of 3‰ of the growth over 20%)", "500,000");
    table.row("guilin.first-award", "首次认定为“专精特新”中小企业的，给予一次性奖励", "100,000");
    String natural = table.render();
    String narrow = Screen.during(new Screen(OptionalInt.of(60), false), table::render);
    assertTrue(natural.lines().anyMatch(l -> DisplayWidth.of(l) > 60), "the example is wider than the screen");
    for (String line : narrow.lines().toList()) {
      assertEquals(60, DisplayWidth.of(line), "every line fills the screen exactly: " + line);
    }
    assertEquals(letters(natural), letters(narrow), "wrapping moves the text, never drops any");
    assertEquals(natural, Screen.during(new Screen(OptionalInt.of(500), false), table::render), "a wide screen changes nothing");
  }

  @Test
  void on_an_ambiguous_wide_screen_the_table_still_lines_up() {
    var table = TextTable.of(TextTable.Column.left("Quote 引文"), TextTable.Column.right("n"));
    table.row("“专精特新”", "1");
    table.row("≤ 5‰ — or less", "2");
    String drawn = Screen.during(new Screen(OptionalInt.empty(), true), table::render);
    int[] widths = Screen.during(new Screen(OptionalInt.empty(), true),
        () -> drawn.lines().mapToInt(DisplayWidth::of).distinct().toArray());
    assertEquals(1, widths.length, "every line is as wide as the border, counted as the terminal draws: " + drawn);
    assertFalse(drawn.equals(table.render()), "the padding differs from a terminal that draws them narrow");
  }

  /** The table's text without its borders and spaces, sorted: what wrapping must keep. */
  private static String letters(String table) {
    return table.replaceAll("[|+\\-\\s]", "").codePoints().sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }
}
