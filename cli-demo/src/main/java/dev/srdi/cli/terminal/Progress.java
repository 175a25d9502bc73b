package dev.srdi.cli.terminal;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How far a long run is (a sweep's points, a JSON Lines file's records): a bar with the count, the rate and
 * the time left (me.tongfei:progressbar), on stderr and only when stderr is a terminal; otherwise nothing at
 * all, so that a redirected or piped run writes exactly what it would without it. Stdout is never written.
 * Driven by one call, {@link #done(long, long)}: the records done so far and the total if it is known.
 */
public final class Progress implements AutoCloseable {
  /** Draws nothing. */
  public static final Progress NONE = new Progress(null, null);
  /** How often the bar is redrawn: often enough to look alive, rarely enough to cost nothing. */
  private static final int REDRAW_MILLIS = 250;
  /** The bar's width when the terminal's is unknown. */
  private static final int DEFAULT_WIDTH = 80;

  private final ProgressBar bar;
  private final EndedLine line;

  private Progress(ProgressBar bar, EndedLine line) {
    this.bar = bar;
    this.line = line;
  }

  /**
   * A bar on stderr if it is a terminal, else {@link #NONE}.
   *
   * @param task what is being done (e.g. {@code sweep})
   * @param unit what is counted, plural (e.g. {@code points}, {@code records})
   * @param total how many there are, or a negative number when it is not known (JSON Lines from a pipe)
   * @return the progress
   */
  public static Progress onStderr(String task, String unit, long total) {
    if (!Terminals.stderrIsTerminal()) {
      return NONE;
    }
    String columns = System.getenv("COLUMNS");
    // One column short of the terminal's width, so that the cursor never wraps to the next line.
    int width = (columns != null && columns.matches("[0-9]{2,4}") ? Integer.parseInt(columns)
        : Terminals.stderrWidth().orElse(DEFAULT_WIDTH)) - 1;
    return to(System.err, task, unit, total, width);
  }

  /**
   * A bar drawn on the given stream whatever it is (the tests' way in).
   *
   * @param out where to draw
   * @param task what is being done
   * @param unit what is counted
   * @param total how many, or negative when unknown
   * @param width the widest the bar's line may be
   * @return the progress
   */
  public static Progress to(PrintStream out, String task, String unit, long total, int width) {
    var line = new EndedLine(new ConsoleProgressBarConsumer(out, width));
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total < 0 ? -1 : total)
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" " + unit, 1)
        .showSpeed()
        .setUpdateIntervalMillis(REDRAW_MILLIS)
        .setConsumer(line)
        .build();
    return new Progress(bar, line);
  }

  /**
   * The count so far, and the total when it becomes known.
   *
   * @param count how many are done
   * @param total how many there are, or negative when not known
   */
  public void done(long count, long total) {
    if (bar != null) {
      if (total >= 0 && bar.getMax() != total) {
        bar.maxHint(total);
      }
      bar.stepTo(count);
    }
  }

  /** Draws the last state and ends the bar's line. */
  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      line.close();
    }
  }

  /**
   * The console consumer, ended once: progressbar 0.10.2 skips ending the line when the bar is closed before its
   * first redraw (a short run on a busy machine), and the summary that follows would then be written onto the bar.
   */
  private static final class EndedLine implements ProgressBarConsumer {
    private final ConsoleProgressBarConsumer console;
    private boolean ended;

    EndedLine(ConsoleProgressBarConsumer console) {
      this.console = console;
    }

    @Override
    public int getMaxRenderedLength() {
      return console.getMaxRenderedLength();
    }

    @Override
    public synchronized void accept(String rendered) {
      if (!ended) {
        console.accept(rendered);
      }
    }

    @Override
    public synchronized void close() {
      if (!ended) {
        ended = true;
        console.close();
      }
    }
  }
}
