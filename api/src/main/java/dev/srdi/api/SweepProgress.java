package dev.srdi.api;

/**
 * Told after each point of a sweep is done, so that a long sweep can show how far it is (the command draws a
 * progress bar on a terminal). Called on the sweeping thread; it should return quickly.
 */
@FunctionalInterface
public interface SweepProgress {
  /** Told nothing. */
  SweepProgress NONE = (done, total) -> { };

  /**
   * The points done so far out of all the sweep's points.
   *
   * @param done how many points are done, from 1
   * @param total how many points the sweep has
   */
  void pointsDone(int done, int total);
}
