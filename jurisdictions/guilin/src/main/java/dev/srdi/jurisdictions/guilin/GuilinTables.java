package dev.srdi.jurisdictions.guilin;

import dev.srdi.tables.Tables;

/**
 * Guilin's tables, read once from {@code src/main/resources/guilin/*.yaml}: its document, departments,
 * parameters with their values, interpretations, tasks, duty, benefits, targets and the sheets of its
 * Java measures. A mistake in them stops the plugin from loading, with the file, line and entry.
 */
public final class GuilinTables {
  public static final Tables TABLES = Tables.load(GuilinTables.class, "guilin");

  private GuilinTables() {}
}
