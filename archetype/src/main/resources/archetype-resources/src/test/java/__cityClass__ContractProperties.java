package ${package};

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.JurisdictionContract;

/** The test kit's properties, run against . */
final class ${cityClass}ContractProperties implements JurisdictionContract {
  @Override public Jurisdiction jurisdiction() {
    return new ${cityClass}();
  }
}
