package dev.srdi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.spi.LoadFailure;
import dev.srdi.jurisdictions.guilin.Guilin;
import dev.srdi.testland.Testland;
import io.vavr.control.Either;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A deployment with a clashing or no usable plugin: the facade loads and answers with a Problem, never an exception. */
final class FacadeLoadingTest {
  private static final String SCENARIO = """
      {"schema": "srdi-scenario/1", "asOf": "2025-12-31", "enterprises": [{"id": "A"}]}
      """;

  @Test
  void two_plugins_of_one_id_are_both_refused_by_that_id_and_the_other_cities_answer() {
    Srdi srdi = Srdi.of(List.of(new Testland(), new FaultyCity(), new Guilin()));
    assertEquals(List.of("guilin"), ids(srdi));
    assertEquals(List.of("dev.srdi.api.FaultyCity", "dev.srdi.testland.Testland"),
        srdi.loadFailures().stream().map(LoadFailure::provider).toList());
    Problem clash = srdi.jurisdiction("testland").getLeft();
    assertEquals("jurisdiction-not-loaded", clash.code());
    assertEquals("jurisdiction 'testland' failed to load: more than one plugin has the id 'testland'"
        + " (dev.srdi.api.FaultyCity and dev.srdi.testland.Testland); each is left out: remove all but one", clash.message());
    Scenario scenario = srdi.readScenario(SCENARIO).get();
    assertEquals("jurisdiction-not-loaded", srdi.evaluate("testland", scenario, Scope.EVERY_ENTERPRISE).getLeft().code());
    assertTrue(srdi.evaluate("guilin", scenario, Scope.EVERY_ENTERPRISE).isRight());
    assertEquals(List.of("guilin"), srdi.compare(scenario).get().jurisdictions().stream().map(j -> j.id().value()).toList());
  }

  @Test
  void service_loading_refuses_a_clash_found_on_the_class_path_and_loads_the_other_cities() {
    Srdi srdi = withContextLoader(new URLClassLoader(new URL[] {resource("/loading/twin/")},
        FacadeLoadingTest.class.getClassLoader()), Srdi::load);
    List<String> ids = ids(srdi);
    assertFalse(ids.contains("testland"), ids.toString());
    assertEquals(List.of("guilin", "xiangxiang", "zhanjiang"), ids);
    Problem clash = srdi.jurisdiction("testland").getLeft();
    assertEquals(new Problem.JurisdictionNotLoaded("testland", "more than one plugin has the id 'testland'"
        + " (dev.srdi.api.TestlandTwin and dev.srdi.testland.Testland); each is left out: remove all but one"), clash);
  }

  @Test
  void with_no_plugin_on_the_class_path_the_facade_loads_and_every_question_is_a_problem() {
    Srdi srdi = withContextLoader(new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader()), Srdi::load);
    assertEquals(List.of(), srdi.jurisdictions());
    assertEquals(List.of(), srdi.loadFailures());
    Problem none = new Problem.NoJurisdictionLoaded(List.of());
    assertEquals("no-jurisdiction-loaded", none.code());
    assertEquals("no jurisdiction is loaded: no jurisdiction plugin was found", none.message());
    everyQuestion(srdi).forEach(answer -> assertEquals(none, answer.getLeft()));
  }

  @Test
  void when_every_plugin_is_refused_the_problem_lists_them_and_their_own_id_says_why() {
    Srdi srdi = Srdi.of(List.of(new Testland(), new FaultyCity()));
    assertEquals(List.of(), srdi.jurisdictions());
    for (Either<Problem, ?> answer : everyQuestion(srdi)) {
      Problem problem = answer.getLeft();
      assertEquals("no-jurisdiction-loaded", problem.code());
      assertEquals(2, ((Problem.NoJurisdictionLoaded) problem).failures().size(), problem.message());
      assertTrue(problem.message().startsWith("no jurisdiction is loaded; these plugins failed to load: testland"
          + " (dev.srdi.api.FaultyCity): more than one plugin has the id 'testland'"), problem.message());
    }
    assertEquals("jurisdiction-not-loaded", srdi.jurisdiction("testland").getLeft().code());
  }

  /** Every question the facade answers about a jurisdiction or about all of them, asked of "guilin". */
  private static List<Either<Problem, ?>> everyQuestion(Srdi srdi) {
    Scenario scenario = srdi.readScenario(SCENARIO).get();
    var enterprise = scenario.enterprises().get(0);
    return List.of(
        srdi.jurisdiction("guilin"),
        srdi.catalogue("guilin"),
        srdi.document("guilin"),
        srdi.duties("guilin", Optional.of(YearMonth.of(2025, 1))),
        srdi.evaluate("guilin", scenario, Scope.OWN_ENTERPRISES),
        srdi.evaluate("guilin", enterprise, scenario.asOf().orElseThrow()),
        srdi.evaluate("guilin", List.of(enterprise).stream(), scenario.asOf().orElseThrow()),
        srdi.nearMisses("guilin", scenario, Scope.OWN_ENTERPRISES, java.math.BigDecimal.TEN),
        srdi.whatIf("guilin", scenario, Overrides.none(), Scope.OWN_ENTERPRISES),
        srdi.whatIf(scenario, Reform.none()),
        srdi.sweep(scenario, Reform.none(), SweepAxis.interpretation("guilin.x", List.of("a", "b"))),
        srdi.compare(scenario),
        srdi.targets("guilin", scenario, 2025, Scope.OWN_ENTERPRISES));
  }

  private static List<String> ids(Srdi srdi) {
    return srdi.jurisdictions().stream().map(Jurisdiction::id).map(id -> id.value()).toList();
  }

  private static URL resource(String folder) {
    return Objects.requireNonNull(FacadeLoadingTest.class.getResource(folder), folder);
  }

  private static Srdi withContextLoader(ClassLoader loader, Supplier<Srdi> load) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return load.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
