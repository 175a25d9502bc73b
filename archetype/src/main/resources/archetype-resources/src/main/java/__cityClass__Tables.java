package ${package};

import dev.srdi.tables.Tables;

/**
 * ${nameEn}'s tables, read once from {@code src/main/resources/${cityId}/*.yaml}. A mistake in them stops the
 * plugin from loading with the file, the line and the entry (docs/TABLES.md).
 */
public final class ${cityClass}Tables {
  public static final Tables TABLES = Tables.load(${cityClass}Tables.class, "${cityId}");

  private ${cityClass}Tables() {}
}
