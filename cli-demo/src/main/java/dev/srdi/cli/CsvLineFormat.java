package dev.srdi.cli;

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
  public String header() {
    return Csv.row(numbered("line", EvaluationView.CSV_HEADER));
  }

  @Override
  public String evaluated(int line, EnterpriseResult result) {
    return EvaluationView.csvRows(result).lines().map(row -> line + "," + row + "\n").collect(Collectors.joining());
  }

  @Override
  public String failed(int line, EnterpriseResult result) {
    return Csv.row(numbered(String.valueOf(line), List.of(result.enterprise().value(), "error", "", "", "", "", "",
        "", "", "", "", "", "", result.fault().orElseThrow().describe(), "", "")));
  }

  @Override
  public String skipped(int line, Enterprise enterprise, String reason) {
    return Csv.row(numbered(String.valueOf(line), List.of(enterprise.id().value(), "skipped", "", "", "", "", "", "",
        "", "", "", "", "", reason, "", "")));
  }

  @Override
  public String invalid(int line, Optional<String> id, String message) {
    return Csv.row(numbered(String.valueOf(line), List.of(id.orElse(""), "error", "", "", "", "", "", "", "", "", "",
        "", "", message, "", "")));
  }

  private static List<String> numbered(String first, List<String> rest) {
    var all = new ArrayList<String>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
