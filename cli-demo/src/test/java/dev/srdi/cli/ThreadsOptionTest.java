package dev.srdi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code --threads N} changes no output byte, and a number below 1 is a usage error. */
final class ThreadsOptionTest {
  private static final String PORTFOLIO = "../seeds/examples/portfolio.jsonl";

  private static void sameOnAnyThreads(String... args) {
    var command = new java.util.ArrayList<>(java.util.List.of(args));
    command.add("--threads");
    command.add("1");
    Cli.Run one = Cli.run(command.toArray(String[]::new));
    for (String threads : new String[] {"2", "3"}) {
      command.set(command.size() - 1, threads);
      Cli.Run many = Cli.run(command.toArray(String[]::new));
      assertEquals(one, many, String.join(" ", command));
    }
  }

  @Test
  void evaluate_validate_compare_whatif_and_sweep_write_the_same_bytes_on_any_number_of_threads() {
    for (String format : new String[] {"json", "csv", "table"}) {
      sameOnAnyThreads("evaluate", "-j", "guilin", "-s", PORTFOLIO, "--as-of", "2025-12-31", "-f", format);
    }
    sameOnAnyThreads("validate", "-s", PORTFOLIO, "-f", "json");
    sameOnAnyThreads("compare", "-s", PORTFOLIO, "--as-of", "2025-12-31", "-f", "json");
    sameOnAnyThreads("whatif", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--reform",
        "../seeds/examples/reforms/guilin-growth-5permille.yaml", "-f", "json");
    sameOnAnyThreads("sweep", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--set", "guilin.growth-award.rate=1‰..4‰:1‰",
        "-f", "csv");
  }

  @Test
  void fewer_than_one_thread_is_a_usage_error() {
    Cli.Run r = Cli.run("validate", "-s", PORTFOLIO, "--threads", "0");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("--threads must be from 1 to 256, not 0"), r.err());
  }
}
