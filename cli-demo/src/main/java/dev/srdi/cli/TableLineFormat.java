package dev.srdi.cli;

import dev.srdi.api.lines.LineBytes;
import dev.srdi.api.lines.LineFormat;
import dev.srdi.cli.text.Amounts;
import dev.srdi.cli.text.StreamingTable;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.Enterprise;
import java.util.List;
import java.util.Optional;

/** {@code --format table} for a JSON Lines run: one row a line, fixed widths, so that it can be written as it goes. */
final class TableLineFormat implements LineFormat {
  private final StreamingTable table = new StreamingTable(
      List.of("Line", "Enterprise", "Entitlements", "Total (yuan)", "Status"),
      new int[] {7, 24, 12, 18, 48}, new boolean[] {true, false, true, true, false});

  @Override
  public LineBytes header() {
    return LineBytes.of(table.header());
  }

  @Override
  public LineBytes footer() {
    return LineBytes.of(table.border());
  }

  @Override
  public LineBytes evaluated(int line, EnterpriseResult result) {
    return LineBytes.of(table.row(List.of(String.valueOf(line), result.enterprise().value(),
        String.valueOf(result.entitlements().size()), Amounts.grouped(result.total()),
        result.benefits().size() + " benefit(s), " + result.notEligible().size() + " not eligible")));
  }

  @Override
  public LineBytes failed(int line, EnterpriseResult result) {
    return LineBytes.of(table.row(List.of(String.valueOf(line), result.enterprise().value(), "—", "—",
        "ERROR " + result.fault().orElseThrow().describe())));
  }

  @Override
  public LineBytes skipped(int line, Enterprise enterprise, String reason) {
    return LineBytes.of(
        table.row(List.of(String.valueOf(line), enterprise.id().value(), "—", "—", "SKIPPED " + reason)));
  }

  @Override
  public LineBytes invalid(int line, Optional<String> id, String message) {
    return LineBytes.of(table.row(List.of(String.valueOf(line), id.orElse("?"), "—", "—", "ERROR " + message)));
  }
}
