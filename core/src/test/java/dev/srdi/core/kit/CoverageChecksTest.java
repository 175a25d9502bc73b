package dev.srdi.core.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.ClauseMark;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Source;
import dev.srdi.core.policy.Window;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.CoverageChecks;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The test kit's clause check, seen failing on Guilin's text with planted citations and marks. */
final class CoverageChecksTest {
  private static final DocumentId GUILIN = DocumentId.of("004_901c7209498bc010");

  private static Jurisdiction cityOf(List<Parameter<?>> parameters, List<ClauseMark> marks) {
    return new Jurisdiction() {
      @Override public JurisdictionId id() {
        return JurisdictionId.of("planted");
      }

      @Override public String nameZh() {
        return "种植市";
      }

      @Override public String nameEn() {
        return "Planted";
      }

      @Override public List<PolicyDocument> documents() {
        return List.of(new PolicyDocument(GUILIN, "桂林", "Guilin", Optional.empty(), Optional.empty(), Window.unknown("")));
      }

      @Override public List<Parameter<?>> parameters() {
        return parameters;
      }

      @Override public List<ClauseMark> clauseMarks() {
        return marks;
      }
    };
  }

  private static Parameter<?> award(String clause, String quote) {
    return Parameter.of("planted.award.amount", "an award", Unit.YUAN, Money.yuan("100000"), Citation.of(GUILIN, clause, quote));
  }

  @Test
  void an_uncited_unmarked_clause_with_an_amount_or_responsible_units_fails_and_a_title_does_not() {
    List<String> problems = CoverageChecks.problems(cityOf(List.of(), List.of()));
    assertTrue(problems.contains("004_901c7209498bc010 二、（三）: carries an amount, a deadline or responsible units, but"
        + " nothing cites it and the clause table neither marks it no rule nor lists it as not encoded"), problems::toString);
    assertTrue(problems.stream().noneMatch(p -> p.contains(" 标题:") || p.contains(" 前言:")), problems::toString);
    assertEquals(18, problems.size(), "each of the eighteen numbered clauses names its responsible units");
  }

  @Test
  void a_citation_of_a_clause_the_text_lacks_a_quote_not_in_its_clause_and_stray_or_false_marks_fail() {
    var marks = List.<ClauseMark>of(
        new ClauseMark.NoRule(GUILIN, "二、（四）", "none", Optional.of(new Source("planted/clauses.yaml", 3))),
        new ClauseMark.KnownGap(GUILIN, "十一、（十九）", "none", Optional.of(new Source("planted/clauses.yaml", 4))));
    List<String> problems = CoverageChecks.problems(cityOf(
        List.of(award("二、（四）", "每家按照产值增长额的3‰给予奖励"), award("二、（五）", "给予一次性奖励10万元"),
            award("二、（三）", "给予一次性奖励20万元")), marks));
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("004_901c7209498bc010: parameter planted.award.amount cites"
        + " clause '二、（五）', which the text does not have")), problems::toString);
    assertTrue(problems.contains("004_901c7209498bc010 二、（三）: the quote of parameter planted.award.amount “给予一次性奖励20万元”"
        + " is not in the clause"), problems::toString);
    assertTrue(problems.contains("planted/clauses.yaml:3: 004_901c7209498bc010 二、（四） is marked no rule, but parameter"
        + " planted.award.amount cites it"), problems::toString);
    assertTrue(problems.contains("planted/clauses.yaml:4: marks clause '十一、（十九）', which 004_901c7209498bc010 does not"
        + " have"), problems::toString);
  }
}
