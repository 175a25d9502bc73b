package dev.srdi.cli;

import dev.srdi.api.lines.LineBytes;
import dev.srdi.api.lines.LineOutput;
import java.io.PrintWriter;

/**
 * Where a JSON Lines run writes: each record goes out whole and is flushed at once, so that a
 * run stopped by a signal leaves only complete lines, and a write that fails stops the run with
 * {@link OutputFailed} instead of being lost silently. One writer thread; {@link #stop} may be called
 * from another (a shutdown hook), and waits for a record being written to finish.
 */
final class LineSink implements LineOutput {
  private final PrintWriter out;
  private long lines;
  private boolean stopped;

  LineSink(PrintWriter out) {
    this.out = out;
  }

  /**
   * Writes one record whole (one or more complete lines) and then runs {@code written}, under the
   * same lock, so that a summary taken by {@link #stop} counts exactly what is on the output. The
   * record's bytes go straight out to the command's stdout; any other writer (a test's, Excel's line
   * ends) is given their text.
   *
   * @return false if the sink was stopped and nothing was written
   */
  @Override
  public synchronized boolean write(LineBytes record, Runnable written) {
    if (stopped) {
      return false;
    }
    if (out instanceof Utf8PrintWriter stdout) {
      stdout.write(record);
    } else {
      out.print(record.text());
    }
    // checkError flushes first: a full disk or a closed pipe shows here, on this record.
    if (out.checkError()) {
      stopped = true;
      throw new OutputFailed(lines);
    }
    lines += record.lines();
    written.run();
    return true;
  }

  /** No more records: what was written stays written; returns how many lines that was. */
  synchronized long stop() {
    stopped = true;
    return lines;
  }
}
