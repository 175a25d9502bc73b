package dev.srdi.archetype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The city the invoker generated from this archetype and built outside the repository (src/it/new-city), on
 * the command's class path beside the three shipped cities: {@code srdi evaluate} pays its example award and
 * {@code srdi compare} gives it a column and {@code srdi check --strict} passes, in a JVM of its own, as a
 * user would run it.
 */
final class NewCityIT {
  private static final Path CITY = Path.of(System.getProperty("srdi.new-city", "target/it/new-city/srdi-sample"));
  private static final Path SCENARIO = CITY.resolve("src/test/resources/cases/sample.json");

  @Test
  void the_generated_city_ran_the_kit_on_its_packaged_jar() throws IOException {
    assertTrue(Files.readString(CITY.resolve("target/failsafe-reports/failsafe-summary.xml"))
        .contains("<completed>1</completed>"), "the packaged-jar check ran once");
    try (Stream<Path> reports = Files.list(CITY.resolve("target/surefire-reports"))) {
      List<String> kit = reports.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
      assertEquals(List.of("dev.srdi.jurisdictions.sample.SampleContractProperties.txt",
          "dev.srdi.jurisdictions.sample.SampleExampleCasesTest.txt", "dev.srdi.jurisdictions.sample.SamplePolicyCheckTest.txt",
          "dev.srdi.jurisdictions.sample.SampleTablesTest.txt"), kit);
    }
  }

  @Test
  void srdi_evaluate_pays_the_new_citys_example_award() throws Exception {
    String out = srdi("evaluate", "--jurisdiction", "sample", "--scenario", SCENARIO.toString(), "--format", "json");

    assertTrue(out.contains("\"sample.first-award\""), out);
    assertTrue(out.contains("100000.00"), out);
  }

  @Test
  void srdi_compare_puts_the_new_city_beside_the_shipped_ones() throws Exception {
    String out = srdi("compare", "--scenario", SCENARIO.toString());

    for (String city : List.of("Zhanjiang", "Xiangxiang", "Guilin", "示例市 Sample")) {
      assertTrue(out.contains(city), city + " has no column in\n" + out);
    }
  }

  @Test
  void srdi_check_finds_no_error_in_the_new_city() throws Exception {
    String out = srdi("check", "-j", "sample", "--strict", "--sample", "50");

    assertTrue(out.contains("示例市 Sample (sample): 0 errors"), out);
  }

  /** The command, with the city's jar (not its classes folder) after the test class path, which holds the CLI. */
  private static String srdi(String... args) throws Exception {
    Path jar;
    try (Stream<Path> jars = Files.list(CITY.resolve("target"))) {
      jar = jars.filter(p -> p.getFileName().toString().matches("srdi-sample-[0-9.]+(-SNAPSHOT)?\\.jar"))
          .findFirst().orElseThrow(() -> new AssertionError("no jar in " + CITY.resolve("target")));
    }
    var command = new ArrayList<String>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path") + File.pathSeparator + jar, "dev.srdi.cli.main.Main"));
    command.addAll(List.of(args));
    Path log = Files.createTempFile("srdi", ".out");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "srdi " + String.join(" ", args) + " did not finish");
    String out = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    assertEquals(0, process.exitValue(), out);
    return out;
  }
}
