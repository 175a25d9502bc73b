package ${package};

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.ExampleCasesContract;

/** 's example cases (src/test/resources/cases): each enterprise's entitlements and total. */
final class ${cityClass}ExampleCasesTest implements ExampleCasesContract {
  @Override public Jurisdiction jurisdiction() {
    return new ${cityClass}();
  }
}
