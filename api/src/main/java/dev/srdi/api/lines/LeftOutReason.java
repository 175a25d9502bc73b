package dev.srdi.api.lines;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.policy.JurisdictionId;

/**
 * Why a record of another jurisdiction is skipped, in the words of whoever runs the evaluation (a
 * command names its option, a portal its own control).
 */
@FunctionalInterface
public interface LeftOutReason {
  /**
   * The reason.
   *
   * @param enterprise the enterprise, which names another jurisdiction
   * @param evaluated the jurisdiction being evaluated
   * @return one sentence
   */
  String of(Enterprise enterprise, JurisdictionId evaluated);
}
