package dev.srdi.cli.text;

import static dev.srdi.testkit.PropertyRun.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Cells wrap where a reader expects: at spaces and after 、, ids kept whole, no line starting with a comma. */
final class WrapTest {

  @Test
  void a_list_of_departments_breaks_after_its_commas_never_before_them() {
    assertEquals(List.of("责任 responsible:", "市发展改革委,", "市工业和信息化局,", "市交通运输局, 市商务局"),
        Wrap.lines("责任 responsible: 市发展改革委, 市工业和信息化局, 市交通运输局, 市商务局", 30));
    assertEquals(List.of("经开区管委会、各乡镇（街道）、", "市统计局"), Wrap.lines("经开区管委会、各乡镇（街道）、市统计局", 30));
  }

  @Test
  void an_id_that_fits_the_column_moves_whole_to_its_own_line() {
    assertEquals(List.of("the award is", "zhanjiang.tier-award.provincial-srdi"),
        Wrap.lines("the award is zhanjiang.tier-award.provincial-srdi", 36));
  }

  @Test
  void an_id_too_long_for_the_column_breaks_between_its_parts_not_inside_a_word() {
    assertEquals(List.of("zhanjiang.tier-award.", "provincial-innovative"),
        Wrap.lines("zhanjiang.tier-award.provincial-innovative", 36));
    assertEquals(List.of("a-very-long-", "identifier"), Wrap.lines("a-very-long-identifier", 14));
  }

  @Test
  void amounts_and_plain_text_wrap_as_before() {
    assertEquals(List.of("≤ 100,000.00"), Wrap.lines("≤ 100,000.00", 12));
    assertEquals(List.of("one two", "three"), Wrap.lines("one two three", 7));
    assertEquals(List.of(""), Wrap.lines("", 10));
    assertEquals(List.of("专精特新", "企业奖励"), Wrap.lines("专精特新企业奖励", 8));
  }

  /** Words of letters, ids' punctuation and Chinese, joined by the separators department lists use. */
  private static Gen<String> lists() {
    Gen<String> word = lists(Generate.pick("abcxyz.-汉字市局（）".chars().mapToObj(c -> String.valueOf((char) c)).toList()),
        1, 14).map(cs -> String.join("", cs));
    Gen<String> separator = Generate.pick(List.of(", ", "、", " ", "，", ","));
    return lists(word, 1, 8).flatMap(words -> SourceDSL.lists().of(separator).ofSize(words.size()).map(seps -> {
      var b = new StringBuilder(words.get(0));
      for (int i = 1; i < words.size(); i++) {
        b.append(seps.get(i)).append(words.get(i));
      }
      return b.toString();
    })).describedAs(text -> "'" + text + "'");
  }

  private static <T> Gen<List<T>> lists(Gen<T> element, int min, int max) {
    return SourceDSL.lists().of(element).ofSizeBetween(min, max);
  }

  @Test
  void no_line_is_too_wide_or_starts_with_a_comma_and_nothing_is_lost() {
    qt().withExamples(1000).forAll(lists(), integers().between(4, 40)).checkAssert((text, width) -> {
      List<String> lines = Wrap.lines(text, width);
      for (String line : lines) {
        assertTrue(DisplayWidth.of(line) <= width, () -> "too wide for " + width + ": '" + line + "' in " + lines);
      }
      for (String line : lines.subList(1, lines.size())) {
        assertTrue(!line.startsWith(",") && !line.startsWith("、") && !line.startsWith("，"),
            () -> "starts with a comma at width " + width + ": " + lines + " from '" + text + "'");
      }
      assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""));
    });
  }
}
