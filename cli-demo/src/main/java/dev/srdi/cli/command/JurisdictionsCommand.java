package dev.srdi.cli.command;

import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.CatalogJson;
import dev.srdi.api.json.Json;
import dev.srdi.cli.FormatOption;
import dev.srdi.cli.ExitCode;
import dev.srdi.cli.view.CatalogView;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.spi.LoadFailure;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code srdi jurisdictions}: the loaded cities, and any plugin that failed to load. */
@Command(name = "jurisdictions", mixinStandardHelpOptions = true,
    description = {"Lists the loaded jurisdictions (cities) and what each contains.",
        "Plugins that failed to load are named on stderr."})
public final class JurisdictionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FormatOption format;

  private final Provider<Srdi> srdi;

  @Inject
  JurisdictionsCommand(Provider<Srdi> srdi) {
    this.srdi = srdi;
  }

  @Override
  public Integer call() {
    Srdi api = srdi.get();
    List<Jurisdiction> all = api.jurisdictions();
    String text = switch (format.format()) {
      case JSON -> Json.pretty(CatalogJson.jurisdictions(all, api.loadFailures()));
      case CSV -> CatalogView.jurisdictionsCsv(all);
      case TABLE -> CatalogView.jurisdictions(all);
    };
    spec.commandLine().getOut().print(format.encoded(text));
    spec.commandLine().getOut().flush();
    for (LoadFailure f : api.loadFailures()) {
      spec.commandLine().getErr().println("srdi: failed to load " + f.describe());
    }
    return ExitCode.OK;
  }
}
