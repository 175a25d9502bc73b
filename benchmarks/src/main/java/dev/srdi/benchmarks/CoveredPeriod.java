package dev.srdi.benchmarks;

import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Window;
import dev.srdi.core.spi.Jurisdiction;
import java.time.LocalDate;

/**
 * A measure's covered period as the engine reads it (its own coverage, else its document's window),
 * resolved once, and whether a claim of a day is paid: a day after the as-of date or outside the
 * window is not, an unknown window admits it.
 */
public record CoveredPeriod(Window window, LocalDate asOf) {
  public static CoveredPeriod of(Jurisdiction city, MeasureDescriptor d, Settings settings, LocalDate asOf) {
    Window inForce = city.documents().stream()
        .filter(doc -> doc.id().equals(d.document()))
        .map(PolicyDocument::inForce)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("document " + d.document() + " not declared"));
    return new CoveredPeriod(d.coverage().map(c -> c.resolve(inForce, settings)).orElse(inForce), asOf);
  }

  public boolean pays(LocalDate day) {
    if (day.isAfter(asOf)) {
      return false;
    }
    Window.Placement placement = window.place(day);
    return placement != Window.Placement.BEFORE && placement != Window.Placement.AFTER;
  }
}
