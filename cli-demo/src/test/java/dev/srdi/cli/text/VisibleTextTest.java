package dev.srdi.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

final class VisibleTextTest {

  @Test
  void plain_text_chinese_included_is_printed_as_it_is() {
    String name = "示例精密制造有限公司 “小巨人” — ≤ 50万元";
    assertSame(name, VisibleText.of(name));
  }

  @Test
  void escape_and_other_c0_c1_controls_are_shown_not_obeyed() {
    assertEquals("\\x1B[31mred\\x1B[0m", VisibleText.of("\u001B[31mred\u001B[0m"));
    assertEquals("a\\x07b\\x7Fc\\x9Bd", VisibleText.of("a\u0007b\u007Fc\u009Bd"));
    assertEquals("tab\\x09cr\\x0D", VisibleText.of("tab\tcr\r"));
  }

  @Test
  void bidirectional_overrides_and_isolates_are_shown() {
    assertEquals("abc\\u202Efdp.exe", VisibleText.of("abc\u202Efdp.exe"));
    assertEquals("\\u202A\\u202B\\u202C\\u202D\\u2066\\u2067\\u2068\\u2069",
        VisibleText.of("\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069"));
  }

  @Test
  void a_message_stays_one_line_and_a_cell_keeps_its_own_line_breaks() {
    assertEquals("INNOVATIVE\\x0Aforged line", VisibleText.of("INNOVATIVE\nforged line"));
    assertEquals("two\nlines\\x1B", VisibleText.cell("two\nlines\u001B"));
  }

  @Test
  void quoted_text_is_escaped_inside_the_quotes() {
    assertEquals("\"x\\x1By\"", VisibleText.quoted("x\u001By"));
  }
}
