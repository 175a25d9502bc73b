package dev.srdi.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.api.Scenario;
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

  public boolean allEnterprises() {
    return allEnterprises;
  }

  /** What the command evaluates; the enterprises left out are named on stderr. */
  public Scoped apply(Scenario scenario, Jurisdiction jurisdiction, PrintWriter err) {
    if (allEnterprises) {
      return new Scoped(scenario, List.of());
    }
    List<Enterprise> leftOut = scenario.notOwnedBy(jurisdiction.id());
    if (!leftOut.isEmpty()) {
      err.println("srdi: left out " + leftOut.size() + " enterprise(s) of other jurisdictions ("
          + leftOut.stream().collect(Collectors.groupingBy(e -> e.jurisdiction().orElseThrow().value(),
              java.util.TreeMap::new, Collectors.counting())).entrySet().stream()
              .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "))
          + "); --all-enterprises evaluates them under " + jurisdiction.id());
      err.flush();
    }
    return new Scoped(scenario.ownedBy(jurisdiction.id()), leftOut);
  }

  /** The scenario to evaluate and the enterprises left out of it. */
  public record Scoped(Scenario scenario, List<Enterprise> leftOut) {
    /** Adds {@code leftOut: [{id, jurisdiction}]} to a JSON answer when anything was left out. */
    public ObjectNode annotate(ObjectNode json) {
      if (!leftOut.isEmpty()) {
        ArrayNode list = json.putArray("leftOut");
        leftOut.forEach(e -> list.addObject().put("id", e.id().value())
            .put("jurisdiction", e.jurisdiction().orElseThrow().value()));
      }
      return json;
    }
  }
}
