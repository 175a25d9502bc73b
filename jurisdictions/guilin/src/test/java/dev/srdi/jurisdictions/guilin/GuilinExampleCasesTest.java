package dev.srdi.jurisdictions.guilin;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.ExampleCasesContract;

/** Guilin's example cases (src/test/resources/cases): each enterprise's entitlements and total. */
final class GuilinExampleCasesTest implements ExampleCasesContract {
  @Override public Jurisdiction jurisdiction() {
    return new Guilin();
  }
}
