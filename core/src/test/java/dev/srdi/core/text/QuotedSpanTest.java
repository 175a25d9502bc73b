package dev.srdi.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

final class QuotedSpanTest {
  @Test
  void a_quote_is_found_across_a_line_break_and_brackets_of_either_width() {
    String text = "（责任单位：市人力资源社会保障\n局)";
    assertEquals(Optional.of(new QuotedSpan(6, 18)), QuotedSpan.find(text, "市人力资源社会保障局）"));
  }

  @Test
  void a_quote_the_text_does_not_hold_has_no_span() {
    assertEquals(Optional.empty(), QuotedSpan.find("给予10万元", "给予20万元"));
    assertEquals(Optional.empty(), QuotedSpan.find("给予10万元", " \n"));
  }
}
