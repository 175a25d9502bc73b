package dev.srdi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.srdi.core.spi.Jurisdiction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every plugin's tables must agree with, beside {@link JurisdictionContract}: each parameter's
 * value is the number its quote gives (or says how it is derived), each clause label is in its
 * document, and the plugin's classes hold no amount, rate, threshold, count, date or department name
 * of the city. A plugin runs it with {@code final class GuilinTablesTest implements TablesContract}.
 */
@ExtendWith(PluginFailures.class)
public interface TablesContract {

  Jurisdiction jurisdiction();

  @Test
  default void every_parameter_is_the_number_its_quote_gives() {
    assertEquals(List.of(), TableChecks.quotedNumbers(jurisdiction().parameters()),
        "parameters whose value is not a number of their quote");
  }

  @Test
  default void every_clause_label_occurs_in_its_document() {
    assertEquals(List.of(), TableChecks.clauseLabels(jurisdiction()), "clause labels not in the document");
  }

  @Test
  default void no_city_literal_in_the_plugin_classes() {
    assertEquals(List.of(), LiteralScan.plugin(jurisdiction()), "literals of the city in Java");
  }

  @Test
  default void every_clause_that_carries_an_obligation_is_cited_or_marked() {
    assertEquals(List.of(), CoverageChecks.problems(jurisdiction()), "clauses and citations that do not tie up");
  }
}
