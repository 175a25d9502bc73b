package dev.srdi.core.parameter;

import java.util.HashSet;
import java.util.Set;

/**
 * Every parameter and interpretation that settings were asked about, through {@link Settings#recording}:
 * an evaluation is a deterministic function of what it reads, so one that never read a parameter gets the
 * same result whatever that parameter's value (a sweep re-evaluates only the enterprises that read its axis).
 * A question about all the changes at once ({@link Settings#changedParameters}) counts as reading everything.
 * Used by one thread, one evaluation at a time.
 */
public final class ReadRecord {
  private final Set<ParameterId> parameters = new HashSet<>();
  private final Set<InterpretationId> interpretations = new HashSet<>();
  private boolean everything;

  void parameter(ParameterId id) {
    parameters.add(id);
  }

  void interpretation(InterpretationId id) {
    interpretations.add(id);
  }

  void everything() {
    everything = true;
  }

  /**
   * Whether the parameter, or its history, was asked about.
   *
   * @param id the parameter
   * @return true when it was read, or when everything was
   */
  public boolean read(ParameterId id) {
    return everything || parameters.contains(id);
  }

  /**
   * Whether the interpretation's choice was asked about.
   *
   * @param id the interpretation
   * @return true when it was read, or when everything was
   */
  public boolean read(InterpretationId id) {
    return everything || interpretations.contains(id);
  }
}
