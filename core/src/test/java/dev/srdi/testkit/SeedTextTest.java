package dev.srdi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.policy.DocumentId;
import org.junit.jupiter.api.Test;

final class SeedTextTest {
  private static final DocumentId XIANGXIANG = DocumentId.of("003_4c671a9120ac6c40");

  @Test
  void a_clause_broken_across_a_page_is_still_found() {
    // The seed breaks "建立" across a page: "…以上且存在退规风险的企业，建\n\n立“退规风险企业库”".
    assertTrue(SeedText.contains(XIANGXIANG, "存在退规风险的企业，建立“退规风险企业库”"));
  }

  @Test
  void bracket_and_punctuation_widths_do_not_matter() {
    assertTrue(SeedText.contains(XIANGXIANG, "[牵头单位:市科技工信局;责任单位:市财政局,经开区管委会,各乡镇(街道)]"));
  }

  @Test
  void a_quote_that_is_not_in_the_text_is_not_found() {
    assertFalse(SeedText.contains(XIANGXIANG, "给予100万元奖励"));
  }

  @Test
  void normalising_removes_white_space_and_folds_widths() {
    assertEquals("(a,b)\"c\"", SeedText.normalise("（ a、 b）\n“c”"));
  }
}
