package dev.srdi.core.text;

import dev.srdi.core.policy.ClauseMark;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.DocumentPart;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.spi.Jurisdiction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The coverage of a jurisdiction's documents: each split into clauses, each clause beside what cites
 * it. A document whose text is not on the class path is listed as missing.
 *
 * @param documents the documents whose text was found, in the plugin's order
 * @param missing the documents whose text was not
 */
public record TextCoverage(List<DocumentCoverage> documents, List<DocumentId> missing) {
  /**
   * Copies both lists.
   *
   * @param documents each document whose text was found
   * @param missing the documents whose text was not
   */
  public TextCoverage {
    documents = List.copyOf(documents);
    missing = List.copyOf(missing);
  }

  /**
   * Reads the jurisdiction's documents from its class loader and places every citation.
   *
   * @param j the jurisdiction
   * @return the coverage
   */
  public static TextCoverage of(Jurisdiction j) {
    Objects.requireNonNull(j, "jurisdiction");
    List<Citing> citing = citing(j);
    var documents = new ArrayList<DocumentCoverage>();
    var missing = new ArrayList<DocumentId>();
    for (PolicyDocument d : j.documents()) {
      Optional<String> raw = SeedTexts.raw(d.id(), j.getClass().getClassLoader());
      if (raw.isEmpty()) {
        missing.add(d.id());
        continue;
      }
      PolicyText text = ClauseSplitter.split(d.id(), raw.get(), j.documentParts());
      documents.add(document(d, text, citing.stream().filter(c -> c.citation().document().equals(d.id())).toList(),
          j.clauseMarks().stream().filter(m -> m.document().equals(d.id())).toList()));
    }
    return new TextCoverage(documents, missing);
  }

  /**
   * Everything the jurisdiction declares that cites a clause, in the order of its kinds.
   *
   * @param j the jurisdiction
   * @return measures and benefits, parameters, interpretations, targets, tasks and duties
   */
  public static List<Citing> citing(Jurisdiction j) {
    return Stream.of(
            j.measures().stream().map(m -> (Citing) new Citing.OfMeasure(m.descriptor(), false)),
            j.portfolioMeasures().stream().map(m -> (Citing) new Citing.OfMeasure(m.descriptor(), true)),
            j.parameters().stream().map(p -> (Citing) new Citing.OfParameter(p)),
            j.interpretations().stream().map(i -> (Citing) new Citing.OfInterpretation(i)),
            j.targets().stream().map(t -> (Citing) new Citing.OfTarget(t)),
            j.tasks().stream().map(t -> (Citing) new Citing.OfTask(t)),
            j.duties().stream().map(d -> (Citing) new Citing.OfDuty(d)))
        .flatMap(s -> s).toList();
  }

  private static DocumentCoverage document(PolicyDocument d, PolicyText text, List<Citing> citing, List<ClauseMark> marks) {
    var clauses = new ArrayList<ClauseCoverage>();
    for (Clause clause : text.clauses()) {
      List<CitedSpan> cited = citing.stream().filter(c -> c.citation().clause().equals(clause.label()))
          .map(c -> new CitedSpan(c, QuotedSpan.find(clause.text(), c.citation().quote()))).toList();
      Optional<ClauseMark> mark = marks.stream().filter(m -> m.clause().equals(clause.label())).findFirst();
      clauses.add(new ClauseCoverage(clause, status(cited, mark), cited, mark));
    }
    List<Citing> unplaced = citing.stream().filter(c -> text.clause(c.citation().clause()).isEmpty()).toList();
    List<ClauseMark> stray = marks.stream().filter(m -> text.clause(m.clause()).isEmpty()).toList();
    return new DocumentCoverage(d, text, clauses, unplaced, stray);
  }

  private static ClauseStatus status(List<CitedSpan> cited, Optional<ClauseMark> mark) {
    if (mark.filter(ClauseMark.KnownGap.class::isInstance).isPresent()) {
      return ClauseStatus.NOT_ENCODED;
    }
    if (cited.stream().anyMatch(c -> c.entry() instanceof Citing.OfInterpretation)) {
      return ClauseStatus.INTERPRETED;
    }
    if (!cited.isEmpty()) {
      return ClauseStatus.ENCODED;
    }
    return mark.isPresent() ? ClauseStatus.NO_RULE : ClauseStatus.NOT_ENCODED;
  }
}
