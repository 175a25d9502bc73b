package dev.srdi.tables;

/**
 * A mistake in a city's table, found while the plugin loads: the message starts with the file, the
 * line and the entry, e.g. {@code guilin/parameters.yaml:12: guilin.growth-award.rate: unknown unit 'permil'}.
 */
public final class TableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The table file (part of the serialized form, as the exception is serializable). */
  private final String file;
  /** The line of the entry or field, from 1; 0 for a missing entry. */
  private final int line;
  /** The entry's id, or empty. */
  private final String entry;

  TableException(String file, int line, String entry, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + (entry.isEmpty() ? "" : entry + ": ") + problem);
    this.file = file;
    this.line = line;
    this.entry = entry;
  }

  /** {@return the table file, as the plugin's folder names it, e.g. {@code guilin/parameters.yaml}} */
  public String file() {
    return file;
  }

  /** {@return the line of the entry or field, from 1; 0 where the mistake is the absence of an entry} */
  public int line() {
    return line;
  }

  /** {@return the id of the entry, or empty where the mistake is not in one entry} */
  public String entry() {
    return entry;
  }
}
