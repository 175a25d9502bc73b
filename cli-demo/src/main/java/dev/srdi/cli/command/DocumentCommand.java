package dev.srdi.cli.command;

import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.srdi.api.PolicyTexts;
import dev.srdi.api.Srdi;
import dev.srdi.cli.ExitCode;
import dev.srdi.cli.JurisdictionOption;
import dev.srdi.cli.Problems;
import dev.srdi.cli.UsageException;
import dev.srdi.cli.view.DocumentView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srdi document}: the policy text clause by clause, beside what encodes each clause, with its coverage. */
@Command(name = "document", mixinStandardHelpOptions = true,
    description = {"Shows a jurisdiction's policy text clause by clause, beside what encodes each clause.",
        "The text in its own order and words; beside each clause the measures, parameters, benefits,",
        "targets, tasks, duties and interpretations that cite it; the coverage per document (encoded,",
        "interpreted, no rule, not encoded) and the findings of srdi check beside their clauses.",
        "--format html writes one self-contained page."})
public final class DocumentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin JurisdictionOption jurisdiction;

  @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "table|json|html",
      description = "table (for a terminal, the default), json (srdi-document-1) or html (one self-contained page).")
  DocumentFormat format = DocumentFormat.TABLE;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of the standard output.")
  Path out;

  @Option(names = "--sample", defaultValue = "300", paramLabel = "N",
      description = "Generated enterprises the policy check's sample-based findings run on (default ${DEFAULT-VALUE}, as"
          + " for srdi check).")
  int sample;

  private final Provider<Srdi> srdi;

  @Inject
  DocumentCommand(Provider<Srdi> srdi) {
    this.srdi = srdi;
  }

  @Override
  public Integer call() {
    CheckSample.requireSize(sample);
    Srdi api = srdi.get();
    // The same sample and seed as srdi check, so that the findings beside the clauses are the check's.
    PolicyTexts texts = api.jurisdiction(jurisdiction.id())
        .flatMap(j -> api.document(jurisdiction.id(), CheckSample.of(api, 1, sample), CheckSample.AS_OF))
        .getOrElseThrow(Problems::usage);
    String text = switch (format) {
      case JSON -> texts.toJson();
      case HTML -> texts.toHtml();
      case TABLE -> DocumentView.table(texts);
    };
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      try {
        Files.writeString(out, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        // A file that cannot be written is a bad argument (exit 2), like a scenario that cannot be read.
        throw new UsageException("--out " + out + ": cannot write the file (" + e.getMessage() + ")");
      }
    }
    return ExitCode.OK;
  }
}
