package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.api.Srdi;
import java.util.List;
import org.junit.jupiter.api.Test;

final class DemoCommandTest {

  @Test
  void the_demo_shows_one_screen_per_loaded_city_and_never_fails() {
    var r = run("demo");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("测试市 Testland (testland)"), r.out());
    for (String part : new String[] {"1. The firm climbs the ladder", "2. What it earns", "3. What if", "4. Targets"}) {
      assertTrue(r.out().contains(part), part);
    }
    String testland = r.out().substring(r.out().indexOf("测试市 Testland (testland)"));
    int next = testland.indexOf("\n=====", testland.indexOf("\n=====") + 1);
    String screen = next < 0 ? testland : testland.substring(0, next);
    assertFalse(screen.contains("could not be shown"), screen);
    TableAssertions.assertAligned(r.out());
  }

  @Test
  void the_screens_follow_the_facades_cities_the_shipped_ones_in_their_order() {
    var out = run("demo").out();
    List<Integer> at = Srdi.load().jurisdictions().stream()
        .map(j -> out.indexOf("\n" + j.nameZh() + " " + j.nameEn() + " (" + j.id() + ")\n")).toList();

    assertFalse(at.contains(-1), "a loaded city has no screen: " + at);
    assertEquals(at.stream().sorted().toList(), at, "screens out of the facade's order");
    assertTrue(out.indexOf("(guilin)\n") < out.indexOf("(xiangxiang)\n")
        && out.indexOf("(xiangxiang)\n") < out.indexOf("(zhanjiang)\n"), "the shipped cities keep their order");
  }

  @Test
  void the_demo_shows_awards_with_their_clauses_and_a_what_if_that_changes_something() {
    var r = run("demo");
    assertTrue(r.out().contains("“给予10万元奖励”"), "citations are shown");
    assertTrue(r.out().contains("+250,000.00"), "the what-if raises the largest award's cap by half");
    assertEquals(r.out(), run("demo").out(), "the demo is deterministic");
  }
}
