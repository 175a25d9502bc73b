package dev.srdi.api.json;

import dev.srdi.api.InputError;
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

  void error(JsonPath path, String message) {
    int line = fixedLine > 0 ? fixedLine : lines.lineOf(path.pointer());
    errors.add(InputError.at(path.toString(), line, message));
  }

  int errorCount() {
    return errors.size();
  }

  List<InputError> errors() {
    return List.copyOf(errors);
  }
}
