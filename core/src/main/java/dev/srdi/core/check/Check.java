package dev.srdi.core.check;

import java.util.List;

/** One small, named check of a policy. */
public interface Check {

  /** {@return the stable name of the check, e.g. {@code caps}} */
  String name();

  /**
   * What the check finds in a jurisdiction.
   *
   * @param input the jurisdiction, the settings, the sample and the engine
   * @return the findings, in any order (the policy check sorts them); empty when nothing is worth saying
   */
  List<Finding> findings(CheckInput input);
}
