package dev.srdi.jurisdictions.zhanjiang;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.ExampleCasesContract;

/** Zhanjiang's example cases (src/test/resources/cases): each enterprise's entitlements and total. */
final class ZhanjiangExampleCasesTest implements ExampleCasesContract {
  @Override public Jurisdiction jurisdiction() {
    return new Zhanjiang();
  }
}
