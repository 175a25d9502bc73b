package dev.srdi.jurisdictions.zhanjiang;

import dev.srdi.tables.Tables;

/**
 * Zhanjiang's tables, read once from {@code src/main/resources/zhanjiang/*.yaml}: its plan, departments,
 * parameters, interpretations, tasks, duty, benefits, targets and the sheets of its Java measures. A
 * mistake in them stops the plugin from loading, with the file, line and entry.
 */
public final class ZhanjiangTables {
  public static final Tables TABLES = Tables.load(ZhanjiangTables.class, "zhanjiang");

  private ZhanjiangTables() {}
}
