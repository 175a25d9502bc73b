package dev.srdi.benchmarks;

import dev.srdi.api.Srdi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The one entry point: cross-check every implementation on the portfolio, then time them all in
 * one JMH run and print a table of throughput and the ratios. Arguments are JMH's own
 * (e.g. {@code -f 1 -wi 2 -i 3 -w 1s -r 1s engine} for a quick look at the engine); without them, a measured run.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    int size = Integer.getInteger("srdi.enterprises", 30_000);
    System.out.println("portfolio: srdi generate --enterprises " + size + " --seed " + BenchmarkPortfolio.SEED
        + ", as of " + BenchmarkPortfolio.AS_OF);
    var portfolio = BenchmarkPortfolio.generate(Srdi.load(), size);
    System.out.printf("%,d bytes of JSON Lines, %,d bytes a line on average%n", portfolio.bytes(),
        portfolio.bytes() / size);
    CrossCheck.run(new Subjects(portfolio)).lines().forEach(l -> System.out.println("cross-check ok: " + l));

    var command = new CommandLineOptions(args);
    ChainedOptionsBuilder options = new OptionsBuilder()
        .parent(command)
        .param("enterprises", String.valueOf(size));
    if (command.getIncludes().isEmpty()) {
      options.include(SrdiBenchmarks.class.getName() + "\\.");
    }
    if (args.length == 0) {
      options.forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(2))
          .measurementIterations(5).measurementTime(TimeValue.seconds(2));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println();
    System.out.print(table(results));
    System.out.print(SweepBenchmarks.table(results));
  }

  static String table(Collection<RunResult> results) {
    Map<String, double[]> scores = new LinkedHashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      if (name.startsWith(SweepBenchmarks.class.getName() + ".")) {
        continue;
      }
      name = name.substring(name.lastIndexOf('.') + 1);
      var s = r.getPrimaryResult();
      scores.put(name, new double[] {s.getScore(), s.getScoreError()});
    }
    var out = new StringBuilder();
    out.append(String.format("%-24s %14s %10s%n", "benchmark (1 thread)", "enterprises/s", "± error"));
    for (var e : scores.entrySet()) {
      out.append(String.format("%-24s %,14.0f %,10.0f%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
    }
    out.append(System.lineSeparator()).append("ratios (goal)").append(System.lineSeparator());
    List<String[]> ratios = new ArrayList<>(Arrays.asList(
        new String[] {"engineGuilinTwoAwards", "loopGuilinTwoAwards", ">= 0.5"},
        new String[] {"engineGuilinTwoAwards", "droolsGuilinTwoAwards", ">= 3"},
        new String[] {"engineXiangxiangLadder", "loopXiangxiangLadder", ""},
        new String[] {"reader", "jacksonTree", ">= 0.5"},
        new String[] {"facadeGuilin", "engineGuilin", ""}));
    for (String[] r : ratios) {
      if (scores.containsKey(r[0]) && scores.containsKey(r[1])) {
        out.append(String.format("%-48s %6.2f  %s%n", r[0] + " / " + r[1], scores.get(r[0])[0] / scores.get(r[1])[0],
            r[2]));
      }
    }
    for (String city : List.of("engineGuilin", "engineXiangxiang", "engineZhanjiang")) {
      // Explanations available (written when read), then rendered (every word read).
      for (String benchmark : List.of(city, city + "Rendered")) {
        if (scores.containsKey(benchmark)) {
          out.append(String.format("%-48s %6.2f  >= 1 (400,000/s a core)%n", benchmark + " / 400,000",
              scores.get(benchmark)[0] / 400_000));
        }
      }
    }
    return out.toString();
  }
}
