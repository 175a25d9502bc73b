package dev.srdi.jurisdictions.guilin;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.PolicyCheckContract;

/** The policy check on Guilin: no ERROR-level finding with the text's values. */
final class GuilinPolicyCheckTest implements PolicyCheckContract {
  @Override public Jurisdiction jurisdiction() {
    return new Guilin();
  }
}
