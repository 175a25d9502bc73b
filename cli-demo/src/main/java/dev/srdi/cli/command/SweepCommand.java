package dev.srdi.cli.command;

import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.srdi.api.Reform;
import dev.srdi.api.Srdi;
import dev.srdi.api.Sweep;
import dev.srdi.api.SweepAxis;
import dev.srdi.cli.ExitCode;
import dev.srdi.cli.FormatOption;
import dev.srdi.cli.Threads;
import dev.srdi.cli.Problems;
import dev.srdi.cli.ScenarioFiles;
import dev.srdi.cli.ScenarioOption;
import dev.srdi.cli.UsageException;
import dev.srdi.cli.chart.SweepChart;
import dev.srdi.cli.terminal.Progress;
import dev.srdi.cli.view.SweepView;
import dev.srdi.core.parameter.Overrides;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code srdi sweep}: one parameter or interpretation over its values, or two over a grid, the portfolio read
 * once, with a chart; a progress bar on stderr when it is a terminal.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Sweeps a parameter over a range or a list of values (or an interpretation over its choices).",
        "Every city at once, each enterprise under the city it names; the scenario is read once, and a city is",
        "evaluated again only for the values that touch it: the total cost, the cost by fund and the enterprises",
        "paid, per value, and a chart. Two things swept make a grid: the total per pair of values, and a line per",
        "value of the second. A progress bar is drawn on stderr when it is a terminal.",
        "Example: srdi sweep -s portfolio.jsonl --as-of 2025-12-31 --set guilin.growth-award.rate=1‰..10‰:1‰ --chart rate.svg"})
public final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FormatOption format;
  @Mixin ScenarioOption scenario;

  @Option(names = "--set", paramLabel = "PARAM=VALUES",
      description = "PARAM=FROM..TO:STEP (e.g. 1‰..10‰:1‰) or PARAM=V1,V2,... sweeps it; PARAM=VALUE holds it"
          + " fixed (repeatable).")
  List<String> parameters = new ArrayList<>();

  @Option(names = "--interpretation", paramLabel = "NAME[=CHOICES]",
      description = "NAME alone sweeps every choice, NAME=A,B those; NAME=CHOICE holds it fixed (repeatable).")
  List<String> interpretations = new ArrayList<>();

  @Option(names = "--reform", paramLabel = "FILE", description = "A srdi-reform/1 file held fixed (repeatable).")
  List<Path> reforms = new ArrayList<>();

  @Option(names = "--chart", paramLabel = "FILE.svg|FILE.png",
      description = "Also draw the total and each fund's cost per value (" + SweepChart.WIDTH + "×" + SweepChart.HEIGHT
          + "); SVG keeps the text as text, PNG needs a font with Chinese glyphs (Debian: fonts-noto-cjk).")
  Path chart;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads that evaluate the values, one value a thread (default: the available processors; 1 = one at a "
          + "time); the output is the same bytes.")
  Integer threads;

  private final Provider<Srdi> srdi;

  @Inject
  SweepCommand(Provider<Srdi> srdi) {
    this.srdi = srdi;
  }

  @Override
  public Integer call() throws IOException {
    Srdi api = srdi.get().withThreads(Threads.resolve(threads));
    String chartType = chart == null ? "" : chartType(chart);
    var axes = new ArrayList<SweepAxis>();
    Overrides fixed = Overrides.none();
    for (String p : parameters) {
      int eq = p.indexOf('=');
      if (eq < 0) {
        throw new ParameterException(spec.commandLine(), "--set " + p + ": give PARAM=FROM..TO:STEP, PARAM=V1,V2 or PARAM=VALUE");
      }
      String id = p.substring(0, eq);
      String value = p.substring(eq + 1);
      if (value.contains("..") || value.contains(",")) {
        axes.add(SweepAxis.parameter(id, value).getOrElseThrow(m -> new ParameterException(spec.commandLine(), "--set " + id + "=" + m)));
      } else {
        fixed = fixed.withParameter(id, value);
      }
    }
    for (String i : interpretations) {
      int eq = i.indexOf('=');
      if (eq < 0) {
        axes.add(SweepAxis.interpretation(i, List.of()));
      } else if (i.indexOf(',', eq) > 0) {
        axes.add(SweepAxis.interpretation(i.substring(0, eq), Arrays.stream(i.substring(eq + 1).split(",")).map(String::strip).toList()));
      } else {
        fixed = fixed.withInterpretation(i.substring(0, eq), i.substring(eq + 1));
      }
    }
    if (axes.isEmpty() || axes.size() > 2) {
      throw new ParameterException(spec.commandLine(), "give one thing to sweep (--set PARAM=FROM..TO:STEP or a list,"
          + " or --interpretation NAME), or two for a grid, not " + axes.size());
    }
    Reform reform = reform(api, new Reform(Optional.empty(), Optional.empty(), fixed, List.of()));
    var read = scenario.load(api);
    Sweep result;
    // The facade counts the evaluations it needs (a city under a point's settings) and says so with the first.
    try (Progress progress = Progress.onStderr("sweep", "evaluations", -1)) {
      result = api.sweep(read, reform, axes, (done, total) -> progress.done(done, total)).getOrElseThrow(Problems::usage);
    }
    if (chart != null) {
      draw(result, chartType);
    }
    String text = switch (format.format()) {
      case JSON -> result.toJson();
      case CSV -> result.isGrid() ? SweepView.gridCsv(result) : SweepView.csv(result);
      case TABLE -> SweepView.table(result);
    };
    spec.commandLine().getOut().print(format.encoded(text));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  private String chartType(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (!name.endsWith(".svg") && !name.endsWith(".png")) {
      throw new ParameterException(spec.commandLine(), "--chart " + file + ": name a .svg or a .png file");
    }
    return name.substring(name.length() - 3);
  }

  private void draw(Sweep result, String type) throws IOException {
    try (OutputStream out = Files.newOutputStream(chart)) {
      if (type.equals("svg")) {
        SweepChart.svg(result, out);
      } else {
        Optional<Font> font = SweepChart.chineseFont();
        if (font.isEmpty()) {
          spec.commandLine().getErr().println("srdi: no installed font has Chinese glyphs (Debian: apt-get install"
              + " fonts-noto-cjk): the PNG's Chinese labels are drawn as boxes; an SVG chart needs no font");
          spec.commandLine().getErr().flush();
        }
        SweepChart.png(result, font.orElse(new Font(Font.SANS_SERIF, Font.PLAIN, 12)), out);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UsageException("--chart " + chart + ": no such folder");
    }
  }

  private Reform reform(Srdi api, Reform commandLine) {
    Reform all = Reform.none();
    for (Path file : reforms) {
      Reform read = api.readReform(ScenarioFiles.text(file)).getOrElseThrow(p -> ScenarioFiles.invalid(file, Problems.inputErrors(p)));
      all = and(all, read, file.toString());
    }
    return and(all, commandLine, "the command line");
  }

  private static Reform and(Reform so, Reform next, String where) {
    return so.and(next).getOrElseThrow(twice -> new UsageException(where + " sets again what an earlier reform sets: "
        + String.join(", ", twice) + "; give each once"));
  }
}
