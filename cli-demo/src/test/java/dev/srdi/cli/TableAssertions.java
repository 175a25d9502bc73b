package dev.srdi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.srdi.cli.text.DisplayWidth;
import java.util.List;

/** Checks that tables stay aligned for people: every line of a table has the same display width. */
final class TableAssertions {
  private TableAssertions() {}

  static void assertAligned(String text) {
    List<List<String>> tables = Cli.tables(text);
    assertFalse(tables.isEmpty(), "expected at least one table in:\n" + text);
    for (List<String> table : tables) {
      int width = DisplayWidth.of(table.get(0));
      for (String line : table) {
        assertEquals(width, DisplayWidth.of(line), () -> "misaligned line in table:\n" + String.join("\n", table)
            + "\nline: " + line);
      }
    }
  }
}
