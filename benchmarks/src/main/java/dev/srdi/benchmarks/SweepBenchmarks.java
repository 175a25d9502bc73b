package dev.srdi.benchmarks;

import dev.srdi.api.Evaluation;
import dev.srdi.api.Reform;
import dev.srdi.api.Scenario;
import dev.srdi.api.Srdi;
import dev.srdi.api.Sweep;
import dev.srdi.api.SweepAxis;
import dev.srdi.cli.ScenarioFiles;
import dev.srdi.core.spi.Jurisdiction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;

/**
 * Issue 14's claim, timed as the command runs: a sweep of ten values of {@code guilin.growth-award.rate}
 * over a generated portfolio against one evaluation of it, each from the JSON Lines file through the
 * reader the command uses ({@link ScenarioFiles}) and the facade. One operation is the whole portfolio,
 * read once; {@link Main} passes the portfolio's size ({@code SRDI_ENTERPRISES}) as {@code enterprises}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
public class SweepBenchmarks {
  private static final String RATE = "guilin.growth-award.rate";

  @State(Scope.Benchmark)
  public static class PortfolioFile {
    @Param("100000")
    public int enterprises;

    Srdi srdi;
    Path file;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      srdi = Srdi.load();
      file = Files.createTempFile("srdi-sweep-benchmark", ".jsonl");
      Files.write(file, BenchmarkPortfolio.generate(srdi, enterprises).lines());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      Files.deleteIfExists(file);
    }

    Scenario read() {
      return ScenarioFiles.load(srdi, file, true, Optional.of(BenchmarkPortfolio.AS_OF));
    }
  }

  /** The file read and every enterprise evaluated once under the city it names (what {@code srdi evaluate -j} does per city). */
  @Benchmark public List<Evaluation> evaluateOnce(PortfolioFile p) {
    Scenario scenario = p.read();
    var cities = new ArrayList<Evaluation>();
    for (Jurisdiction j : p.srdi.jurisdictions()) {
      cities.add(p.srdi.evaluate(j.id().value(), scenario, dev.srdi.api.Scope.OWN_ENTERPRISES)
          .getOrElseThrow(problem -> new IllegalStateException(problem.toString())));
    }
    return cities;
  }

  /** The file read and swept over one value, the text's own (3‰): the sweep's fixed cost. */
  @Benchmark public Sweep sweepOneValue(PortfolioFile p) {
    return sweep(p, "3‰");
  }

  /** {@code srdi sweep --set guilin.growth-award.rate=1‰..10‰:1‰}: the file read once, ten values. */
  @Benchmark public Sweep sweepTenValues(PortfolioFile p) {
    return sweep(p, "1‰..10‰:1‰");
  }

  /**
   * The single-shot runs of this class, in seconds, and the claim's ratio (ten values against one evaluation).
   *
   * @param results every result of the run
   * @return the lines, empty when none of these benchmarks ran
   */
  static String table(Collection<RunResult> results) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      if (name.startsWith(SweepBenchmarks.class.getName() + ".")) {
        seconds.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore() / 1000);
      }
    }
    if (seconds.isEmpty()) {
      return "";
    }
    var out = new StringBuilder(String.format("%n%-24s %14s%n", "sweep claim (1 thread)", "seconds a run"));
    seconds.forEach((name, s) -> out.append(String.format("%-24s %14.2f%n", name, s)));
    if (seconds.containsKey("sweepTenValues") && seconds.containsKey("evaluateOnce")) {
      out.append(String.format("%-48s %6.2f  < 3%n", "sweepTenValues / evaluateOnce",
          seconds.get("sweepTenValues") / seconds.get("evaluateOnce")));
    }
    return out.toString();
  }

  private static Sweep sweep(PortfolioFile p, String values) {
    SweepAxis axis = SweepAxis.parameter(RATE, values).getOrElseThrow(message -> new IllegalArgumentException(message));
    return p.srdi.sweep(p.read(), Reform.none(), axis).getOrElseThrow(problem -> new IllegalStateException(problem.toString()));
  }
}
