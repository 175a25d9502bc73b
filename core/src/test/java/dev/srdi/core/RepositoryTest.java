package dev.srdi.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the repository promises a newcomer: CI runs exactly the README's test command, and the seeds are shipped. */
final class RepositoryTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void ci_runs_exactly_the_test_command_the_readme_gives() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    var m = Pattern.compile("Run the tests[^`]*```sh\\n([^\\n]+)\\n```").matcher(readme);
    assertTrue(m.find(), "README.md has a 'Run the tests' block with one command");
    String command = m.group(1).trim();
    String ci = Files.readString(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);
    assertTrue(ci.lines().anyMatch(line -> line.trim().equals(command)),
        ".ci/run must call the README's test command verbatim: " + command);
  }

  @Test
  void no_test_is_switched_off_and_no_stub_is_left() throws IOException {
    // Spelled in parts so that this file does not find itself.
    var forbidden = java.util.List.of("@" + "Disabled", "TO" + "DO", "FIX" + "ME", "not " + "implemented");
    try (var files = Files.walk(ROOT)) {
      var offenders = files
          .filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/target/"))
          .filter(p -> {
            try {
              String text = Files.readString(p, StandardCharsets.UTF_8);
              return forbidden.stream().anyMatch(text::contains);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .map(p -> ROOT.relativize(p).toString())
          .sorted()
          .toList();
      assertTrue(offenders.isEmpty(), "skipped tests or stubs in " + offenders);
    }
  }

  @Test
  void the_three_seed_documents_are_in_the_repository() {
    for (String seed : new String[] {"000_753bb4b18f4652ce.txt", "003_4c671a9120ac6c40.txt", "004_901c7209498bc010.txt"}) {
      assertTrue(Files.isRegularFile(ROOT.resolve("seeds").resolve(seed)), seed);
    }
  }
}
