package dev.srdi.core.parameter;

import static dev.srdi.core.parameter.GrowthAwardFixture.CAP;
import static dev.srdi.core.parameter.GrowthAwardFixture.CITATION;
import static dev.srdi.core.parameter.GrowthAwardFixture.MODE;
import static dev.srdi.core.parameter.GrowthAwardFixture.RATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SettingsTest {
  @Test
  void defaults_hold_until_overridden() {
    Settings s = Settings.defaults(List.of(RATE, CAP), List.of(MODE));
    assertEquals(Rate.permille("3"), s.value(RATE));
    assertEquals("a", s.choice(MODE));
    assertTrue(s.changedParameters().isEmpty());
  }

  @Test
  void a_bare_number_reads_in_the_parameters_unit_and_a_suffix_wins() {
    var five = Settings.resolve(List.of(RATE), List.of(), Overrides.none().withParameter("guilin.growth-award.rate", "5"));
    assertEquals(Rate.permille("5"), five.get().value(RATE));
    var percent = Settings.resolve(List.of(RATE), List.of(), Overrides.none().withParameter("guilin.growth-award.rate", "0.5%"));
    assertEquals(Rate.permille("5"), percent.get().value(RATE));
  }

  @Test
  void amounts_may_be_written_in_wan() {
    var s = Settings.resolve(List.of(CAP), List.of(), Overrides.none().withParameter("guilin.growth-award.cap", "80万"));
    assertEquals(Money.yuan("800000"), s.get().value(CAP));
    assertEquals("800000.00", s.get().changedParameters().values().iterator().next());
  }

  @Test
  void every_bad_override_is_reported_at_once() {
    var s = Settings.resolve(List.of(RATE, CAP), List.of(MODE), Overrides.none()
        .withParameter("guilin.growth-award.rate", "lots")
        .withParameter("guilin.nothing", "1")
        .withParameter("guilin.growth-award.cap", "-5")
        .withInterpretation("guilin.mode", "c"));
    assertTrue(s.isInvalid());
    var errors = s.getError().map(OverrideProblem::message).toJavaList();
    assertEquals(4, errors.size(), errors.toString());
    assertTrue(errors.stream().anyMatch(e -> e.contains("guilin.nothing: no such parameter")), errors.toString());
    assertTrue(errors.stream().anyMatch(e -> e.contains("choose one of [a, b]")), errors.toString());
  }

  @Test
  void a_mistyped_id_is_answered_with_the_nearest_declared_ids_and_no_command_line_words() {
    var s = Settings.resolve(List.of(RATE, CAP), List.of(MODE), Overrides.none()
        .withParameter("guilin.growth-award.rat", "5")
        .withInterpretation("guilin.mod", "a"));
    var problems = s.getError().toJavaList();
    assertEquals(new OverrideProblem.UnknownParameter("guilin.growth-award.rat", List.of("guilin.growth-award.rate")),
        problems.get(0));
    assertEquals(new OverrideProblem.UnknownInterpretation("guilin.mod", List.of("guilin.mode")), problems.get(1));
    problems.forEach(p -> assertTrue(!p.message().contains("--") && !p.message().contains("srdi "), p.message()));
  }

  @Test
  void an_unreadable_value_names_the_unit_expected_and_an_example() {
    var problem = Settings.resolve(List.of(CAP), List.of(), Overrides.none()
        .withParameter("guilin.growth-award.cap", "lots")).getError().head();
    assertEquals(new OverrideProblem.UnreadableValue(CAP.id(), "lots", "yuan", "500000.00", "not a number: lots"),
        problem);
  }

  @Test
  void reading_an_undeclared_parameter_is_a_plugin_bug() {
    Settings s = Settings.defaults(List.of(RATE), List.of());
    assertThrows(IllegalStateException.class, () -> s.value(CAP));
  }

  @Test
  void an_overridden_value_is_read_back_in_its_type_and_a_dated_one_from_its_day() {
    var s = Settings.resolve(List.of(RATE, CAP), List.of(), Overrides.none()
        .withParameter("guilin.growth-award.rate", "6")
        .withParameter("guilin.growth-award.cap", "80万@2025-01-01")).get();
    Rate rate = s.value(RATE);
    assertEquals(Rate.permille("6"), rate);
    assertEquals(Money.wan("50"), s.on(java.time.LocalDate.of(2024, 12, 31)).value(CAP));
    assertEquals(Money.wan("80"), s.on(java.time.LocalDate.of(2025, 1, 1)).value(CAP));
  }

  @Test
  void an_override_read_under_another_unit_is_a_plugin_bug_named_as_such() {
    var s = Settings.resolve(List.of(RATE), List.of(), Overrides.none().withParameter("guilin.growth-award.rate", "6"))
        .get();
    Parameter<Money> sameIdOtherUnit = Parameter.of("guilin.growth-award.rate", "rate", Unit.YUAN, Money.wan("1"),
        CITATION);
    var e = assertThrows(IllegalStateException.class, () -> s.value(sameIdOtherUnit));
    assertTrue(e.getMessage().contains("is read as yuan but was changed as permille"), e.getMessage());
  }

  @Test
  void an_interpretation_needs_two_choices_and_a_default_among_them() {
    assertThrows(IllegalArgumentException.class, () -> Interpretation.of("x.y", "d", CITATION, "z",
        Choice.of("a", "1"), Choice.of("b", "2")));
  }
}
