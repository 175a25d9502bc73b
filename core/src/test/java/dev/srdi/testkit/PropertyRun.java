package dev.srdi.testkit;

import java.util.SplittableRandom;
import org.quicktheories.QuickTheory;

/**
 * Where every property of the kit starts: {@code qt()} with a fresh random seed each run, or the one
 * given as {@code -Dsrdi.seed=…} to rerun a failure, and a report that names the seed and shows the
 * shrunk counter-example in the domain's own words.
 */
public final class PropertyRun {
  /** The system property that fixes the seed; Maven passes {@code -Dsrdi.seed=…} on to the tests. */
  public static final String SEED = "srdi.seed";

  /**
   * How many smaller variants a failure tries before it is reported. QuickTheories' default, a hundred per
   * example, takes tens of seconds on an enterprise; this many shrink one to a few facts in a second or two.
   */
  private static final int SHRINK_CYCLES = 3_000;

  private static final SplittableRandom SEEDS = new SplittableRandom();

  private PropertyRun() {}

  /** A theory seeded from {@code srdi.seed} if it is set, at random otherwise. */
  public static QuickTheory qt() {
    long seed = seed();
    return QuickTheory.qt()
        .withFixedSeed(seed)
        .withShrinkCycles(SHRINK_CYCLES)
        .withReporter(new CounterExampleReporter());
  }

  static long seed() {
    String fixed = System.getProperty(SEED);
    if (fixed == null || fixed.isBlank()) {
      synchronized (SEEDS) {
        return SEEDS.nextLong();
      }
    }
    try {
      return Long.parseLong(fixed.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SEED + " must be a whole number (a seed a failed run printed): " + fixed, e);
    }
  }
}
