package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from a scenario never reaches the terminal as control characters, and errors stay one a line. */
final class OutputSafetyTest {

  private static boolean hasRawControls(String text) {
    return text.chars().anyMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
  }

  @Test
  void an_enterprise_named_with_escape_codes_and_a_bidi_override_prints_them_visibly(@TempDir Path dir) {
    Path file = Cli.write(dir, "hostile.json", """
        {"schema": "srdi-scenario/1", "asOf": "2025-12-31", "enterprises": [
          {"id": "E\\u001b[2J1", "name": "Evil\\u202eCo\\u001b]0;owned\\u0007",
           "recognitions": [{"title": "SRDI_SME", "level": "PROVINCIAL", "date": "2023-06-30"}]}]}
        """);
    var r = run("evaluate", "-j", "testland", "-s", file.toString(), "--all-enterprises");
    assertEquals(0, r.exit(), r.err());
    assertFalse(hasRawControls(r.out()), r.out());
    assertTrue(r.out().contains("E\\x1B[2J1"), r.out());
  }

  @Test
  void an_enum_value_holding_a_line_break_cannot_forge_an_error_line(@TempDir Path dir) {
    Path file = Cli.write(dir, "forged.json", """
        {"schema": "srdi-scenario/1", "asOf": "2025-12-31", "enterprises": [
          {"id": "A", "industry": "MINING\\nenterprises[9].id: forged error (line 99)",
           "recognitions": [{"title": "SRDI_SME", "level": "CITY", "date": "2023-01-01", "kind": "AGAIN"}]}]}
        """);
    var r = run("validate", "-s", file.toString());
    assertEquals(2, r.exit());
    assertFalse(hasRawControls(r.err()), r.err());
    assertTrue(r.err().lines().noneMatch(l -> l.startsWith("  enterprises[9]")), r.err());
    assertTrue(r.err().contains("MINING\\x0Aenterprises[9].id"), r.err());
  }
}
