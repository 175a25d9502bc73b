package dev.srdi.cli.command;

import dev.srdi.cli.JurisdictionOption;
import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.srdi.api.Catalogue;
import dev.srdi.api.Srdi;
import dev.srdi.cli.FormatOption;
import dev.srdi.cli.ExitCode;
import dev.srdi.cli.Problems;
import dev.srdi.cli.view.CatalogView;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code srdi measures}: every measure and parameter of a jurisdiction, with value, unit, clause and units. */
@Command(name = "measures", mixinStandardHelpOptions = true,
    description = {"Lists every item of a jurisdiction's documents, with its clause and responsible units.",
        "Measures and benefits (id, amount and its kind, citation, funding source, lead/responsible units), targets,",
        "tasks, recurring duties, parameters (value, unit, citation) and the interpretations a what-if can switch."})
public final class MeasuresCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FormatOption format;

  @Mixin JurisdictionOption jurisdiction;

  private final Provider<Srdi> srdi;

  @Inject
  MeasuresCommand(Provider<Srdi> srdi) {
    this.srdi = srdi;
  }

  @Override
  public Integer call() {
    Srdi api = srdi.get();
    Catalogue catalogue = api.catalogue(jurisdiction.id()).getOrElseThrow(Problems::usage);
    Jurisdiction j = catalogue.jurisdiction();
    Settings settings = catalogue.defaults();
    String text = switch (format.format()) {
      case JSON -> catalogue.toJson();
      case CSV -> CatalogView.measuresCsv(j, settings);
      case TABLE -> CatalogView.measures(j, settings);
    };
    spec.commandLine().getOut().print(format.encoded(text));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
