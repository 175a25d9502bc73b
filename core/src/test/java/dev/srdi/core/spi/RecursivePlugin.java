package dev.srdi.core.spi;

import dev.srdi.core.measure.Measure;
import dev.srdi.core.policy.JurisdictionId;
import java.util.List;

/** A plugin whose measures() recurses without end, to show that it alone is left out. */
public final class RecursivePlugin implements Jurisdiction {
  @Override public JurisdictionId id() {
    return JurisdictionId.of("recursive");
  }

  @Override public String nameZh() {
    return "递归市";
  }

  @Override public String nameEn() {
    return "Recursive";
  }

  @Override public List<Measure> measures() {
    return measures();
  }
}
