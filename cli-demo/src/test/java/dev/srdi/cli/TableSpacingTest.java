package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables printed one after another are set apart by one blank line, in every command and in the demo. */
final class TableSpacingTest {
  private static final Path EXAMPLES = Path.of("..", "seeds", "examples");

  @Test
  void every_table_output_sets_consecutive_tables_apart() {
    for (String city : new String[] {"guilin", "zhanjiang", "xiangxiang"}) {
      String scenario = EXAMPLES.resolve(city + ".json").toString();
      for (String[] args : List.of(new String[] {"evaluate", "-j", city, "-s", scenario},
          new String[] {"measures", "-j", city}, new String[] {"duties", "-j", city, "--month", "2025-03"},
          new String[] {"whatif", "-j", city, "-s", scenario}, new String[] {"targets", "-j", city, "-s", scenario,
              "--year", "2025"})) {
        var r = run(args);
        assertEquals(0, r.exit(), r.err());
        TableAssertions.assertSeparated(r.out());
        TableAssertions.assertAligned(r.out());
      }
    }
    var testland = run("evaluate", "-j", "testland", "-s", Cli.scenario("testland.json"));
    assertTrue(Cli.tables(testland.out()).size() >= 3, testland.out());
    TableAssertions.assertSeparated(testland.out());
  }

  @Test
  void the_demo_reads_with_its_tables_apart() {
    var r = run("demo");
    assertEquals(0, r.exit(), r.err());
    TableAssertions.assertSeparated(r.out());
    TableAssertions.assertAligned(r.out());
  }

  @Test
  void two_tables_that_touch_are_caught() {
    String touching = "+---+\n| a |\n+---+\n+---+\n| b |\n+---+\n";
    assertThrowsAssertion(() -> TableAssertions.assertSeparated(touching));
    TableAssertions.assertSeparated("+---+\n| a |\n+---+\n\nTitle\n+---+\n| b |\n+---+\n");
  }

  private static void assertThrowsAssertion(Runnable r) {
    try {
      r.run();
    } catch (AssertionError expected) {
      return;
    }
    throw new AssertionError("expected the check to fail");
  }
}
