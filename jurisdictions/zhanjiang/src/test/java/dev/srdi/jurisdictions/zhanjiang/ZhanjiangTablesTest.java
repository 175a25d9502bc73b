package dev.srdi.jurisdictions.zhanjiang;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.TablesContract;

/** Zhanjiang's tables agree with its documents, and its Java holds none of its numbers. */
final class ZhanjiangTablesTest implements TablesContract {
  @Override public Jurisdiction jurisdiction() {
    return new Zhanjiang();
  }
}
