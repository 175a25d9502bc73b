package dev.srdi.cli;

import dev.srdi.api.lines.LineBytes;
import dev.srdi.api.lines.LineFormat;
import dev.srdi.cli.text.Csv;
import dev.srdi.cli.view.EvaluationView;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.Enterprise;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code --format csv} for a JSON Lines run: the evaluation's CSV rows, each led by its input line's number. */
final class CsvLineFormat implements LineFormat {
  @Override
  public LineBytes header() {
    return row("line", EvaluationView.CSV_HEADER);
  }

  @Override
  public LineBytes evaluated(int line, EnterpriseResult result) {
    return LineBytes.of(
        EvaluationView.csvRows(result).lines().map(row -> line + "," + row + "\n").collect(Collectors.joining()));
  }

  @Override
  public LineBytes failed(int line, EnterpriseResult result) {
    return row(String.valueOf(line), List.of(result.enterprise().value(), "error", "", "", "", "", "",
        "", "", "", "", "", "", result.fault().orElseThrow().describe(), "", ""));
  }

  @Override
  public LineBytes skipped(int line, Enterprise enterprise, String reason) {
    return row(String.valueOf(line), List.of(enterprise.id().value(), "skipped", "", "", "", "", "", "",
        "", "", "", "", "", reason, "", ""));
  }

  @Override
  public LineBytes invalid(int line, Optional<String> id, String message) {
    return row(String.valueOf(line), List.of(id.orElse(""), "error", "", "", "", "", "", "", "", "", "",
        "", "", message, "", ""));
  }

  private static LineBytes row(String first, List<String> rest) {
    return LineBytes.of(Csv.row(numbered(first, rest)));
  }

  private static List<String> numbered(String first, List<String> rest) {
    var all = new ArrayList<String>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
