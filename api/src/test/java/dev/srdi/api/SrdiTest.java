package dev.srdi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.api.json.AppliedOverride;
import dev.srdi.core.parameter.Overrides;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
    Problem unknown = SRDI.evaluate("atlantis", scenario(), Scope.EVERY_ENTERPRISE).getLeft();
    assertEquals("unknown-jurisdiction", unknown.code());
    assertEquals("unknown jurisdiction 'atlantis'", unknown.message().split(";")[0]);
    var noDate = SRDI.readScenario("{\"schema\": \"srdi-scenario/1\", \"enterprises\": []}").get();
    assertEquals(new Problem.MissingAsOf(), SRDI.evaluate("testland", noDate, Scope.EVERY_ENTERPRISE).getLeft());
    Problem overrides = SRDI.whatIf("testland", scenario(), Overrides.none().withParameter("testland.x", "1")
        .withInterpretation("testland.y", "z"), Scope.EVERY_ENTERPRISE).getLeft();
    assertEquals("invalid-overrides", overrides.code());
    assertEquals(2, ((Problem.InvalidOverrides) overrides).problems().size(), overrides.message());
    assertFalse(overrides.message().contains("--"), overrides.message());
  }

  @Test
  void an_explicit_list_of_jurisdictions_answers_as_the_service_loader_does() {
    Srdi explicit = Srdi.of(List.of(new dev.srdi.testland.Testland()));
    assertEquals(List.of("testland"), explicit.jurisdictions().stream().map(j -> j.id().value()).toList());
    assertEquals(SRDI.evaluate("testland", scenario(), Scope.EVERY_ENTERPRISE).get().toJson(),
        explicit.evaluate("testland", explicit.readScenario(SCENARIO).get(), Scope.EVERY_ENTERPRISE).get().toJson());
  }

  @Test
  void null_is_a_problem_not_an_exception() {
    assertEquals(new Problem.NoInput("scenario"), SRDI.readScenario(null).getLeft());
    assertEquals(new Problem.NoInput("scenario"), SRDI.evaluate("testland", (Scenario) null, Scope.OWN_ENTERPRISES).getLeft());
    assertEquals(new Problem.NoInput("scope"), SRDI.evaluate("testland", scenario(), null).getLeft());
    assertEquals(new Problem.NoInput("jurisdiction id"), SRDI.jurisdiction(null).getLeft());
    assertEquals(new Problem.NoInput("overrides"),
        SRDI.whatIf("testland", scenario(), null, Scope.OWN_ENTERPRISES).getLeft());
  }

  @Test
  void invalid_input_lists_every_error_with_path_and_line() {
    Problem invalid = SRDI.readScenario("{\"schema\": \"srdi-scenario/1\",\n \"enterprises\": [{\"id\": 7}]}").getLeft();
    assertEquals("invalid-input", invalid.code());
    var error = ((Problem.InvalidInput) invalid).errors().get(0);
    assertEquals("enterprises[0].id", error.path());
    assertEquals(Optional.of(2), error.line());
    assertEquals(Optional.of(19), error.column());
  }

  @Test
  void evaluate_compare_what_if_and_targets_agree() {
    assertEquals("600000.00", SRDI.evaluate("testland", scenario(), Scope.EVERY_ENTERPRISE).get()
        .result().summary().total().toFenString());
    Comparison compared = SRDI.compare(scenario()).get();
    int testland = compared.jurisdictions().stream().map(j -> j.id().value()).toList().indexOf("testland");
    assertEquals("600000.00", compared.total(testland).toFenString());
    var whatIf = SRDI.whatIf("testland", scenario(), Overrides.none().withParameter("testland.cloud-subsidy.cap", "50000"),
        Scope.EVERY_ENTERPRISE).get();
    assertEquals("-50000.00", whatIf.result().totalDifference().toFenString());
    assertEquals("1", SRDI.targets("testland", scenario(), 2025, Scope.EVERY_ENTERPRISE).get()
        .reports().get(0).reached().get().toPlainString());
  }

  @Test
  void a_what_if_echoes_each_override_as_read_with_its_unit_and_the_default_it_replaced() {
    WhatIf w = SRDI.whatIf("testland", scenario(), Overrides.none().withParameter("testland.cloud-subsidy.cap", "5万"),
        Scope.EVERY_ENTERPRISE).get();
    assertEquals(List.of(new AppliedOverride(AppliedOverride.Kind.PARAMETER, "testland.cloud-subsidy.cap", "5万",
        "50000.00", Optional.of("yuan"), "200000.00")), w.overrides());
    assertTrue(w.toJson().contains("\"given\": \"5万\""), w.toJson());
  }

  @Test
  void one_enterprise_and_a_stream_give_what_the_scenario_gives() {
    var whole = SRDI.evaluate("testland", scenario(), Scope.EVERY_ENTERPRISE).get().result().enterprises();
    var asOf = scenario().asOf().get();
    assertEquals(whole.get(0), SRDI.evaluate("testland", scenario().enterprises().get(0), asOf).get());
    assertEquals(whole, SRDI.evaluate("testland", scenario().enterprises().stream(), asOf).get().toList());
  }

  @Test
  void the_scope_leaves_out_other_jurisdictions_enterprises_and_says_which() {
    String mixed = """
        {"schema": "srdi-scenario/1", "asOf": "2025-12-31", "enterprises": [
          {"id": "OWN", "jurisdiction": "testland",
           "recognitions": [{"title": "SRDI_SME", "level": "PROVINCIAL", "date": "2023-06-30"}]},
          {"id": "AWAY", "jurisdiction": "elsewhere",
           "recognitions": [{"title": "SRDI_SME", "level": "PROVINCIAL", "date": "2023-06-30"}]}]}
        """;
    // "elsewhere" is a known city (its own plugin, with nothing to pay): an unknown one is an input error.
    Srdi srdi = Srdi.of(List.of(new dev.srdi.testland.Testland(), new dev.srdi.core.spi.Jurisdiction() {
      @Override public dev.srdi.core.policy.JurisdictionId id() {
        return dev.srdi.core.policy.JurisdictionId.of("elsewhere");
      }

      @Override public String nameZh() {
        return "别处";
      }

      @Override public String nameEn() {
        return "Elsewhere";
      }
    }));
    Scenario scenario = srdi.readScenario(mixed).get();
    Evaluation own = srdi.evaluate("testland", scenario, Scope.OWN_ENTERPRISES).get();
    assertEquals(List.of("OWN"), own.result().enterprises().stream().map(r -> r.enterprise().value()).toList());
    assertEquals(List.of("AWAY"), own.leftOut().stream().map(e -> e.id().value()).toList());
    assertTrue(own.toJson().contains("\"leftOut\""), own.toJson());
    Evaluation every = srdi.evaluate("testland", scenario, Scope.EVERY_ENTERPRISE).get();
    assertEquals(2, every.result().enterprises().size());
    assertTrue(every.leftOut().isEmpty());
    assertFalse(every.toJson().contains("\"leftOut\""));
  }

  @Test
  void one_facade_serves_many_threads_with_the_same_answer() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      var tasks = new ArrayList<Callable<String>>();
      for (int i = 0; i < 64; i++) {
        tasks.add(() -> SRDI.evaluate("testland", SRDI.readScenario(SCENARIO).get(), Scope.EVERY_ENTERPRISE).get().toJson());
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
