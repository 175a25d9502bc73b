package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Table cells wrap where a reader expects: department lists after their commas, ids between their parts. */
final class TableWrappingTest {
  private static final Path EXAMPLES = Path.of("..", "seeds", "examples");

  /** The cells of every table line, trimmed: "| a | b |" gives [a, b]. */
  private static List<String> cells(String text) {
    return Cli.tables(text).stream().flatMap(List::stream).filter(l -> l.startsWith("|"))
        .flatMap(l -> java.util.Arrays.stream(l.substring(1, l.length() - 1).split("\\|"))).map(String::strip).toList();
  }

  @Test
  void no_cell_line_starts_with_a_comma_or_an_enumeration_comma() {
    for (String city : new String[] {"guilin", "zhanjiang", "xiangxiang"}) {
      String scenario = EXAMPLES.resolve(city + ".json").toString();
      for (String[] args : List.of(new String[] {"evaluate", "-j", city, "-s", scenario},
          new String[] {"targets", "-j", city, "-s", scenario, "--year", "2025"},
          new String[] {"measures", "-j", city}, new String[] {"duties", "-j", city})) {
        var r = run(args);
        assertEquals(0, r.exit(), r.err());
        TableAssertions.assertAligned(r.out());
        for (String cell : cells(r.out())) {
          assertFalse(cell.startsWith(",") || cell.startsWith("、") || cell.startsWith("，"),
              () -> String.join(" ", args) + ": a line starts with a comma: '" + cell + "'\n" + r.out());
        }
      }
    }
    // The audit's case: Guilin's logistics-cost support, owed by four departments.
    var r = run("evaluate", "-j", "guilin", "-s", EXAMPLES.resolve("guilin.json").toString());
    assertTrue(cells(r.out()).contains("市交通运输局, 市商务局"), r.out());
  }

  @Test
  void a_measure_id_is_never_cut_inside_a_word() {
    var r = run("evaluate", "-j", "zhanjiang", "-s", EXAMPLES.resolve("zhanjiang.json").toString());
    assertEquals(0, r.exit(), r.err());
    List<String> cells = cells(r.out());
    assertFalse(r.out().contains("provincial-inno "), r.out());
    // Too long for its column of 36: broken between its dotted parts; one that fits stays whole.
    assertTrue(cells.contains("zhanjiang.tier-award.") && cells.contains("provincial-innovative"), r.out());
    assertTrue(cells.contains("zhanjiang.tier-award.provincial-srdi"), r.out());
    TableAssertions.assertAligned(r.out());
  }
}
