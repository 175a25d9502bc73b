package dev.srdi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.BenefitGrant;
import dev.srdi.core.engine.Engine;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.ForwardingJurisdiction;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.EnterpriseGens;
import dev.srdi.testkit.PropertyRun;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Explanations written when read say what they said when written at once: for random enterprises of each
 * city, every explanation, note, reason and condition of the evaluation is the same whether each measure's
 * words are written inside its assessment (as every measure did before explanations were lazy: {@link
 * EagerWords}) or only after the whole portfolio was evaluated, read in reverse order. A rendering that reads
 * the settings, or state that changes as the engine goes on (a field of the measure, a reused buffer), writes
 * other words when read late, and fails here; the golden files of the CLI, the API and the server check the
 * words themselves.
 */
final class LazyWordsProperties {
  private static final Srdi SRDI = Srdi.load();
  private static final Engine ENGINE = new Engine();

  /** A portfolio of one city and its day. */
  private record Case(LocalDate asOf, List<Enterprise> enterprises) {}

  @Test
  void wordsWrittenWhenReadAreTheWordsWrittenAtOnce() {
    for (Jurisdiction city : SRDI.jurisdictions()) {
      Jurisdiction eager = new EagerWords(city);
      Settings settings = ENGINE.defaults(city);
      PropertyRun.qt().withExamples(40).forAll(cases(city)).checkAssert(c -> {
        var lazy = new ArrayList<EnterpriseResult>();
        for (Enterprise e : c.enterprises()) {
          lazy.add(ENGINE.evaluate(city, e, context(c, e, settings)));
        }
        var atOnce = new ArrayList<List<String>>();
        for (Enterprise e : c.enterprises()) {
          atOnce.add(words(ENGINE.evaluate(eager, e, context(c, e, settings))));
        }
        for (int i = c.enterprises().size() - 1; i >= 0; i--) {
          assertEquals(atOnce.get(i), words(lazy.get(i)),
              city.id() + ": the words of " + c.enterprises().get(i).id() + " as of " + c.asOf());
        }
      });
    }
  }

  @Test
  void theEagerCityWritesEveryWordInsideTheAssessment() {
    // The comparison above means something only if one side is written at once, the other not: check both.
    for (Jurisdiction city : SRDI.jurisdictions()) {
      Settings settings = ENGINE.defaults(city);
      PropertyRun.qt().withExamples(20).forAll(cases(city)).checkAssert(c -> {
        for (Enterprise e : c.enterprises()) {
          for (Measure m : new EagerWords(city).measures()) {
            for (Assessment a : m.assess(e, context(c, e, settings))) {
              assertTrue(written(a), () -> m.id() + ": words not written inside the assessment");
            }
          }
        }
      });
    }
  }

  private static EvaluationContext context(Case c, Enterprise e, Settings settings) {
    return new EvaluationContext(c.asOf(), settings, Portfolio.of(List.of(e)));
  }

  private static Gen<Case> cases(Jurisdiction city) {
    Gen<List<Enterprise>> enterprises = SourceDSL.integers().between(1, 12).flatMap(n -> upTo(n, EnterpriseGens.enterprises(city)));
    return EnterpriseGens.asOfDates().zip(enterprises, Case::new);
  }

  private static <T> Gen<List<T>> upTo(int n, Gen<T> each) {
    return in -> {
      var out = new ArrayList<T>(n);
      for (int i = 0; i < n; i++) {
        out.add(each.generate(in));
      }
      return out;
    };
  }

  private static boolean written(Assessment a) {
    return a instanceof Claim c ? c.why().isWritten() : ((NotEligible) a).why().isWritten();
  }

  /** Every word of a result, in the result's order. */
  private static List<String> words(EnterpriseResult result) {
    var out = new ArrayList<String>();
    for (Entitlement e : result.entitlements()) {
      out.add(e.measure() + ": " + e.explanation());
      out.addAll(e.notes());
    }
    for (BenefitGrant b : result.benefits()) {
      out.add(b.measure() + ": " + b.explanation());
      out.addAll(b.notes());
    }
    for (NotEligible n : result.notEligible()) {
      out.add(n.measure() + " " + n.year() + ": " + n.reason());
      out.addAll(n.missingFacts());
      for (Condition c : n.conditions()) {
        out.add(c.describe() + " " + c.lever());
      }
    }
    return out;
  }

  /** Writes every word of an assessment inside it, as measures did before their words were lazy. */
  private static List<Assessment> writtenAtOnce(List<Assessment> assessments) {
    for (Assessment a : assessments) {
      if (a instanceof Claim c) {
        c.explanation();
      } else if (a instanceof NotEligible n) {
        n.reason();
        n.conditions().forEach(Condition::describe);
      }
    }
    return assessments;
  }

  /** The city, each measure writing its words inside its assessment. */
  private static final class EagerWords extends ForwardingJurisdiction {
    private final List<Measure> measures;

    EagerWords(Jurisdiction city) {
      super(city);
      var wrapped = new ArrayList<Measure>();
      for (Measure m : city.measures()) {
        wrapped.add(Measure.of(m.descriptor(), (e, ctx) -> writtenAtOnce(m.assess(e, ctx))));
      }
      this.measures = List.copyOf(wrapped);
    }

    @Override public List<Measure> measures() {
      return measures;
    }
  }
}
