package dev.srdi.core.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.Source;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.testkit.LiteralScan;
import dev.srdi.testkit.TableChecks;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The test kit's table checks, each seen failing on a planted mistake with file, line and entry. */
final class TableChecksTest {
  private static final DocumentId GUILIN = DocumentId.of("004_901c7209498bc010");

  private static Parameter<Money> written(String clause, String quote, String value) {
    var p = Parameter.of("planted.award.amount", "an award", Unit.YUAN, Money.yuan(value), Citation.of(GUILIN, clause, quote));
    return new Parameter<>(p.id(), p.description(), p.unit(), p.values(), p.citation(), Optional.empty(),
        Optional.of(new Source("planted/parameters.yaml", 7)));
  }

  private static Jurisdiction cityOf(Parameter<?> p) {
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

      @Override public List<Parameter<?>> parameters() {
        return List.of(p);
      }
    };
  }

  @Test
  void a_wrong_number_in_a_quote_fails_with_file_line_and_entry() {
    var wrong = written("二、（三）", "首次被认定为市级“专精特新”中小企业，给予一次性奖励10万元", "200000");
    assertEquals(List.of("planted/parameters.yaml:7: planted.award.amount: value 200000.00 is not a number of its quote"
        + " “首次被认定为市级“专精特新”中小企业，给予一次性奖励10万元” (it gives 10万); fix the value or the quote, or say"
        + " derivedFrom: with how the value follows"), TableChecks.quotedNumbers(List.of(wrong)));
    assertEquals(List.of(), TableChecks.quotedNumbers(List.of(written("二、（三）", "给予一次性奖励10万元", "100000"))));
  }

  @Test
  void a_clause_that_does_not_exist_fails_with_file_line_and_entry() {
    var planted = written("二、（九十九）", "给予一次性奖励10万元", "100000");
    assertEquals(List.of("planted/parameters.yaml:7: planted.award.amount: clause 二、（九十九）: （九十九） does not occur in"
        + " 004_901c7209498bc010: write the clause as the text numbers it (the reference's clause:)"),
        TableChecks.clauseLabels(cityOf(planted)));
    assertEquals(List.of(), TableChecks.clauseLabels(cityOf(written("二、（三）", "给予一次性奖励10万元", "100000"))));
  }

  @Test
  void a_quote_that_is_not_in_the_text_fails_with_file_line_entry_and_what_to_do() {
    var planted = written("二、（三）", "给予一次性奖励20万元", "200000");
    assertEquals(List.of("planted/parameters.yaml:7: planted.award.amount: quote “给予一次性奖励20万元” is not in the text"
        + " seeds/004_901c7209498bc010.txt: copy the words exactly from the text (white space and full- or half-width"
        + " forms do not matter), or fix the reference's document:"), TableChecks.quotesNotInText(cityOf(planted)));
    assertEquals(List.of(), TableChecks.quotesNotInText(cityOf(written("二、（三）", "给予一次性奖励10万元", "100000"))));
  }

  @Test
  void literals_of_a_city_in_java_fail_with_file_line_and_method() {
    List<String> found = LiteralScan.classes(List.of("市财政局"), PlantedLiterals.class);
    assertEquals(List.of(
        "PlantedLiterals.java:9: dev.srdi.core.kit.PlantedLiterals.<clinit>: the number \"20\" is a city's literal; put"
            + " it in the plugin's tables and read it by its key",
        "PlantedLiterals.java:10: dev.srdi.core.kit.PlantedLiterals.<clinit>: the number 2022 is a city's literal; put it"
            + " in the plugin's tables and read it by its key",
        "PlantedLiterals.java:11: dev.srdi.core.kit.PlantedLiterals.<clinit>: the department name 市财政局 (in \"市财政局\")"
            + " is a city's literal; put it in the plugin's tables and read it by its key",
        "PlantedLiterals.java:17: dev.srdi.core.kit.PlantedLiterals.description: the amount or rate in \"for an"
            + " investment of “50万元以上”\" is a city's literal; put it in the plugin's tables and read it by its key"),
        found);
    assertTrue(found.stream().noneMatch(f -> f.contains("31")), "a year's last day is not a city's number");
  }
}
