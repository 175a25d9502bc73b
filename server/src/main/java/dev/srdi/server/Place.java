package dev.srdi.server;

import dev.srdi.api.json.InputError;
import java.util.Optional;

/**
 * Where something is in a request body: its JSON path and the line and column (from 1, 0 if not
 * known) on which it starts.
 *
 * @param path the JSON path, e.g. {@code reforms[1].parameters.guilin.growth-award.rate}
 * @param line the line, from 1
 * @param column the column, from 1
 */
record Place(String path, int line, int column) {
  /** An error here. */
  InputError error(String message) {
    return InputError.at(path, line, column, message);
  }

  /** The member {@code name} of the object here, at its own line and column. */
  Place member(String name, int atLine, int atColumn) {
    return new Place(path.isEmpty() ? name : path + "." + name, atLine, atColumn);
  }

  /** The item {@code index} of the array here, at its own line and column. */
  Place item(int index, int atLine, int atColumn) {
    return new Place(path + "[" + index + "]", atLine, atColumn);
  }

  /**
   * An error a reader found in the text cut from the body here, placed in the body: its path under
   * this one, its line counted from this line, and on this line its column counted from this column.
   */
  InputError within(InputError error) {
    String inner = error.path();
    String joined = inner.isEmpty() ? path : inner.startsWith("[") ? path + inner : path + "." + inner;
    if (error.line().isEmpty()) {
      return InputError.at(joined, line, column, error.message());
    }
    int innerLine = error.line().get();
    Optional<Integer> innerColumn = error.column();
    int atColumn = innerColumn.map(c -> innerLine == 1 ? c + column - 1 : c).orElse(0);
    return InputError.at(joined, innerLine + line - 1, atColumn, error.message());
  }
}
