package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.Json;
import dev.srdi.core.facts.AchievementAttribute;
import dev.srdi.core.facts.AchievementTypeDeclaration;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class GenerateCommandTest {

  @Test
  void the_same_seed_gives_the_same_bytes_and_another_seed_another_portfolio() {
    var first = run("generate", "--enterprises", "50", "--seed", "7");
    assertEquals(0, first.exit(), first.err());
    assertEquals(50, first.out().lines().count());
    assertEquals(first.out(), run("generate", "--enterprises", "50", "--seed", "7").out());
    assertNotEquals(first.out(), run("generate", "--enterprises", "50", "--seed", "8").out());
  }

  @Test
  void the_portfolio_spreads_over_every_loaded_city_and_validates(@TempDir Path dir) throws Exception {
    var r = run("generate", "-n", "300", "--seed", "3");
    Set<String> cities = new HashSet<>();
    Set<String> titles = new HashSet<>();
    Set<String> kinds = new HashSet<>();
    for (String line : r.out().lines().toList()) {
      JsonNode e = Json.mapper().readTree(line);
      cities.add(e.get("jurisdiction").asText());
      e.get("recognitions").forEach(rec -> {
        titles.add(rec.get("title").asText());
        kinds.add(rec.get("kind").asText());
        int year = Integer.parseInt(rec.get("date").asText().substring(0, 4));
        assertTrue(year >= 2021 && year <= 2025, rec.toString());
      });
      assertTrue(e.get("financials").size() >= 2, "multi-year financials");
    }
    // Every loaded city, the test's Testland too: the generator asks the facade, it has no list of its own.
    assertEquals(Srdi.load().jurisdictions().stream().map(j -> j.id().value()).collect(Collectors.toSet()), cities);
    assertTrue(cities.containsAll(List.of("zhanjiang", "xiangxiang", "guilin", "testland")), cities.toString());
    assertTrue(titles.containsAll(List.of("INNOVATIVE_SME", "SRDI_SME", "LITTLE_GIANT")), titles.toString());
    assertEquals(Set.of("NEW", "RENEWAL"), kinds);
    Path file = Cli.write(dir, "g.jsonl", r.out());
    var validated = run("validate", "-s", file.toString());
    assertEquals(0, validated.exit(), validated.err());
  }

  @Test
  void some_firms_have_the_histories_the_switches_turn_on() throws Exception {
    boolean giantBeforeCitySrdi = false;
    boolean localGiant = false;
    boolean lapsedRenewal = false;
    for (String line : run("generate", "-n", "400", "--seed", "11").out().lines().toList()) {
      List<JsonNode> recognitions = new java.util.ArrayList<>();
      Json.mapper().readTree(line).get("recognitions").forEach(recognitions::add);
      for (JsonNode r : recognitions) {
        String title = r.get("title").asText();
        String level = r.get("level").asText();
        java.time.LocalDate day = java.time.LocalDate.parse(r.get("date").asText());
        localGiant |= title.equals("LITTLE_GIANT") && !level.equals("NATIONAL");
        giantBeforeCitySrdi |= title.equals("SRDI_SME") && level.equals("CITY") && recognitions.stream().anyMatch(o ->
            o.get("title").asText().equals("LITTLE_GIANT") && java.time.LocalDate.parse(o.get("date").asText()).isBefore(day));
        lapsedRenewal |= r.get("kind").asText().equals("RENEWAL") && recognitions.stream().noneMatch(o ->
            o.get("title").asText().equals(title) && o.get("level").asText().equals(level)
                && java.time.LocalDate.parse(o.get("date").asText()).plusYears(3).equals(day));
      }
    }
    assertTrue(giantBeforeCitySrdi, "a little giant before a city-level SRDI recognition");
    assertTrue(localGiant, "a city- or provincial-level little giant");
    assertTrue(lapsedRenewal, "a renewal after a gap");
  }

  @Test
  void achievements_are_only_of_declared_types_with_their_declared_attributes() throws Exception {
    Map<String, Set<AchievementAttribute>> declared = new HashMap<>();
    Srdi.load().jurisdictions().forEach(j -> j.achievementTypes().forEach((AchievementTypeDeclaration d) ->
        declared.computeIfAbsent(d.type().value(), t -> new HashSet<>()).addAll(d.attributes())));
    var r = run("generate", "-n", "200", "--seed", "5");
    int achievements = 0;
    for (String line : r.out().lines().toList()) {
      for (JsonNode a : Json.mapper().readTree(line).get("achievements")) {
        achievements++;
        String type = a.get("type").asText();
        assertTrue(declared.containsKey(type), type);
        var names = new HashSet<String>();
        a.fieldNames().forEachRemaining(names::add);
        names.removeAll(Set.of("type", "date"));
        for (String name : names) {
          assertTrue(declared.get(type).contains(dev.srdi.api.json.ScenarioReader.attributeNames().get(name)),
              type + " has " + name);
        }
      }
    }
    assertTrue(achievements > 0, "Testland declares two types, so some achievements are drawn");
  }

  @Test
  void a_negative_count_exits_2() {
    var r = run("generate", "-n", "-1");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
  }
}
