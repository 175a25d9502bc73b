package dev.srdi.cli;

import dev.srdi.api.Scope;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.spi.Jurisdiction;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * {@code --all-enterprises}: by default a one-city command leaves out the enterprises that name
 * another jurisdiction (its policy never pays them, so counting them would overstate what a change
 * costs), and says so; with the option every enterprise is evaluated under the chosen city.
 */
public final class ScopeOption {
  @Option(names = "--all-enterprises",
      description = "Also evaluate enterprises whose `jurisdiction` names another city (left out by default).")
  boolean allEnterprises;

  /** The API's scope the option chooses. */
  public Scope scope() {
    return allEnterprises ? Scope.EVERY_ENTERPRISE : Scope.OWN_ENTERPRISES;
  }

  /** Names on stderr the enterprises the scope left out, if any. */
  public void report(List<Enterprise> leftOut, Jurisdiction jurisdiction, PrintWriter err) {
    if (!leftOut.isEmpty()) {
      err.println("srdi: left out " + leftOut.size() + " enterprise(s) of other jurisdictions ("
          + leftOut.stream().collect(Collectors.groupingBy(e -> e.jurisdiction().orElseThrow().value(),
              java.util.TreeMap::new, Collectors.counting())).entrySet().stream()
              .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "))
          + "); --all-enterprises evaluates them under " + jurisdiction.id());
      err.flush();
    }
  }
}
