package dev.srdi.jurisdictions.guilin;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.JurisdictionContract;

/** The test kit's properties, run against Guilin. */
final class GuilinContractProperties implements JurisdictionContract {
  @Override public Jurisdiction jurisdiction() {
    return new Guilin();
  }
}
