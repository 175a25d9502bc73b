package dev.srdi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.parameter.Overrides;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

final class SrdiTest {
  private static final Srdi SRDI = Srdi.load();
  private static final String SCENARIO = """
      {"schema": "srdi-scenario/1", "asOf": "2025-12-31",
       "enterprises": [
         {"id": "A", "recognitions": [{"title": "SRDI_SME", "level": "PROVINCIAL", "date": "2023-06-30"},
                                      {"title": "LITTLE_GIANT", "level": "NATIONAL", "date": "2024-07-01"}]},
         {"id": "B", "achievements": [{"type": "CLOUD_ADOPTION", "date": "2024-02-01", "investment": 1000000}]}]}
      """;

  private static Scenario scenario() {
    return SRDI.readScenario(SCENARIO).get();
  }

  @Test
  void errors_are_values_never_exceptions() {
    assertEquals("unknown jurisdiction 'atlantis'", SRDI.evaluate("atlantis", scenario()).getLeft().split(";")[0]);
    var noDate = SRDI.readScenario("{\"schema\": \"srdi-scenario/1\", \"enterprises\": []}").get();
    assertTrue(SRDI.evaluate("testland", noDate).getLeft().contains("asOf"));
    var errors = SRDI.whatIf("testland", scenario(), Overrides.none().withParameter("testland.x", "1")
        .withInterpretation("testland.y", "z")).getLeft();
    assertEquals(2, errors.size(), errors.toString());
  }

  @Test
  void evaluate_compare_what_if_and_targets_agree() {
    assertEquals("600000.00", SRDI.evaluate("testland", scenario()).get().summary().total().toFenString());
    Comparison compared = SRDI.compare(scenario()).get();
    int testland = compared.jurisdictions().stream().map(j -> j.value()).toList().indexOf("testland");
    assertEquals("600000.00", compared.total(testland).toFenString());
    var whatIf = SRDI.whatIf("testland", scenario(), Overrides.none().withParameter("testland.cloud-subsidy.cap", "50000"))
        .get();
    assertEquals("-50000.00", whatIf.totalDifference().toFenString());
    assertEquals("1", SRDI.targets("testland", scenario(), 2025).get().get(0).reached().get().toPlainString());
  }

  @Test
  void one_facade_serves_many_threads_with_the_same_answer() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      var tasks = new ArrayList<Callable<String>>();
      for (int i = 0; i < 64; i++) {
        tasks.add(() -> SRDI.toJson(SRDI.evaluate("testland", SRDI.readScenario(SCENARIO).get()).get()));
      }
      var answers = new HashSet<String>();
      for (Future<String> f : pool.invokeAll(tasks)) {
        answers.add(f.get());
      }
      assertEquals(1, answers.size());
    } finally {
      pool.shutdown();
    }
  }
}
