package dev.srdi.core.check;

import java.util.List;

/** One small, named check of a policy. */
public interface Check {

  /** The stable name of the check, e.g. {@code caps}. */
  String name();

  List<Finding> findings(CheckInput input);
}
