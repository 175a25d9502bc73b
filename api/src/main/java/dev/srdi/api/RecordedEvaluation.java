package dev.srdi.api;

import dev.srdi.core.engine.Engine;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.parameter.InterpretationId;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.ParameterId;
import dev.srdi.core.parameter.ReadRecord;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One city's enterprises evaluated once, with what each one's evaluation read ({@link ReadRecord}), so that
 * the same city under other overrides re-evaluates only the enterprises that read something the overrides
 * change: the others read the same values and so get the same result. Only the enterprises' results are kept
 * (a sweep sums their entitlements; the portfolio measures' findings are not part of it).
 *
 * @param overrides the city's own overrides this evaluation was made under
 * @param results each enterprise's result, in the portfolio's order
 * @param reads what each one read, in the same order; empty when not recorded (a city evaluated only once)
 */
record RecordedEvaluation(Overrides overrides, List<EnterpriseResult> results, Optional<List<ReadRecord>> reads) {

  /**
   * Every enterprise of the portfolio, as the engine evaluates a portfolio (one context over the whole of it).
   *
   * @param record whether to record what each enterprise reads (only worth it when other overrides follow)
   */
  static RecordedEvaluation of(Engine engine, Jurisdiction j, Portfolio portfolio, LocalDate day, Overrides overrides,
      Settings settings, boolean record) {
    var results = new ArrayList<EnterpriseResult>(portfolio.enterprises().size());
    if (!record) {
      var context = new EvaluationContext(day, settings, portfolio);
      portfolio.enterprises().forEach(e -> results.add(engine.evaluate(j, e, context)));
      return new RecordedEvaluation(overrides, results, Optional.empty());
    }
    var reads = new ArrayList<ReadRecord>(portfolio.enterprises().size());
    for (Enterprise e : portfolio.enterprises()) {
      var read = new ReadRecord();
      results.add(engine.evaluate(j, e, new EvaluationContext(day, settings.recording(read), portfolio)));
      reads.add(read);
    }
    return new RecordedEvaluation(overrides, results, Optional.of(reads));
  }

  /**
   * The same enterprises under other overrides of the same city: those that read a changed parameter or
   * interpretation are evaluated again, the others keep their result.
   *
   * @param other the city's own overrides
   * @param settings those overrides resolved
   */
  List<EnterpriseResult> under(Engine engine, Jurisdiction j, Portfolio portfolio, LocalDate day, Overrides other,
      Settings settings) {
    List<ReadRecord> read = reads.orElseThrow(() -> new IllegalStateException("reads were not recorded"));
    Set<ParameterId> parameters = new HashSet<>();
    changed(overrides.parameters(), other.parameters()).forEach(id -> parameters.add(ParameterId.of(id)));
    Set<InterpretationId> interpretations = new HashSet<>();
    changed(overrides.interpretations(), other.interpretations()).forEach(id -> interpretations.add(InterpretationId.of(id)));
    var context = new EvaluationContext(day, settings, portfolio);
    var out = new ArrayList<EnterpriseResult>(results.size());
    for (int i = 0; i < results.size(); i++) {
      ReadRecord r = read.get(i);
      boolean depends = parameters.stream().anyMatch(r::read) || interpretations.stream().anyMatch(r::read);
      out.add(depends ? engine.evaluate(j, portfolio.enterprises().get(i), context) : results.get(i));
    }
    return out;
  }

  /** The ids set differently (or set in one and not the other). */
  private static Set<String> changed(Map<String, String> a, Map<String, String> b) {
    var ids = new HashSet<String>();
    a.forEach((id, v) -> {
      if (!v.equals(b.get(id))) {
        ids.add(id);
      }
    });
    b.forEach((id, v) -> {
      if (!v.equals(a.get(id))) {
        ids.add(id);
      }
    });
    return ids;
  }
}
