package dev.srdi.core.engine;

import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.PortfolioMeasure;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Window;
import dev.srdi.core.spi.Jurisdiction;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the engine looks up for every enterprise of a jurisdiction, built once: the measures in id
 * order, their descriptors by id, the documents by id, and the portfolio measures in id order.
 */
final class JurisdictionPlan {
  private final List<Measure> measures;
  private final Map<MeasureId, MeasureDescriptor> descriptors;
  private final Map<DocumentId, PolicyDocument> documents;
  private final List<PortfolioMeasure> portfolioMeasures;
  private final JurisdictionId jurisdiction;

  private JurisdictionPlan(Jurisdiction jurisdiction) {
    this.jurisdiction = jurisdiction.id();
    this.measures = jurisdiction.measures().stream().sorted(Comparator.comparing(Measure::id)).toList();
    this.descriptors = Map.copyOf(measures.stream().collect(Collectors.toMap(Measure::id, Measure::descriptor)));
    this.documents = Map.copyOf(jurisdiction.documents().stream()
        .collect(Collectors.toMap(PolicyDocument::id, Function.identity())));
    this.portfolioMeasures = jurisdiction.portfolioMeasures().stream()
        .sorted(Comparator.comparing(m -> m.descriptor().id()))
        .toList();
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

  /** The measure's covered period: its own coverage where it declares one, else its document's. */
  Window window(MeasureDescriptor d, Settings settings) {
    PolicyDocument document = documents.get(d.document());
    Window inForce = document != null ? document.inForce() : Window.unknown("document " + d.document() + " not declared");
    return d.coverage().map(c -> c.resolve(inForce, settings)).orElse(inForce);
  }
}
