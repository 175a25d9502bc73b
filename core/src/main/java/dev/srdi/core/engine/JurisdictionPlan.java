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
import dev.srdi.core.stacking.StackingRule;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the engine looks up for every enterprise of a jurisdiction, built once: the measures in id
 * order, their descriptors by id, the documents by id, the portfolio measures in id order, each
 * measure's highest-only rule, the default settings, and the covered periods under the settings
 * last asked for (a portfolio is evaluated under one settings value, so that is resolved once too).
 */
final class JurisdictionPlan {
  /** The covered period of every measure under one settings value. */
  private record Windows(Settings settings, Map<MeasureId, Window> byMeasure) {}

  private final List<Measure> measures;
  private final Map<MeasureId, MeasureDescriptor> descriptors;
  private final Map<DocumentId, PolicyDocument> documents;
  private final List<PortfolioMeasure> portfolioMeasures;
  private final JurisdictionId jurisdiction;
  private final Map<MeasureId, Optional<StackingRule.HighestOnly>> highestOnly;
  private final Settings defaults;
  private volatile Windows windows;

  private JurisdictionPlan(Jurisdiction jurisdiction) {
    this.jurisdiction = jurisdiction.id();
    this.measures = jurisdiction.measures().stream().sorted(Comparator.comparing(Measure::id)).toList();
    this.descriptors = Map.copyOf(measures.stream().collect(Collectors.toMap(Measure::id, Measure::descriptor)));
    this.documents = Map.copyOf(jurisdiction.documents().stream()
        .collect(Collectors.toMap(PolicyDocument::id, Function.identity())));
    this.portfolioMeasures = jurisdiction.portfolioMeasures().stream()
        .sorted(Comparator.comparing(m -> m.descriptor().id()))
        .toList();
    var highest = new HashMap<MeasureId, Optional<StackingRule.HighestOnly>>();
    descriptors.forEach((id, d) -> highest.put(id, d.stacking().stream()
        .filter(StackingRule.HighestOnly.class::isInstance)
        .map(StackingRule.HighestOnly.class::cast)
        .findFirst()));
    this.highestOnly = Map.copyOf(highest);
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

  MeasureDescriptor descriptor(MeasureId id) {
    return descriptors.get(id);
  }

  /** The jurisdiction's defaults, resolved once: settings are immutable, so every caller may share them. */
  Settings defaults() {
    return defaults;
  }

  /** The measure's first highest-only rule, if it declares one. */
  Optional<StackingRule.HighestOnly> highestOnly(MeasureId id) {
    return highestOnly.get(id);
  }

  /**
   * The measure's covered period: its own coverage where it declares one, else its document's.
   * Resolved for all measures at once per settings value and kept until other settings are asked for.
   */
  Window window(MeasureDescriptor d, Settings settings) {
    Windows resolved = windows;
    if (resolved == null || resolved.settings() != settings) {
      var byMeasure = new HashMap<MeasureId, Window>();
      descriptors.forEach((id, descriptor) -> byMeasure.put(id, resolve(descriptor, settings)));
      resolved = new Windows(settings, Map.copyOf(byMeasure));
      windows = resolved;
    }
    Window window = resolved.byMeasure().get(d.id());
    return window != null ? window : resolve(d, settings);
  }

  /**
   * The covered period for an event of the day: where a coverage date is revised, as in force that
   * day (every parameter is read on the date of the event); otherwise the one resolved for all.
   */
  Window window(MeasureDescriptor d, Settings settings, LocalDate eventDate) {
    if (d.coverage().isPresent()) {
      for (Parameter<?> p : d.coverage().get().parameters()) {
        if (settings.timeline(p).isRevised()) {
          return resolve(d, settings.on(eventDate));
        }
      }
    }
    return window(d, settings);
  }

  private Window resolve(MeasureDescriptor d, Settings settings) {
    PolicyDocument document = documents.get(d.document());
    Window inForce = document != null ? document.inForce() : Window.unknown("document " + d.document() + " not declared");
    return d.coverage().map(c -> c.resolve(inForce, settings)).orElse(inForce);
  }
}
