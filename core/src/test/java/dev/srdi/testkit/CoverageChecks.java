package dev.srdi.testkit;

import dev.srdi.core.policy.ClauseMark;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.text.ClauseCoverage;
import dev.srdi.core.text.DocumentCoverage;
import dev.srdi.core.text.TextCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks of a plugin's documents clause by clause, as lists of problems (empty when sound): every
 * citation names a clause of its text and its quote stands in that clause; every mark of the clause
 * table names a clause, and "no rule" is never said of a clause something cites; and a clause that
 * carries an amount, a deadline or a department in a 责任单位 bracket is cited or marked, so that
 * the coverage's "not encoded" only ever counts gaps the plugin lists with their reason.
 */
public final class CoverageChecks {
  /** An amount (万元, 亿元), a rate (‰, %), a deadline (每月25日前, 到2025年) or a bracket that names units. */
  private static final Pattern OBLIGATION = Pattern.compile(
      "万元|亿元|‰|%|％|每月[^。；]{0,8}日前|到20\\d\\d年|[（(〔\\[【]\\s*(牵头单位|责任单位|责任部门)[:：]");

  private CoverageChecks() {}

  public static List<String> problems(Jurisdiction j) {
    TextCoverage coverage = TextCoverage.of(j);
    var problems = new ArrayList<String>();
    coverage.missing().forEach(d -> problems.add(d + ": no text on the class path at /seeds/" + d.seedFile()));
    for (DocumentCoverage d : coverage.documents()) {
      String doc = d.document().id().value();
      d.unplaced().forEach(c -> problems.add(doc + ": " + c.kind() + " " + c.id() + " cites clause '"
          + c.citation().clause() + "', which the text does not have (clauses: "
          + d.text().clauses().stream().map(x -> x.label()).toList() + ")"));
      d.strayMarks().forEach(m -> problems.add(where(m) + "marks clause '" + m.clause() + "', which " + doc
          + " does not have"));
      for (ClauseCoverage c : d.clauses()) {
        String clause = doc + " " + c.clause().label();
        c.cited().stream().filter(s -> s.span().isEmpty()).forEach(s -> problems.add(clause + ": the quote of "
            + s.entry().kind() + " " + s.entry().id() + " “" + s.entry().citation().quote() + "” is not in the clause"));
        Optional<ClauseMark> noRule = c.mark().filter(ClauseMark.NoRule.class::isInstance);
        if (noRule.isPresent() && !c.cited().isEmpty()) {
          problems.add(where(noRule.get()) + clause + " is marked no rule, but " + c.cited().get(0).entry().kind()
              + " " + c.cited().get(0).entry().id() + " cites it");
        }
        if (c.cited().isEmpty() && c.mark().isEmpty() && OBLIGATION.matcher(c.clause().text()).find()) {
          problems.add(clause + ": carries an amount, a deadline or responsible units, but nothing cites it and the"
              + " clause table neither marks it no rule nor lists it as not encoded");
        }
      }
    }
    return problems;
  }

  private static String where(ClauseMark m) {
    return m.source().map(s -> s + ": ").orElse("");
  }
}
