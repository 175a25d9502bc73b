package dev.srdi.core.check;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.engine.Variants;
import dev.srdi.core.parameter.Choice;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.target.TargetReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Interpretations whose alternatives give the same result on every enterprise of the sample: the
 * same amounts, benefits and park findings, and the same target figures for every year the sample
 * spans. Either the sample lacks the case the switch decides, or the switch is not wired.
 */
final class DeadSwitch implements Check {
  private static final int FIRST_YEAR = 2021;

  @Override public String name() {
    return "interpretations";
  }

  @Override public List<Finding> findings(CheckInput input) {
    var out = new ArrayList<Finding>();
    if (input.sample().enterprises().isEmpty()) {
      return out;
    }
    Settings current = input.settings();
    List<Object> baseline = outcome(input, current);
    for (Interpretation i : input.jurisdiction().interpretations()) {
      String chosen = current.choice(i);
      for (Choice c : i.choices()) {
        if (c.id().equals(chosen)) {
          continue;
        }
        Settings variant = with(input, current, i, c);
        if (outcome(input, variant).equals(baseline)) {
          out.add(Finding.warning("dead-switch", i.id().value(), i.citation(), "choosing " + c.id() + " instead of "
              + chosen + " changes no amount, benefit, park finding or target on the " + input.sample().enterprises().size()
              + " enterprises of the sample: the sample lacks the case it decides, or the switch is not wired"));
        }
      }
    }
    return out;
  }

  /** The current settings with one interpretation switched: the what-if's own overrides kept. */
  private static Settings with(CheckInput input, Settings current, Interpretation i, Choice c) {
    var resolved = Variants.with(input.jurisdiction(), current, Overrides.none().withInterpretation(i.id().value(), c.id()));
    if (resolved.isInvalid()) {
      throw new IllegalStateException("the settings in force do not read back: " + resolved.getError());
    }
    return resolved.get();
  }

  /** What a reader of the results would see change: amounts, benefits, findings, target figures. */
  private static List<Object> outcome(CheckInput input, Settings settings) {
    PortfolioResult result = input.evaluate(settings);
    var out = new ArrayList<Object>();
    for (EnterpriseResult e : result.enterprises()) {
      e.entitlements().forEach(x -> out.add(List.of(e.enterprise(), x.measure(), x.date(), x.year(), x.amount())));
      e.benefits().forEach(b -> out.add(List.of(e.enterprise(), b.measure(), b.year())));
    }
    result.findings().forEach(f -> out.add(List.of(f.measure(), f.subject(), f.granted())));
    for (int year = FIRST_YEAR; year <= input.asOf().getYear(); year++) {
      for (TargetReport r : input.engine().targets(input.jurisdiction(), input.sample(), year, input.asOf(), settings)) {
        out.add(List.of(r.target().id(), year, r.reached(), r.status()));
      }
    }
    return out;
  }
}
