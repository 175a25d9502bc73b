package dev.srdi.testkit;

import dev.srdi.core.check.Disagreement;
import dev.srdi.core.check.QuoteAgreement;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.spi.Jurisdiction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of a plugin's tables against its documents, as lists of problems (empty when sound),
 * each naming the table file and line where the entry has one, and the entry: a parameter's value
 * that is not the number its quote gives, and a clause label that does not occur in its document.
 */
public final class TableChecks {
  /** A clause's labels: "二、", "（三）", "(1)"; the innermost one is checked against the text. */
  private static final Pattern LABEL = Pattern.compile("[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]");
  private static final Pattern BARE_PART = Pattern.compile("[一二三四五六七八九十]+");

  private TableChecks() {}

  public static List<String> quotedNumbers(List<Parameter<?>> parameters) {
    return parameters.stream().map(QuoteAgreement::check).flatMap(Optional::stream).map(Disagreement::message).toList();
  }

  /** Every parameter's citation, and every other citation of the plugin, whose clause label is not in the text. */
  public static List<String> clauseLabels(Jurisdiction j) {
    var problems = new ArrayList<String>();
    for (Parameter<?> p : j.parameters()) {
      missingLabel(p.citation()).ifPresent(label -> problems.add(p.source().map(s -> s + ": ").orElse("") + p.id()
          + ": clause " + p.citation().clause() + ": " + label + " does not occur in " + p.citation().document()
          + WRITE_THE_CLAUSE));
    }
    dev.srdi.core.spi.JurisdictionCheck.citations(j).distinct()
        .filter(c -> j.parameters().stream().noneMatch(p -> p.citation().equals(c)))
        .forEach(c -> missingLabel(c).ifPresent(label -> problems.add(j.id() + ": " + c.describe() + ": " + label
            + " does not occur in " + c.document() + WRITE_THE_CLAUSE)));
    return problems;
  }

  private static final String WRITE_THE_CLAUSE = ": write the clause as the text numbers it (the reference's clause:)";

  /**
   * Every citation of the plugin whose quote is not words of its document: each names the parameter's table
   * file and line where it has one, the entry or the citation, the text file searched, and what to do.
   */
  public static List<String> quotesNotInText(Jurisdiction j) {
    var problems = new ArrayList<String>();
    for (Parameter<?> p : j.parameters()) {
      if (!SeedText.contains(p.citation().document(), p.citation().quote())) {
        problems.add(p.source().map(s -> s + ": ").orElse(j.id() + ": ") + p.id() + ": quote “" + p.citation().quote()
            + "”" + NOT_IN_TEXT + p.citation().document().seedFile() + COPY_THE_WORDS);
      }
    }
    dev.srdi.core.spi.JurisdictionCheck.citations(j).distinct()
        .filter(c -> j.parameters().stream().noneMatch(p -> p.citation().equals(c)))
        .filter(c -> !SeedText.contains(c.document(), c.quote()))
        .forEach(c -> problems.add(j.id() + ": " + c.describe() + NOT_IN_TEXT + c.document().seedFile()
            + COPY_THE_WORDS));
    return problems;
  }

  private static final String NOT_IN_TEXT = " is not in the text seeds/";
  private static final String COPY_THE_WORDS = ": copy the words exactly from the text (white space and full- or"
      + " half-width forms do not matter), or fix the reference's document:";

  /** The innermost label of the clause, if the text does not have it; descriptive clauses ("末段") have none. */
  static Optional<String> missingLabel(Citation c) {
    String clause = c.clause();
    String last = null;
    Matcher m = LABEL.matcher(clause);
    while (m.find()) {
      last = m.group();
    }
    if (last == null && BARE_PART.matcher(clause.trim()).matches()) {
      last = clause.trim() + "、";
    }
    if (last == null) {
      return Optional.empty();
    }
    return SeedText.contains(c.document(), last) ? Optional.empty() : Optional.of(last);
  }
}
