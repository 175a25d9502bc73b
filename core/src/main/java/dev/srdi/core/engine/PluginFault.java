package dev.srdi.core.engine;

import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.policy.JurisdictionId;
import java.util.Objects;
import java.util.Optional;

/**
 * A jurisdiction plugin failed while evaluating one enterprise: which plugin, during which measure (empty when
 * the failure was not inside one measure's assessment), for which enterprise, and what it threw. The
 * enterprise's result then holds nothing else; other enterprises and other jurisdictions are evaluated as
 * usual.
 *
 * @param jurisdiction the plugin's jurisdiction
 * @param measure the measure being assessed, if the failure was inside one
 * @param enterprise the enterprise
 * @param error what it threw, as "Type: message"
 */
public record PluginFault(JurisdictionId jurisdiction, Optional<MeasureId> measure, EnterpriseId enterprise, String error) {
  /**
   * Rejects a missing value.
   *
   * @param jurisdiction the jurisdiction
   * @param measure the measure, if any
   * @param enterprise the enterprise
   * @param error what it threw
   */
  public PluginFault {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(enterprise, "enterprise");
    Objects.requireNonNull(error, "error");
  }

  /**
   * {@return one line for a person: "plugin guilin failed in measure guilin.x for enterprise E1:
   * IllegalStateException: …"}
   */
  public String describe() {
    return "plugin " + jurisdiction + " failed" + measure.map(m -> " in measure " + m).orElse("") + " for enterprise "
        + enterprise + ": " + error;
  }

  /**
   * Whether a failure is the plugin's alone, to be isolated to its enterprise: any exception or error but those
   * that leave the whole JVM unsound (out of memory and the like), which must still stop the run. A stack
   * overflow is the plugin's own recursion, so it is isolated too.
   *
   * @param t what the plugin threw
   * @return true when the run may go on without it
   */
  public static boolean isolable(Throwable t) {
    return !(t instanceof VirtualMachineError) || t instanceof StackOverflowError;
  }

  static String describe(Throwable t) {
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }
}
