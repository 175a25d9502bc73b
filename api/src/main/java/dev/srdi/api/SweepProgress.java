package dev.srdi.api;

/**
 * Told after each evaluation a sweep needs is done, so that a long sweep can show how far it is (the command
 * draws a progress bar on a terminal). An evaluation is one city under the settings of one or more points (a
 * city no swept value touches is evaluated once). Calls come from the sweep's worker threads, one at a time;
 * each should return quickly.
 */
@FunctionalInterface
public interface SweepProgress {
  /** Told nothing. */
  SweepProgress NONE = (done, total) -> { };

  /**
   * The evaluations done so far out of all those the sweep needs.
   *
   * @param done how many are done, from 1
   * @param total how many the sweep needs
   */
  void evaluationsDone(int done, int total);
}
