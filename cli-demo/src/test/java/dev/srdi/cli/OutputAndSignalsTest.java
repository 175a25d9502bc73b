package dev.srdi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.api.json.Json;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as a separate process, as a shell runs it: a full disk and a closed pipe are exit 1 and
 * stop the run, and a signal leaves only whole lines with a summary that counts them. The waits are
 * generous bounds against a hang, not timings.
 */
final class OutputAndSignalsTest {
  private static final long BOUND_SECONDS = 60;

  private static ProcessBuilder srdi(String... args) {
    var command = new ArrayList<String>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.srdi.cli.main.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void a_full_disk_is_exit_1_with_a_message_not_a_silent_success(@TempDir Path dir) throws Exception {
    Path err = dir.resolve("err.txt");
    Process p = srdi("generate", "--enterprises", "20000", "--seed", "1")
        .redirectOutput(new File("/dev/full")).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(BOUND_SECONDS, TimeUnit.SECONDS), "generate into /dev/full did not stop");
    assertEquals(1, p.exitValue(), read(err));
    assertTrue(read(err).contains("cannot write the output"), read(err));
  }

  @Test
  void a_closed_pipe_stops_a_long_run_promptly_with_exit_1(@TempDir Path dir) throws Exception {
    Path err = dir.resolve("err.txt");
    Process p = srdi("generate", "--enterprises", "5000000", "--seed", "1").redirectError(err.toFile()).start();
    try (var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertTrue(out.readLine().startsWith("{"));
    }
    assertTrue(p.waitFor(BOUND_SECONDS, TimeUnit.SECONDS), "generate kept running after its reader went away");
    assertEquals(1, p.exitValue(), read(err));
  }

  @Test
  void a_signal_during_a_json_lines_run_leaves_whole_lines_and_a_summary_that_counts_them(@TempDir Path dir)
      throws Exception {
    Path portfolio = dir.resolve("portfolio.jsonl");
    Process generate = srdi("generate", "--enterprises", "60000", "--seed", "7").redirectOutput(portfolio.toFile())
        .start();
    assertTrue(generate.waitFor(BOUND_SECONDS, TimeUnit.SECONDS));
    Path out = dir.resolve("out.jsonl");
    Path err = dir.resolve("err.txt");
    Process p = srdi("evaluate", "-j", "guilin", "-s", portfolio.toString(), "--as-of", "2025-12-31", "-f", "json",
        "--all-enterprises").redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
    while (Files.size(out) < 200_000 && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(p.isAlive(), "the run ended before the signal: make the portfolio larger");
    p.destroy(); // SIGTERM
    assertTrue(p.waitFor(BOUND_SECONDS, TimeUnit.SECONDS));

    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertTrue(read(out).endsWith("\n"), "the last line is cut");
    for (String line : lines) {
      assertTrue(Json.mapper().readTree(line).has("id"), line);
    }
    Matcher written = Pattern.compile("interrupted: (\\d+) line\\(s\\) written").matcher(read(err));
    assertTrue(written.find(), read(err));
    assertEquals(lines.size(), Integer.parseInt(written.group(1)), read(err));
    assertTrue(read(err).contains("\"lines\":" + lines.size()), read(err));
  }
}
