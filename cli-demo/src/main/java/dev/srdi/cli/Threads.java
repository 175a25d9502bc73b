package dev.srdi.cli;

/**
 * {@code --threads N}: how many threads a command spreads its work over. The default is the
 * processors the JVM may use; 1 runs everything on the command's own thread. The output is the same
 * bytes whatever the number: the work is split, the results are put back in input order.
 */
public final class Threads {
  /** Beyond this many threads a portfolio run gains nothing and only holds more batches in memory. */
  static final int MAX = 256;

  private Threads() {}

  /**
   * The number of threads the option asks for, or the default.
   *
   * @throws UsageException for a number below 1 or above {@link #MAX}
   */
  public static int resolve(Integer option) {
    if (option == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (option < 1 || option > MAX) {
      throw new UsageException("--threads must be from 1 to " + MAX + ", not " + option);
    }
    return option;
  }
}
