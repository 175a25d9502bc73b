package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

final class HelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"jurisdictions", "measures", "evaluate", "validate", "compare", "whatif", "sweep", "targets",
      "duties", "document", "generate", "demo", "check", "serve"})
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
    for (String command : new String[] {"jurisdictions", "measures", "evaluate", "validate", "compare", "whatif", "sweep",
        "targets", "duties", "document", "generate", "demo", "check", "serve"}) {
      assertTrue(r.out().contains(command), command);
    }
  }

  @Test
  void each_command_is_listed_with_a_whole_sentence_and_its_help_keeps_the_rest() {
    var r = run("--help");
    assertEquals(0, r.exit());
    var listed = r.out().lines().dropWhile(l -> !l.equals("Commands:")).skip(1).takeWhile(l -> !l.isBlank()).toList();
    assertEquals(16, listed.size(), r.out());
    for (String line : listed) {
      String description = line.strip().replaceFirst("^\\S+\\s+", "");
      assertTrue(Character.isUpperCase(description.charAt(0)) && description.endsWith("."),
          "not a whole sentence: " + line);
      assertTrue(!description.endsWith(":") && !description.contains("(no file needed):"), line);
    }
    // The first line reads alone; the details follow it in the command's own help, untouched.
    var targets = run("targets", "--help");
    assertEquals("", targets.err(), "picocli could not format the description");
    assertTrue(targets.out().contains("Reports a jurisdiction's numeric targets against the scenario's portfolio for a year.\n"
        + "Required, reached and gap (70%, ×2, counts plain)"), targets.out());
    var measures = run("measures", "--help");
    assertTrue(measures.out().contains("(id, amount and its kind, citation, funding source"), measures.out());
    for (String command : new String[] {"jurisdictions", "measures", "evaluate", "validate", "compare", "whatif", "sweep",
        "targets", "duties", "document", "generate", "demo", "check", "serve"}) {
      assertEquals("", run(command, "--help").err(), command);
    }
  }
}
