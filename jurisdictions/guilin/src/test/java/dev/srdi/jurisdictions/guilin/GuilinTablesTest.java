package dev.srdi.jurisdictions.guilin;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.TablesContract;

/** Guilin's tables agree with its document, and its Java holds none of its numbers. */
final class GuilinTablesTest implements TablesContract {
  @Override public Jurisdiction jurisdiction() {
    return new Guilin();
  }
}
