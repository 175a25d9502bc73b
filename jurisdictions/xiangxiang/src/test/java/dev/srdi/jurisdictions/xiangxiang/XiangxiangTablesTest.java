package dev.srdi.jurisdictions.xiangxiang;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.TablesContract;

/** Xiangxiang's tables agree with its documents, and its Java holds none of its numbers. */
final class XiangxiangTablesTest implements TablesContract {
  @Override public Jurisdiction jurisdiction() {
    return new Xiangxiang();
  }
}
