package dev.srdi.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.srdi.core.parameter.ParameterKey;
import dev.srdi.core.parameter.Unit;
import org.junit.jupiter.api.Test;

/**
 * Each folder under {@code planted/} is the good fixture with one mistake planted: loading it fails
 * with a message that starts with the file, the line and the entry to fix.
 */
final class PlantedMistakesTest {

  private static String failure(String planted) {
    return assertThrows(TableException.class, () -> Tables.load(PlantedMistakesTest.class, "planted/" + planted))
        .getMessage();
  }

  @Test
  void a_missing_reference() {
    assertEquals("planted/missing-reference/tasks.yaml:1: fixture.task.pool: missing reference: every entry cites its"
        + " document, clause and quote: add reference: {document: <key in documents.yaml>, clause: \"…\", quote:"
        + " \"…\"}", failure("missing-reference"));
  }

  @Test
  void an_unknown_unit() {
    assertEquals("planted/unknown-unit/parameters.yaml:4: fixture.award.amount: unknown unit 'yuans'; known: [yuan,"
        + " percent, permille, count, years, date, factor]", failure("unknown-unit"));
  }

  @Test
  void a_value_that_does_not_fit_its_unit() {
    assertEquals("planted/value-does-not-fit/parameters.yaml:16: fixture.plan.years: value 'three' does not fit unit"
        + " years: not a whole number: three", failure("value-does-not-fit"));
  }

  @Test
  void dates_out_of_order() {
    assertEquals("planted/unordered-dates/parameters.yaml:9: fixture.award.amount: dates out of order: 2022-07-01 does"
        + " not come after 2024-01-01 (each value holds until the next date, so the dates must increase)",
        failure("unordered-dates"));
  }

  @Test
  void two_values_from_the_same_date() {
    assertEquals("planted/overlapping-dates/parameters.yaml:8: fixture.award.amount: '2020-01-01' is written twice in"
        + " the same mapping (two values from the same date overlap)", failure("overlapping-dates"));
  }

  @Test
  void a_duplicate_id() {
    assertEquals("planted/duplicate-id/tasks.yaml:8: fixture.task.pool: duplicate id: a second entry with this id",
        failure("duplicate-id"));
  }

  @Test
  void an_undeclared_department() {
    assertEquals("planted/undeclared-department/tasks.yaml:6: fixture.task.pool: department '市财政厅' is not declared"
        + " in departments.yaml", failure("undeclared-department"));
  }

  @Test
  void an_undeclared_document() {
    assertEquals("planted/undeclared-document/parameters.yaml:15: fixture.plan.years: document 'plans' is not declared"
        + " in documents.yaml (declared: [old, plan])", failure("undeclared-document"));
  }

  @Test
  void an_undeclared_fund() {
    assertEquals("planted/undeclared-fund/measures.yaml:4: fixture.award: fund 'fixture.fund-9' is not declared in"
        + " funds.yaml (declared: [fixture.fund-1])", failure("undeclared-fund"));
  }

  @Test
  void a_successor_that_comes_into_force_before_its_predecessor_ends() {
    assertEquals("planted/overlapping-documents/documents.yaml:9: plan: comes into force on 2023-06-01, before the"
        + " document it supersedes ends (2024-01-01): the windows overlap", failure("overlapping-documents"));
  }

  @Test
  void a_measure_that_reads_a_key_the_table_lacks() {
    Tables tables = Tables.load(PlantedMistakesTest.class, "fixture");
    var missing = assertThrows(TableException.class,
        () -> tables.parameter(ParameterKey.of("fixture.award.cap", Unit.YUAN)));
    assertEquals("fixture/parameters.yaml: fixture.award.cap: read by the plugin (as yuan) but the table has no such"
        + " entry", missing.getMessage());
    var otherUnit = assertThrows(TableException.class,
        () -> tables.parameter(ParameterKey.of("fixture.plan.years", Unit.COUNT)));
    assertEquals("fixture/parameters.yaml:11: fixture.plan.years: the table gives it in years but the plugin reads it"
        + " in count", otherUnit.getMessage());
  }

  @Test
  void a_choice_the_table_does_not_offer() {
    Tables tables = Tables.load(PlantedMistakesTest.class, "fixture");
    assertEquals("fixture/interpretations.yaml: fixture.reading: the plugin reads choice 'lenient', which the table does"
        + " not offer", assertThrows(TableException.class,
            () -> tables.interpretation("fixture.reading", "strict", "lenient")).getMessage());
  }

  @Test
  void a_clause_marked_both_no_rule_and_not_encoded() {
    assertEquals("planted/clause-mark-of-two-kinds/clauses.yaml:2: 末段: give exactly one of noRule (a reason the clause"
        + " needs no rule), notEncoded (the obligation it carries that the plugin does not encode) or part (the opening"
        + " words of a part's title), not [noRule, notEncoded]", failure("clause-mark-of-two-kinds"));
  }

  @Test
    void a_null_reference() {
    assertEquals("planted/null-reference/parameters.yaml:5: fixture.award.amount: reference is not a citation: write"
        + " reference: {document: <key in documents.yaml>, clause: \"…\", quote: \"…the exact words of the text…\"}",
        failure("null-reference"));
  }

  @Test
  void a_null_quote() {
    assertEquals("planted/null-quote/parameters.yaml:5: fixture.award.amount: missing quote: add the exact words of the"
        + " document the entry comes from (the kit finds them in its text)", failure("null-quote"));
  }

  @Test
  void a_null_name() {
    assertEquals("planted/null-name/measures.yaml:2: fixture.award: missing zh: add the Chinese name, as the text"
        + " writes it", failure("null-name"));
  }
}
