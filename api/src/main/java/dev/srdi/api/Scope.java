package dev.srdi.api;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.policy.JurisdictionId;

/**
 * Which enterprises of a scenario a one-jurisdiction evaluation takes. A city's policy pays only its
 * own firms, so counting the others would overstate what a change costs; the command line's default
 * is {@link #OWN_ENTERPRISES}, and a portal chooses the same way.
 */
public enum Scope {
  /**
   * The enterprises (and parks) that name the jurisdiction, or name none; the others are left out
   * and listed as such in the answer.
   */
  OWN_ENTERPRISES,

  /** Every enterprise, evaluated under the jurisdiction whatever jurisdiction it names. */
  EVERY_ENTERPRISE;

  /**
   * Whether a one-jurisdiction evaluation in this scope takes the enterprise.
   *
   * @param enterprise the enterprise
   * @param jurisdiction the jurisdiction being evaluated
   * @return true if the enterprise is evaluated, false if it is left out
   */
  public boolean includes(Enterprise enterprise, JurisdictionId jurisdiction) {
    return this == EVERY_ENTERPRISE || Scenario.belongs(enterprise, jurisdiction);
  }
}
