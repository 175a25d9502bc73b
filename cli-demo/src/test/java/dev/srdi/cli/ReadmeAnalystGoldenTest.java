package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's analyst section, run: each {@code console} block's command (with its {@code | head -n N} or
 * {@code | sed -n A,Bp}) must print the block's text, byte for byte; the chart it writes must equal the one the
 * README shows but for the positions that the installed fonts decide ({@link ChartLayout}); the JSON of the
 * same commands must equal the goldens under {@code seeds/examples/analyst/}.
 */
final class ReadmeAnalystGoldenTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern CONSOLE = Pattern.compile("```console\\n\\$ srdi (.*?)\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern HEAD = Pattern.compile("(.*) \\| head -n ([0-9]+)");
  private static final Pattern SED = Pattern.compile("(.*) \\| sed -n ([0-9]+),([0-9]+)p");
  private static final String WHAT_IF = "whatif -s seeds/examples/portfolio.jsonl --as-of 2025-12-31"
      + " --reform seeds/examples/reforms/guilin-growth-5permille.yaml --budget zhanjiang.fund-1=1000000@2023";
  private static final String SWEEP = "sweep -s seeds/examples/portfolio.jsonl --as-of 2025-12-31"
      + " --set guilin.growth-award.rate=1‰..10‰:1‰";
  private static final String GRID = SWEEP + " --set guilin.growth-award.cap=1万,2万,5万,50万";

  @TempDir Path charts;

  @TestFactory
  Stream<DynamicTest> every_console_block_of_the_readme_prints_what_it_shows() throws IOException {
    String readme = read(ROOT.resolve("README.md"));
    Matcher m = CONSOLE.matcher(readme);
    var tests = new ArrayList<DynamicTest>();
    while (m.find()) {
      String command = m.group(1);
      String shown = m.group(2);
      tests.add(DynamicTest.dynamicTest(command, () -> check(command, shown)));
    }
    assertTrue(tests.size() >= 3, "the analyst section shows a what-if, its budgets and a sweep");
    return tests.stream();
  }

  private void check(String command, String shown) throws IOException {
    int from = 1;
    int to = Integer.MAX_VALUE;
    String args = command;
    Matcher head = HEAD.matcher(command);
    Matcher sed = SED.matcher(command);
    if (head.matches()) {
      args = head.group(1);
      to = Integer.parseInt(head.group(2));
    } else if (sed.matches()) {
      args = sed.group(1);
      from = Integer.parseInt(sed.group(2));
      to = Integer.parseInt(sed.group(3));
    }
    var argv = new ArrayList<String>();
    Path chart = null;
    Path shownChart = null;
    List<String> words = Arrays.asList(args.split(" "));
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (i > 0 && words.get(i - 1).equals("--chart")) {
        shownChart = ROOT.resolve(w);
        chart = charts.resolve(Path.of(w).getFileName());
        argv.add(chart.toString());
      } else {
        argv.add(w.startsWith("seeds/") || w.startsWith("docs/") ? ROOT.resolve(w).toString() : w);
      }
    }
    var r = run(argv.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    String printed = String.join("\n", lines.subList(from - 1, Math.min(to, lines.size()))) + "\n";
    assertEquals(shown, printed, "README shows other output than `srdi " + command + "` prints");
    if (chart != null) {
      // Byte for byte would test the machine's fonts: the positions around the labels come from their widths.
      assertEquals(ChartLayout.of(read(shownChart)), ChartLayout.of(read(chart)),
          shownChart + " is not the chart the command draws now");
    }
  }

  @Test
  void the_reform_the_readme_shows_is_the_example_file() throws IOException {
    String readme = read(ROOT.resolve("README.md"));
    String reform = read(ROOT.resolve("seeds/examples/reforms/guilin-growth-5permille.yaml"));
    assertTrue(readme.contains("```yaml\n" + reform + "```"), "README's reform differs from the example file");
  }

  @Test
  void the_json_of_the_what_if_the_sweep_and_the_grid_are_the_goldens() throws IOException {
    for (var golden : List.of(List.of(WHAT_IF, "portfolio.whatif.json"), List.of(SWEEP, "portfolio.sweep.json"),
        List.of(GRID, "portfolio.sweep-grid.json"))) {
      var argv = new ArrayList<String>();
      for (String w : (golden.get(0) + " -f json").split(" ")) {
        argv.add(w.startsWith("seeds/") ? ROOT.resolve(w).toString() : w);
      }
      var r = run(argv.toArray(String[]::new));
      assertEquals(0, r.exit(), r.err());
      assertEquals(read(ROOT.resolve("seeds/examples/analyst").resolve(golden.get(1))), r.out(),
          "seeds/examples/analyst/" + golden.get(1) + " differs from what srdi " + golden.get(0) + " now says");
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
