package dev.srdi.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.api.Scope;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.EvaluationJson;
import dev.srdi.api.json.InputError;
import dev.srdi.api.json.Json;
import dev.srdi.api.json.ScenarioReader;
import dev.srdi.api.json.Utf8Lines;
import dev.srdi.cli.text.Amounts;
import dev.srdi.cli.text.Csv;
import dev.srdi.cli.text.StreamingTable;
import dev.srdi.cli.view.EvaluationView;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.spi.Jurisdiction;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Evaluates a JSON Lines portfolio one enterprise at a time, so that memory stays bounded: one line
 * in, one line out, in order. An invalid line yields an error line in its place, so that the counts
 * always reconcile; the summary goes to stderr. A line that is not UTF-8, or that repeats an earlier
 * line's enterprise id, is invalid as {@code srdi validate} says; only the ids are kept for that check.
 */
public final class JsonLinesEvaluation {
  private final Srdi srdi;
  private final Jurisdiction jurisdiction;
  private final LocalDate asOf;
  private final Optional<Integer> year;
  private final Format format;
  private final Scope scope;

  public JsonLinesEvaluation(
      Srdi srdi, Jurisdiction jurisdiction, LocalDate asOf, Optional<Integer> year, Format format, Scope scope) {
    this.srdi = srdi;
    this.jurisdiction = jurisdiction;
    this.asOf = asOf;
    this.year = year;
    this.format = format;
    this.scope = scope;
  }

