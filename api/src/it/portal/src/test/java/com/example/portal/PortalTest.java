package com.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.api.Scope;
import dev.srdi.api.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The portal, built on its own against srdi-api and the cities: the examples evaluate as the golden files say. */
final class PortalTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("srdi.examples"));

  @Test
  void every_city_loads_and_nothing_of_the_command_is_on_the_class_path() {
    assertEquals(List.of("guilin", "xiangxiang", "zhanjiang"),
        Portal.srdi().jurisdictions().stream().map(j -> j.id().value()).toList());
    assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.srdi.cli.main.Main"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("picocli.CommandLine"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("com.google.inject.Guice"));
  }

  @Test
  void each_example_evaluates_to_its_golden_output() throws Exception {
    for (String city : List.of("guilin", "xiangxiang", "zhanjiang")) {
      String scenario = read(city + ".json");
      assertEquals(read(city + ".evaluate.json"), Portal.evaluate(city, scenario), city);
    }
  }

  @Test
  void a_what_if_on_guilins_growth_rate_reads_a_bare_number_in_permille_and_costs_more() throws Exception {
    var answer = Json.mapper().readTree(Portal.whatIf("guilin", read("guilin.json"), "guilin.growth-award.rate", "5"));
    assertEquals("5‰", answer.get("overrides").get(0).get("value").asText());
    assertEquals("3‰", answer.get("overrides").get(0).get("replaced").asText());
    assertTrue(answer.get("total").get("difference").asText().matches("[1-9][0-9]*\\.[0-9]{2}"), answer.toString());
  }

  @Test
  void bad_input_is_a_problem_with_a_code() throws Exception {
    assertEquals("unknown-jurisdiction", Portal.evaluate("atlantis", read("guilin.json")).split(":")[0]);
    assertTrue(Portal.evaluate("guilin", "{\"schema\": \"srdi-scenario/1\"}").startsWith("invalid-input: "));
    assertTrue(Portal.srdi().readScenario(null).isLeft());
    assertTrue(Portal.srdi().evaluate("guilin", Portal.srdi().readScenario(read("guilin.json")).get(),
        Scope.EVERY_ENTERPRISE).isRight());
  }

  private static String read(String name) throws Exception {
    return Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
  }
}
