package ${package};

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.TablesContract;

/** 's tables agree with its document, and its Java holds none of its numbers. */
final class ${cityClass}TablesTest implements TablesContract {
  @Override public Jurisdiction jurisdiction() {
    return new ${cityClass}();
  }
}
