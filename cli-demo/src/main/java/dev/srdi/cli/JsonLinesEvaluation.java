package dev.srdi.cli;

import dev.srdi.api.Scope;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.Utf8Lines;
import dev.srdi.api.lines.JsonLineFormat;
import dev.srdi.api.lines.LineFormat;
import dev.srdi.api.lines.LineTotals;
import dev.srdi.api.lines.PortfolioLines;
import dev.srdi.cli.view.EvaluationView;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.spi.Jurisdiction;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code srdi evaluate} of a JSON Lines portfolio: the api's {@link PortfolioLines} (one line in, one
 * record out, in order, on {@code --threads} threads, memory bounded), written in the chosen format,
 * with the summary on stderr and whole lines only when a signal stops the run.
 */
public final class JsonLinesEvaluation {
  private final Srdi srdi;
  private final Jurisdiction jurisdiction;
  private final LocalDate asOf;
  private final Optional<Integer> year;
  private final Format format;
  private final Scope scope;
  private final int threads;

  public JsonLinesEvaluation(Srdi srdi, Jurisdiction jurisdiction, LocalDate asOf, Optional<Integer> year,
      Format format, Scope scope, int threads) {
    this.srdi = srdi;
    this.jurisdiction = jurisdiction;
    this.asOf = asOf;
    this.year = year;
    this.format = format;
    this.scope = scope;
    this.threads = threads;
  }

  /** What a skipped record says: the option that would evaluate it. */
  public static String leftOut(Enterprise enterprise, JurisdictionId evaluated) {
    return "declares jurisdiction " + enterprise.jurisdiction().orElseThrow() + "; --all-enterprises evaluates it under "
        + evaluated;
  }

  /**
   * Streams the lines, then writes the summary to stderr: as JSON for {@code --format json}, else as
   * text. Exit code 0, or 1 if any line was invalid (stdout has output, so it cannot be 2).
   */
  public int run(Utf8Lines in, PrintWriter out, PrintWriter err) {
    var run = new PortfolioLines(srdi, jurisdiction, asOf, year, scope, lineFormat(), JsonLinesEvaluation::leftOut,
        threads);
    var sink = new LineSink(out);
    // On SIGINT or SIGTERM the JVM runs this while the run may be writing: the sink lets the current
    // record finish, takes no more, and the summary then counts exactly the lines on the output.
    Thread onSignal = new Thread(() -> {
      long written = sink.stop();
      summary(run.totals(), err);
      err.println("srdi: interrupted: " + written + " line(s) written");
      err.flush();
    }, "srdi-summary-on-signal");
    Runtime.getRuntime().addShutdownHook(onSignal);
    // A bar on stderr when it is a terminal (records and rate; a stream's length is not known, so no time left).
    try (var progress = dev.srdi.cli.terminal.Progress.onStderr("evaluate", "records", -1)) {
      run.run(in::next, sink, done -> progress.done(done, -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      removeHook(onSignal);
    }
    summary(run.totals(), err);
    return run.totals().invalid() == 0 ? ExitCode.OK : ExitCode.FAILED;
  }

  private LineFormat lineFormat() {
    return switch (format) {
      case JSON -> new JsonLineFormat();
      case CSV -> new CsvLineFormat();
      case TABLE -> new TableLineFormat();
    };
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already stopping and runs the hook: it prints the summary.
    }
  }

  private void summary(LineTotals totals, PrintWriter err) {
    if (format == Format.JSON) {
      err.println(totals.toJson());
    } else {
      err.print(EvaluationView.summary(totals.summary()));
      err.println(totals.lines() + " line(s) read, " + totals.invalid() + " invalid, " + totals.skipped()
          + " skipped (another jurisdiction; --all-enterprises evaluates them)");
    }
    err.flush();
  }
}