  /**
   * Streams the lines, then writes the summary to stderr: as JSON for {@code --format json}, else as
   * text. Exit code 0, or 1 if any line was invalid (stdout has output, so it cannot be 2).
   */
  public int run(Utf8Lines in, PrintWriter out, PrintWriter err) {
    var totals = new RunningSummary();
    var sink = new LineSink(out);
    // On SIGINT or SIGTERM the JVM runs this while the loop may be writing: the sink lets the current
    // record finish, takes no more, and the summary then counts exactly the lines on the output.
    Thread onSignal = new Thread(() -> {
      long written = sink.stop();
      summary(totals, err);
      err.println("srdi: interrupted: " + written + " line(s) written");
      err.flush();
    }, "srdi-summary-on-signal");
    Runtime.getRuntime().addShutdownHook(onSignal);
    try {
      stream(in, sink, totals, err);
    } finally {
      removeHook(onSignal);
    }
    summary(totals, err);
    return totals.invalid() == 0 ? ExitCode.OK : ExitCode.FAILED;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already stopping and runs the hook: it prints the summary.
    }
  }

  private void summary(RunningSummary totals, PrintWriter err) {
    if (format == Format.JSON) {
      ObjectNode summary = Json.object();
      summary.put("lines", totals.lines());
      summary.put("invalid", totals.invalid());
      summary.put("skipped", totals.skipped());
      summary.set("summary", EvaluationJson.summary(totals.summary()));
      err.println(Json.compact(summary));
    } else {
      err.print(EvaluationView.summary(totals.summary()));
      err.println(totals.lines() + " line(s) read, " + totals.invalid() + " invalid, " + totals.skipped()
          + " skipped (another jurisdiction; --all-enterprises evaluates them)");
    }
    err.flush();
  }

  private void stream(Utf8Lines in, LineSink out, RunningSummary totals, PrintWriter err) {
    var table = new StreamingTable(List.of("Line", "Enterprise", "Entitlements", "Total (yuan)", "Status"),
        new int[] {7, 24, 12, 18, 48}, new boolean[] {true, false, true, true, false});
    Runnable nothing = () -> { };
    if (format == Format.TABLE) {
      out.write(table.header(), nothing);
    } else if (format == Format.CSV) {
      out.write(Csv.row(concat("line", EvaluationView.CSV_HEADER)), nothing);
    }
    // A bar on stderr when it is a terminal (records and rate; a stream's length is not known, so no time left).
    try (var progress = dev.srdi.cli.terminal.Progress.onStderr("evaluate", "records", -1)) {
      Map<String, Integer> firstLineOfId = new HashMap<>();
      Utf8Lines.Line read;
      int number = 0;
      while ((read = in.next()) != null) {
        number++;
        // A line that is not UTF-8 names no id in its error line: the id read through replacement characters is not the input's.
        String line = read.utf8() ? read.text() : "";
        var record = read.utf8()
            ? Validation.fromEither(srdi.readEnterprise(line, number).mapLeft(Problems::inputErrors))
            : notUtf8(number);
        if (record.isValid()) {
          String id = record.get().id().value();
          Integer earlier = firstLineOfId.putIfAbsent(id, number);
          if (earlier != null) {
            record = Validation.invalid(io.vavr.collection.List.of(InputError.at("id", number,
                "duplicate enterprise id '" + id + "' (also line " + earlier + ")")));
          }
        }
        boolean written;
        if (record.isValid() && !scope.includes(record.get(), jurisdiction.id())) {
          written = out.write(skipped(number, record.get(), table), totals::addSkipped);
        } else if (record.isValid()) {
          EnterpriseResult result = evaluate(record.get());
          written = result.isFailed()
              ? out.write(failed(number, result, table), totals::addInvalid)
              : out.write(valid(number, result, table), () -> totals.add(result));
        } else {
          written = out.write(invalid(number, line, record.getError(), table), totals::addInvalid);
        }
        if (!written) {
          return;
        }
        progress.done(number, -1);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (format == Format.TABLE) {
      out.write(table.border(), nothing);
    }
  }

  /** An enterprise its city's plugin failed on: an error line in its place, naming plugin, measure and enterprise. */
  private String failed(int number, EnterpriseResult result, StreamingTable table) {
    String message = result.fault().orElseThrow().describe();
    return switch (format) {
      case JSON -> Json.compact(EvaluationJson.lineError(Optional.of(result.enterprise().value()), number, message)) + "\n";
      case CSV -> Csv.row(concat(String.valueOf(number), List.of(result.enterprise().value(), "error", "", "", "", "", "",
          "", "", "", "", "", "", message, "", "")));
      case TABLE -> table.row(List.of(String.valueOf(number), result.enterprise().value(), "—", "—", "ERROR " + message));
    };
  }

  private static Validation<Seq<InputError>, Enterprise> notUtf8(int number) {
    return Validation.invalid(io.vavr.collection.List.of(InputError.at("", number, "not UTF-8 text")));
  }

  private EnterpriseResult evaluate(Enterprise enterprise) {
    EnterpriseResult result = srdi.evaluate(jurisdiction.id().value(), enterprise, asOf).getOrElseThrow(Problems::usage);
    return year.map(result::onlyYear).orElse(result);
  }

  private String valid(int number, EnterpriseResult result, StreamingTable table) {
    return switch (format) {
      case JSON -> Json.compact(EvaluationJson.enterprise(result)) + "\n";
      case CSV -> EvaluationView.csvRows(result).lines().map(row -> number + "," + row + "\n").collect(Collectors.joining());
      case TABLE -> table.row(List.of(String.valueOf(number), result.enterprise().value(),
          String.valueOf(result.entitlements().size()), Amounts.grouped(result.total()),
          result.benefits().size() + " benefit(s), " + result.notEligible().size() + " not eligible"));
    };
  }

  /** A line of another jurisdiction: its place is kept, so that the counts still reconcile. */
  private String skipped(int number, Enterprise enterprise, StreamingTable table) {
    String reason = "declares jurisdiction " + enterprise.jurisdiction().orElseThrow() + "; --all-enterprises evaluates it under "
        + jurisdiction.id();
    return switch (format) {
      case JSON -> Json.compact(EvaluationJson.lineSkipped(enterprise.id().value(), number, reason)) + "\n";
      case CSV -> Csv.row(concat(String.valueOf(number), List.of(enterprise.id().value(), "skipped", "", "", "", "", "", "",
          "", "", "", "", "", reason, "", "")));
      case TABLE -> table.row(List.of(String.valueOf(number), enterprise.id().value(), "—", "—", "SKIPPED " + reason));
    };
  }

  private String invalid(int number, String line, Seq<InputError> errors, StreamingTable table) {
    Optional<String> id = ScenarioReader.idOf(line);
    String message = errors.map(InputError::describeWithoutLine).mkString("; ");
    return switch (format) {
      case JSON -> Json.compact(EvaluationJson.lineError(id, number, message)) + "\n";
      case CSV -> Csv.row(concat(String.valueOf(number), List.of(id.orElse(""), "error", "", "", "", "", "", "", "", "", "",
          "", "", message, "", "")));
      case TABLE -> table.row(List.of(String.valueOf(number), id.orElse("?"), "—", "—", "ERROR " + message));
    };
  }

  private static List<String> concat(String first, List<String> rest) {
    var all = new java.util.ArrayList<String>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
