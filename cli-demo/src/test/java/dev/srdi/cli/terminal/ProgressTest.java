package dev.srdi.cli.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bar: count, total, rate and time left when the total is known; count and rate when it is not; nothing when not shown. */
final class ProgressTest {
  @Test
  void a_known_total_shows_the_count_the_rate_and_the_time_left() {
    var bytes = new ByteArrayOutputStream();
    try (var out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      try (Progress p = Progress.to(out, "sweep", "points", 10, 100)) {
        for (int i = 1; i <= 4; i++) {
          p.done(i, 10);
        }
      }
    }
    String drawn = bytes.toString(StandardCharsets.UTF_8);
    String last = drawn.substring(drawn.lastIndexOf('\r') + 1);
    assertTrue(last.startsWith("sweep"), last);
    assertTrue(last.contains("4/10 points"), "the count of the total: " + last);
    assertTrue(last.contains("points/s"), "the rate: " + last);
    assertTrue(last.matches("(?s).*\\(\\d+:\\d\\d:\\d\\d / \\d+:\\d\\d:\\d\\d\\).*"), "elapsed / time left: " + last);
    assertTrue(drawn.endsWith("\n"), "the bar's line is ended when it closes");
    for (String line : drawn.split("[\r\n]")) {
      assertTrue(line.length() <= 100, "no wider than asked: " + line);
    }
  }

  @Test
  void an_unknown_total_shows_the_count_and_the_rate_and_a_late_total_is_taken() {
    var bytes = new ByteArrayOutputStream();
    try (var out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      try (Progress p = Progress.to(out, "read", "records", -1, 100)) {
        p.done(7, -1);
      }
    }
    String drawn = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(drawn.contains("7/? records"), "the count, the total unknown: " + drawn);
    assertTrue(drawn.contains("records/s"), drawn);
    var late = new ByteArrayOutputStream();
    try (var out = new PrintStream(late, true, StandardCharsets.UTF_8)) {
      try (Progress p = Progress.to(out, "sweep", "points", -1, 100)) {
        p.done(3, 6);
      }
    }
    assertTrue(late.toString(StandardCharsets.UTF_8).contains("3/6 points"), late.toString(StandardCharsets.UTF_8));
  }

  @Test
  void when_stderr_is_not_a_terminal_nothing_is_drawn() {
    // The tests' stderr is a pipe to the build, never a terminal.
    assertEquals(false, Terminals.stderrIsTerminal());
    Progress p = Progress.onStderr("sweep", "points", 10);
    assertTrue(p == Progress.NONE, "no bar when stderr is not a terminal");
    p.done(5, 10);
    p.close();
  }
}
