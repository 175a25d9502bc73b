package dev.srdi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  /**
   * Consecutive tables are set apart: between the end of one table and the start of the next there is
   * a blank line (titles and notes may stand between them too), and never two blank lines in a row.
   * Two borders in a row are one table touching the next, as {@link Cli#tables} reads them.
   */
  static void assertSeparated(String text) {
    String[] lines = text.split("\n", -1);
    int lastTableLine = -1;
    for (int i = 0; i < lines.length; i++) {
      boolean tableLine = lines[i].startsWith("+") || lines[i].startsWith("|");
      boolean previousIsTable = i > 0 && (lines[i - 1].startsWith("+") || lines[i - 1].startsWith("|"));
      boolean touching = i > 0 && lines[i].startsWith("+") && lines[i - 1].startsWith("+");
      if (tableLine && lastTableLine >= 0 && (!previousIsTable || touching)) {
        long blanks = java.util.Arrays.stream(lines, lastTableLine + 1, i).filter(String::isBlank).count();
        int at = i;
        assertTrue(blanks >= 1, () -> "tables not set apart by a blank line at line " + (at + 1) + ":\n"
            + String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, at - 6), Math.min(lines.length, at + 3))));
      }
      if (tableLine) {
        lastTableLine = i;
      }
    }
    assertFalse(text.contains("\n\n\n"), () -> "two blank lines in a row in:\n" + text);
  }
}
