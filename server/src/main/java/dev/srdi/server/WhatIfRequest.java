package dev.srdi.server;

import dev.srdi.api.Reform;
import dev.srdi.api.Scenario;
import java.time.LocalDate;

/**
 * A what-if as a request gives it: the scenario, every change (the body's reforms in order, then the
 * query's {@code set} and {@code interpretation}) as one reform, and where in the body each change is.
 *
 * @param scenario the scenario
 * @param reform the reforms as one
 * @param places where the body's reforms name each change
 */
record WhatIfRequest(Scenario scenario, Reform reform, ReformPlaces places) {
  /** The same request as of another day ({@code asOf}, as {@code --as-of} overrides the file's). */
  WhatIfRequest asOf(LocalDate day) {
    return new WhatIfRequest(scenario.asOf(day), reform, places);
  }

  WhatIfRequest with(Reform all) {
    return new WhatIfRequest(scenario, all, places);
  }
}
