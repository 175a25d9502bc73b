package dev.srdi.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.DocumentPart;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ClauseSplitterTest {
  private static final DocumentId DOC = DocumentId.of("fixture");

  private static List<String> labels(PolicyText text) {
    return text.blocks().stream().map(b -> b instanceof Clause c ? c.label() : "H " + b.text()).toList();
  }

  @Test
  void sections_clauses_and_items_take_the_numbering_citations_use() {
    String raw = "\n测试措施\n（试行）\n\n为促进发展，制定本措施。\n一、目标\n到2025年，培育10家。\n二、任务\n"
        + "（一）梯度培育\n1. 培育种子企业。每年10家。\n2. 奖励。给予5万元\n\n奖励。\n（二）融资。贷款。\n"
        + "本措施由市局负责解释。\n公开方式：主动公开\n";
    PolicyText text = ClauseSplitter.split(DOC, raw, List.of());
    assertEquals(List.of("标题", "前言", "一", "H 二、任务", "H （一）梯度培育", "二、（一）1", "二、（一）2", "二、（二）", "末段"),
        labels(text));
    assertEquals("测试措施（试行）", text.clause("标题").orElseThrow().text());
    assertEquals("一、目标\n到2025年，培育10家。", text.clause("一").orElseThrow().text());
    assertEquals("2. 奖励。给予5万元奖励。", text.clause("二、（一）2").orElseThrow().text(),
        "a line cut by a page break goes on the same sentence");
    assertEquals("本措施由市局负责解释。\n公开方式：主动公开", text.clause("末段").orElseThrow().text());
  }

  @Test
  void a_section_heading_that_lost_its_number_takes_the_next_and_half_width_brackets_count() {
    String raw = "标题\n一、甲\n(一) 第一条。（责任单位：市局）\n支持企业\n(二)第二条。\n局)\n（三）第三条。\n";
    assertEquals(List.of("标题", "H 一、甲", "一、（一）", "H 支持企业", "二、（二）", "二、（三）"),
        labels(ClauseSplitter.split(DOC, raw, List.of())));
  }

  @Test
  void parts_prefix_their_clauses_and_what_comes_before_them_is_the_notice() {
    String raw = "某某文件\n关于印发两个方案的通知\n现予印发。\n甲方案 (2022年)\n为此，制定本方案。\n一、目标\n十家。\n"
        + "乙计划 (2022年)\n一、目标\n五家。\n";
    var parts = List.of(new DocumentPart(DOC, "甲", true, "甲方案"), new DocumentPart(DOC, "乙", true, "乙计划"),
        new DocumentPart(DocumentId.of("other"), "丙", true, "一、"));
    assertEquals(List.of("通知", "甲 标题", "甲 前言", "甲 一", "乙 标题", "乙 一"),
        labels(ClauseSplitter.split(DOC, raw, parts)));
  }

  @Test
  void every_word_of_each_seed_text_is_in_one_block_in_the_text_s_order() {
    for (String seed : List.of("000_753bb4b18f4652ce", "003_4c671a9120ac6c40", "004_901c7209498bc010")) {
      DocumentId id = DocumentId.of(seed);
      String raw = SeedTexts.raw(id, getClass().getClassLoader()).orElseThrow();
      PolicyText text = ClauseSplitter.split(id, raw, List.of());
      String joined = text.blocks().stream().map(Block::text).reduce("", String::concat);
      assertEquals(raw.replaceAll("[\\s\\u3000*]", ""), joined.replaceAll("[\\s\\u3000*]", ""), seed);
    }
  }
}
