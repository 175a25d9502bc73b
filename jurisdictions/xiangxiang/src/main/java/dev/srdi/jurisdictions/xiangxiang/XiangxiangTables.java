package dev.srdi.jurisdictions.xiangxiang;

import dev.srdi.tables.Tables;

/**
 * Xiangxiang's tables, read once from {@code src/main/resources/xiangxiang/*.yaml}: the notice, its units,
 * parameters, interpretations, tasks, duties, targets and the sheets of the Java measures. A mistake in
 * them stops the plugin from loading, with the file, line and entry.
 */
public final class XiangxiangTables {
  public static final Tables TABLES = Tables.load(XiangxiangTables.class, "xiangxiang");

  private XiangxiangTables() {}
}
