package dev.srdi.api.json;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors found in one JSON text, each placed by path and line. In a JSON Lines file every
 * error of a record carries the record's line in the file.
 */
final class ScenarioDocument {
  private final LineIndex lines;
  private final int fixedLine;
  private final List<InputError> errors = new ArrayList<>();

  private ScenarioDocument(LineIndex lines, int fixedLine) {
    this.lines = lines;
    this.fixedLine = fixedLine;
  }

  static ScenarioDocument of(LineIndex lines) {
    return new ScenarioDocument(lines, 0);
  }

  static ScenarioDocument onLine(LineIndex lines, int lineNumber) {
    return new ScenarioDocument(lines, lineNumber);
  }

  /** An error at the path; the document itself is {@code $}, as in JSONPath, so that every error names a place. */
  void error(JsonPath path, String message) {
    errors.add(InputError.at(path.segments().isEmpty() ? "$" : path.toString(), lineOf(path), lines.columnOf(path.pointer()),
        message));
  }

  /** The line the value at the path starts on. */
  int lineOf(JsonPath path) {
    return fixedLine > 0 ? fixedLine : lines.lineOf(path.pointer());
  }

  int errorCount() {
    return errors.size();
  }

  List<InputError> errors() {
    return List.copyOf(errors);
  }
}
