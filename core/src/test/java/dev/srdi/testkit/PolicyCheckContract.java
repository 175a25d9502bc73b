package dev.srdi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.srdi.core.check.Finding;
import dev.srdi.core.check.PolicyCheck;
import dev.srdi.core.check.Severity;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.spi.Jurisdiction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The policy check ({@code srdi check}) run on a plugin with the text's values, so that a city cannot
 * land with an ERROR-level finding. A plugin implements it beside {@link JurisdictionContract}:
 * {@code final class GuilinPolicyCheckTest implements PolicyCheckContract { … }}. The sample-based checks
 * (same event, dead switches) see {@link #policyCheckSample()}, empty by default: they only warn.
 */
@ExtendWith(PluginFailures.class)
public interface PolicyCheckContract {

  Jurisdiction jurisdiction();

  /** Enterprises for the checks that need some; a plugin may return its example scenario. */
  default Portfolio policyCheckSample() {
    return Portfolio.of(List.of());
  }

  @Test
  default void the_policy_check_finds_no_error() {
    List<Finding> errors = PolicyCheck.run(jurisdiction(), TestKit.settings(jurisdiction(), Overrides.none()),
            policyCheckSample(), LocalDate.of(2025, 12, 31)).stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .toList();
    assertEquals(List.of(), errors, "srdi check -j " + jurisdiction().id() + " finds errors");
  }
}
