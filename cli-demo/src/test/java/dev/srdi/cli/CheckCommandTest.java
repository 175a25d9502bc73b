package dev.srdi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code srdi check}: the policy linter on the three cities, and what-if aware. */
final class CheckCommandTest {

  private static List<String> codes(String json, String city) throws Exception {
    JsonNode root = Json.mapper().readTree(json);
    var out = new ArrayList<String>();
    for (JsonNode j : root.get("jurisdictions")) {
      if (j.get("jurisdiction").asText().equals(city)) {
        j.get("findings").forEach(f -> out.add(f.get("severity").asText() + " " + f.get("code").asText() + " "
            + f.get("subject").asText()));
      }
    }
    return out;
  }

  @Test
  void guilins_growth_cap_never_binds_at_three_permille_and_binds_at_six() throws Exception {
    Cli.Run text = Cli.run("check", "-j", "guilin", "-f", "json", "--sample", "20");
    Cli.Run sixPermille = Cli.run("check", "-j", "guilin", "-f", "json", "--sample", "20",
        "--set", "guilin.growth-award.rate=6‰");

    assertEquals(0, text.exit(), text.err());
    assertTrue(codes(text.out(), "guilin").contains("WARNING cap-never-binds guilin.growth-award"), text.out());
    assertTrue(text.out().contains("from 5.001‰"), text.out());
    assertFalse(codes(sixPermille.out(), "guilin").contains("WARNING cap-never-binds guilin.growth-award"));
    assertTrue(codes(sixPermille.out(), "guilin").contains("INFO cap-binds guilin.growth-award"), sixPermille.out());
    assertTrue(sixPermille.out().contains("binds from an increase of 83333333.34 yuan"), sixPermille.out());
    assertTrue(codes(sixPermille.out(), "guilin").contains("INFO what-if-value guilin.growth-award.rate"));
  }

  @Test
  void the_sample_has_the_histories_that_turn_guilins_and_hunans_little_giant_switches() throws Exception {
    // A little giant before a city-level SRDI recognition (Guilin 二、（三）), and the city- and provincial-level
    // little giants Hunan names (Xiangxiang): without them in the generated sample both switches looked dead.
    for (String city : List.of("guilin", "xiangxiang")) {
      List<String> dead = codes(Cli.run("check", "-j", city, "-f", "json").out(), city).stream()
          .filter(c -> c.contains(" dead-switch ")).toList();
      assertFalse(dead.contains("WARNING dead-switch guilin.first-city-srdi-award.earlier-title"), dead.toString());
      assertFalse(dead.contains("WARNING dead-switch xiangxiang.hunan-little-giant-names"), dead.toString());
    }
  }

  @Test
  void the_three_cities_have_no_error_so_strict_mode_passes_on_them() {
    for (String city : List.of("guilin", "zhanjiang", "xiangxiang")) {
      Cli.Run run = Cli.run("check", "-j", city, "--strict", "--sample", "20");

      assertEquals(0, run.exit(), run.out() + run.err());
      assertTrue(run.out().contains("(" + city + "): 0 errors"), run.out());
    }
  }

  @Test
  void strict_mode_exits_1_on_an_error_and_prints_the_findings_all_the_same() {
    Cli.Run lenient = Cli.run("check", "-j", "testland", "--sample", "0");
    Cli.Run strict = Cli.run("check", "-j", "testland", "--sample", "0", "--strict");

    assertEquals(0, lenient.exit(), lenient.err());
    assertTrue(lenient.out().contains("ERROR"), lenient.out());
    assertEquals(1, strict.exit(), strict.err());
    assertEquals(lenient.out(), strict.out());
  }

  @Test
  void a_what_if_value_is_information_and_not_an_error() {
    Cli.Run changed = Cli.run("check", "-j", "guilin", "--strict", "--sample", "0", "--set", "guilin.growth-award.cap=1");

    assertEquals(0, changed.exit(), changed.err());
    assertTrue(changed.out().contains("what-if-value"), changed.out());
  }

  @Test
  void a_bad_override_is_a_usage_error_with_the_nearest_name() {
    Cli.Run bad = Cli.run("check", "-j", "guilin", "--set", "guilin.growth-award.rat=6");

    assertEquals(2, bad.exit());
    assertEquals("", bad.out());
    assertTrue(bad.err().contains("did you mean guilin.growth-award.rate?"), bad.err());
  }
}
