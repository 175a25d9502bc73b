package dev.srdi.jurisdictions.xiangxiang;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.ExampleCasesContract;

/** Xiangxiang's example cases (src/test/resources/cases): each enterprise's entitlements and total. */
final class XiangxiangExampleCasesTest implements ExampleCasesContract {
  @Override public Jurisdiction jurisdiction() {
    return new Xiangxiang();
  }
}
