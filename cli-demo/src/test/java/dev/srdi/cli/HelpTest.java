package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

final class HelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"jurisdictions", "measures", "evaluate", "validate", "compare", "whatif", "targets", "duties",
      "generate", "demo"})
  void every_command_explains_itself_with_help(String command) {
    var r = run(command, "--help");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Usage: srdi " + command), r.out());
  }

  @Test
  void no_command_or_an_unknown_one_exits_2_with_nothing_on_stdout() {
    var none = run();
    assertEquals(2, none.exit());
    assertEquals("", none.out());
    assertTrue(none.err().contains("Usage: srdi"), none.err());

    var unknown = run("frobnicate");
    assertEquals(2, unknown.exit());
    assertEquals("", unknown.out());
  }

  @Test
  void top_level_help_lists_every_command() {
    var r = run("--help");
    assertEquals(0, r.exit());
    for (String command : new String[] {"jurisdictions", "measures", "evaluate", "validate", "compare", "whatif",
        "targets", "duties", "generate", "demo"}) {
      assertTrue(r.out().contains(command), command);
    }
  }
}
