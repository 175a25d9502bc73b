package dev.srdi.core.engine;

import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.spi.Jurisdiction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The funds of one jurisdiction, with the short ids its tables declare ({@link Jurisdiction#funds}),
 * and {@code <city>.not-stated} for entitlements whose text names no fund. A jurisdiction that
 * declares no funds gets ids derived from its data: {@code <city>.fund-1}, {@code -2}, ... in the
 * order its measures first name them (measures, then portfolio measures, as the plugin lists them).
 */
public final class Funds {
  private final Map<String, Fund> byName;

  private Funds(Map<String, Fund> byName) {
    this.byName = byName;
  }

  /**
   * The jurisdiction's funds.
   *
   * @param j the jurisdiction
   * @return its declared funds, or funds numbered in the order its measures name them
   */
  public static Funds of(Jurisdiction j) {
    var byName = new LinkedHashMap<String, Fund>();
    if (!j.funds().isEmpty()) {
      j.funds().forEach(f -> byName.put(f.fundingSource(), new Fund(f.id(), f.fundingSource())));
      byName.put(Summary.NOT_STATED, new Fund(j.id().value() + ".not-stated", Summary.NOT_STATED));
      return new Funds(byName);
    }
    Stream.concat(j.measures().stream().map(m -> m.descriptor()), j.portfolioMeasures().stream().map(m -> m.descriptor()))
        .map(MeasureDescriptor::fundingSource)
        .flatMap(Optional::stream)
        .forEach(name -> byName.computeIfAbsent(name, n -> new Fund(j.id().value() + ".fund-" + (byName.size() + 1), n)));
    byName.put(Summary.NOT_STATED, new Fund(j.id().value() + ".not-stated", Summary.NOT_STATED));
    return new Funds(byName);
  }

  /**
   * Every fund, in the order of their ids, the one for "not stated" last.
   *
   * @return the funds
   */
  public List<Fund> all() {
    return new ArrayList<>(byName.values());
  }

  /**
   * The fund of a funding source as an entitlement names it.
   *
   * @param fundingSource the entitlement's funding source, empty when the text names none
   * @return the fund; a name no measure declares (a plugin that builds one on the fly) gets a fund of its own
   */
  public Fund of(Optional<String> fundingSource) {
    String name = fundingSource.orElse(Summary.NOT_STATED);
    Fund known = byName.get(name);
    return known != null ? known : new Fund(byName.get(Summary.NOT_STATED).id().replace(".not-stated", ".undeclared"), name);
  }
}
