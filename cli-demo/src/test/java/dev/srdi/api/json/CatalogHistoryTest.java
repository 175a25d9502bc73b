package dev.srdi.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.parameter.Timeline;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON catalogue carries each parameter's values over time, as the settings read them. */
final class CatalogHistoryTest {
  private static final Parameter<Money> AWARD = Parameter.of("city.award.amount", "an award", Unit.YUAN,
      Money.yuan("1"), Citation.of(DocumentId.of("d"), "一", "奖励10万元")).withValues(Timeline.of(List.of(
          new Timeline.Step<>(Optional.of(LocalDate.of(2020, 1, 1)), Optional.of(Money.yuan("100000"))),
          new Timeline.Step<>(Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty()))));

  @Test
  void a_revised_parameter_lists_each_dated_value_and_its_end() {
    Settings settings = Settings.defaults(List.of(AWARD), List.of());
    assertEquals("[{\"from\":\"2020-01-01\",\"value\":\"100000.00\"},{\"from\":\"2024-01-01\",\"value\":null}]",
        CatalogJson.history(AWARD, settings).toString());
  }

  @Test
  void an_override_from_a_date_shows_in_the_history_and_an_undated_value_has_no_date() {
    Settings changed = Settings.resolve(List.of(AWARD), List.of(),
        Overrides.none().withParameter("city.award.amount", "12万@2022-07-01")).get();
    assertEquals("[{\"from\":\"2020-01-01\",\"value\":\"100000.00\"},{\"from\":\"2022-07-01\",\"value\":\"120000.00\"}]",
        CatalogJson.history(AWARD, changed).toString());
    var flat = Parameter.of("city.rate", "a rate", Unit.YEARS, 3, Citation.of(DocumentId.of("d"), "一", "三年"));
    assertEquals("[{\"value\":\"3\"}]", CatalogJson.history(flat, Settings.defaults(List.of(flat), List.of())).toString());
  }
}
