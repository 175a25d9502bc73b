package dev.srdi.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.api.Scenario;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.Json;
import dev.srdi.cli.UsageException;
import dev.srdi.cli.generate.PortfolioGenerator;
import dev.srdi.core.facts.Portfolio;
import java.time.LocalDate;

/** The generated portfolio the sample-based policy checks evaluate, for {@code srdi check} and {@code srdi document}. */
final class CheckSample {
  /** The sample is evaluated as of the last day the generator dates events. */
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  /** The largest sample the commands draw: enough for the checks, small enough to answer in seconds. */
  static final int MOST = 100_000;

  private CheckSample() {}

  /** Refuses a sample size the commands do not draw, naming the option. */
  static void requireSize(int size) {
    if (size < 0 || size > MOST) {
      throw new UsageException("--sample must be between 0 and " + MOST + ", not " + size);
    }
  }

  /** The generated sample, read like any scenario, so that the checks see what `srdi generate` writes. */
  static Portfolio of(Srdi api, long seed, int size) {
    var generator = new PortfolioGenerator(seed, api.jurisdictions());
    ObjectNode scenario = Json.object();
    scenario.put("schema", Scenario.SCHEMA);
    scenario.put("asOf", AS_OF.toString());
    ArrayNode enterprises = scenario.putArray("enterprises");
    for (int i = 0; i < size; i++) {
      enterprises.add(generator.next());
    }
    return api.readScenario(Json.compact(scenario))
        .getOrElseThrow(problem -> new IllegalStateException("the generator wrote an invalid sample: " + problem.message()))
        .portfolio();
  }
}
