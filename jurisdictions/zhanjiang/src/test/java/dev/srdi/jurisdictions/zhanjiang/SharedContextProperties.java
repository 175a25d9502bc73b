package dev.srdi.jurisdictions.zhanjiang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.parameter.Settings;
import dev.srdi.testkit.EnterpriseGens;
import dev.srdi.testkit.PropertyRun;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The standing benefits ask the context which standing an enterprise holds, worked out once per evaluation: asked
 * through one context about enterprise after enterprise, or by several threads at once, each enterprise's
 * assessments are those of a context of its own (every word compared).
 */
final class SharedContextProperties {
  private static final Zhanjiang ZHANJIANG = new Zhanjiang();
  private static final Settings DEFAULTS = Settings.defaults(ZHANJIANG.parameters(), ZHANJIANG.interpretations());

  private static EvaluationContext context(LocalDate asOf) {
    return new EvaluationContext(asOf, DEFAULTS, Portfolio.of(List.of()));
  }

  /** Every measure's assessments of the enterprise, in words. */
  private static String assessed(Enterprise e, EvaluationContext context) {
    var out = new StringBuilder();
    for (Measure m : ZHANJIANG.measures()) {
      out.append(m.id()).append(": ").append(m.assess(e, context)).append('\n');
    }
    return out.toString();
  }

  @Test
  void enterprisesAssessedInTurnThroughOneContextGetTheirOwnAssessments() {
    PropertyRun.qt().withExamples(100).forAll(EnterpriseGens.upTo(5, EnterpriseGens.enterprises(ZHANJIANG)),
        EnterpriseGens.asOfDates()).checkAssert((enterprises, asOf) -> {
          EvaluationContext shared = context(asOf);
          for (Enterprise e : enterprises) {
            assertEquals(assessed(e, context(asOf)), assessed(e, shared), e.id().value());
          }
        });
  }

  @Test
  void enterprisesAssessedAtOnceThroughOneContextGetTheirOwnAssessments() throws Exception {
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    List<Enterprise> enterprises = new ArrayList<>();
    // Holders and non-holders, so that a wrong answer shows as a grant or a refusal in the wrong place.
    PropertyRun.qt().withExamples(40).forAll(EnterpriseGens.enterprises(ZHANJIANG)).checkAssert(enterprises::add);
    List<String> expected = enterprises.stream().map(e -> assessed(e, context(asOf))).toList();
    EvaluationContext shared = context(asOf);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      var runs = new ArrayList<CompletableFuture<Void>>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        runs.add(CompletableFuture.runAsync(() -> {
          for (int round = 0; round < 50; round++) {
            for (int i = 0; i < enterprises.size(); i++) {
              int k = (i + offset * 7) % enterprises.size();
              assertEquals(expected.get(k), assessed(enterprises.get(k), shared));
            }
          }
        }, pool));
      }
      CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
  }
}
