package dev.srdi.core.engine;

import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.PortfolioMeasure;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Window;
import dev.srdi.core.spi.Jurisdiction;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the engine looks up for every enterprise of a jurisdiction, built once: the measures in id
 * order, each measure's plan by id (its descriptor and the lists the engine asks of it for every claim,
 * see {@link MeasurePlan}), the documents by id, the portfolio measures in id order, the default settings,
 * and the covered periods under the settings last asked for (a portfolio is evaluated under one settings
 * value, so that is resolved once too, and so are the settings that read alike, such as a sweep's recording
 * ones: see {@link Settings#readsAlike}).
 */
final class JurisdictionPlan {
  /** The covered period of every measure under one settings value. */
  private record Windows(Settings settings, Map<MeasureId, CoveredPeriod> byMeasure) {}

  private final List<Measure> measures;
  private final Map<MeasureId, MeasurePlan> byId;
  private final Map<DocumentId, PolicyDocument> documents;
  private final List<PortfolioMeasure> portfolioMeasures;
  private final JurisdictionId jurisdiction;
  private final Settings defaults;
  private volatile Windows windows;

  private JurisdictionPlan(Jurisdiction jurisdiction) {
    this.jurisdiction = jurisdiction.id();
    this.measures = jurisdiction.measures().stream().sorted(Comparator.comparing(Measure::id)).toList();
    this.byId = Map.copyOf(measures.stream().collect(Collectors.toMap(Measure::id, m -> MeasurePlan.of(m.descriptor()))));
    this.documents = Map.copyOf(jurisdiction.documents().stream()
        .collect(Collectors.toMap(PolicyDocument::id, Function.identity())));
    this.portfolioMeasures = jurisdiction.portfolioMeasures().stream()
        .sorted(Comparator.comparing(m -> m.descriptor().id()))
        .toList();
    this.defaults = Settings.defaults(jurisdiction.parameters(), jurisdiction.interpretations());
  }

  static JurisdictionPlan of(Jurisdiction jurisdiction) {
    return new JurisdictionPlan(jurisdiction);
  }

  JurisdictionId jurisdiction() {
    return jurisdiction;
  }

  /** The measures in id order, so that results never depend on the plugin's list order. */
  List<Measure> measures() {
    return measures;
  }

  List<PortfolioMeasure> portfolioMeasures() {
    return portfolioMeasures;
  }

  /** The measure's plan: its descriptor and what the engine asks of it for every claim. */
  MeasurePlan measure(MeasureId id) {
    return byId.get(id);
  }

  /** The jurisdiction's defaults, resolved once: settings are immutable, so every caller may share them. */
  Settings defaults() {
    return defaults;
  }

  /**
   * The measure's covered period: its own coverage where it declares one, else its document's.
   * Resolved for all measures at once per settings value and kept until settings that read otherwise are asked
   * for. A sweep's recording settings read alike and share the periods; what resolving read is recorded all the
   * same, as the caller asks about every coverage parameter first ({@link #window(MeasurePlan, Settings,
   * LocalDate)}).
   */
  private CoveredPeriod window(MeasurePlan m, Settings settings) {
    Windows resolved = windows;
    if (resolved == null || !resolved.settings().readsAlike(settings)) {
      var byMeasure = new HashMap<MeasureId, CoveredPeriod>();
      byId.forEach((id, plan) -> byMeasure.put(id, CoveredPeriod.of(resolve(plan.descriptor(), settings))));
      resolved = new Windows(settings, Map.copyOf(byMeasure));
      windows = resolved;
    }
    CoveredPeriod window = resolved.byMeasure().get(m.descriptor().id());
    return window != null ? window : CoveredPeriod.of(resolve(m.descriptor(), settings));
  }

  /**
   * The covered period for an event of the day: where a coverage date is revised, as in force that
   * day (every parameter is read on the date of the event); otherwise the one resolved for all. Every
   * coverage parameter is asked about here, for every claim, so that recording settings record it.
   */
  CoveredPeriod window(MeasurePlan m, Settings settings, LocalDate eventDate) {
    List<Parameter<?>> coverage = m.coverageParameters();
    for (int i = 0; i < coverage.size(); i++) {
      if (settings.timeline(coverage.get(i)).isRevised()) {
        return CoveredPeriod.of(resolve(m.descriptor(), settings.on(eventDate)));
      }
    }
    return window(m, settings);
  }

  private Window resolve(MeasureDescriptor d, Settings settings) {
    PolicyDocument document = documents.get(d.document());
    Window inForce = document != null ? document.inForce() : Window.unknown("document " + d.document() + " not declared");
    return d.coverage().map(c -> c.resolve(inForce, settings)).orElse(inForce);
  }
}
