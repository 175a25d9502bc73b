package dev.srdi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory named like a scenario is refused in one line before anything is printed (it once printed a table header, then IOException). */
final class DirectoryAsScenarioTest {
  @Test
  void a_directory_named_x_jsonl_is_refused_before_any_output(@TempDir Path dir) throws IOException {
    Path lines = Files.createDirectory(dir.resolve("x.jsonl"));
    Cli.Run r = Cli.run("evaluate", "-j", "guilin", "--as-of", "2025-12-31", "-s", lines.toString());
    assertEquals(ExitCode.INVALID, r.exit(), r.err());
    assertEquals("", r.out());
    assertEquals("srdi: " + lines + ": is a directory, not a scenario file", r.err().strip());
  }

  @Test
  void a_directory_named_x_json_is_refused_by_every_reader(@TempDir Path dir) throws IOException {
    Path document = Files.createDirectory(dir.resolve("x.json"));
    for (String[] args : new String[][] {{"validate"}, {"evaluate", "-j", "guilin"}, {"compare"}}) {
      var all = new java.util.ArrayList<>(java.util.List.of(args));
      all.add("-s");
      all.add(document.toString());
      Cli.Run r = Cli.run(all.toArray(String[]::new));
      assertEquals(ExitCode.INVALID, r.exit(), String.join(" ", args) + ": " + r.err());
      assertEquals("", r.out());
      assertEquals("srdi: " + document + ": is a directory, not a scenario file", r.err().strip());
    }
  }
}
