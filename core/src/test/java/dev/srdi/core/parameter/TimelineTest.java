package dev.srdi.core.parameter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Timeline.Step;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class TimelineTest {
  private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
  private static final LocalDate ENDS = LocalDate.of(2024, 1, 1);
  private static final Timeline<Money> DATED = Timeline.of(List.of(
      new Step<>(Optional.of(FROM), Optional.of(Money.yuan("100"))),
      new Step<>(Optional.of(ENDS), Optional.empty())));

  @Test
  void the_value_read_on_a_day_is_the_step_in_force_then_for_every_day_and_every_shape() {
    // Settings read through valueOnOrNull, which skips the optionals of stepOn: both must agree on every day.
    var revised = Timeline.of(List.of(new Step<>(Optional.<LocalDate>empty(), Optional.of(Money.yuan("1"))),
        new Step<>(Optional.of(FROM), Optional.of(Money.yuan("2"))), new Step<>(Optional.of(ENDS), Optional.empty())));
    for (Timeline<Money> t : List.of(DATED, Timeline.always(Money.yuan("7")), revised)) {
      for (LocalDate day = LocalDate.of(2019, 12, 25); day.isBefore(LocalDate.of(2024, 1, 8)); day = day.plusDays(1)) {
        Optional<Money> viaStep = t.stepOn(day).flatMap(Step::value);
        assertEquals(viaStep, Optional.ofNullable(t.valueOnOrNull(day)), t + " on " + day);
        assertEquals(viaStep, t.on(day), t + " on " + day);
      }
    }
  }

  @Test
  void a_dated_value_holds_from_its_date_until_the_parameter_ends() {
    assertEquals(Optional.empty(), DATED.on(FROM.minusDays(1)));
    assertEquals(Optional.of(Money.yuan("100")), DATED.on(FROM));
    assertEquals(Optional.of(Money.yuan("100")), DATED.on(ENDS.minusDays(1)));
    assertEquals(Optional.empty(), DATED.on(ENDS));
    assertEquals(Money.yuan("100"), DATED.latest());
  }

  @Test
  void an_undated_value_holds_on_every_day() {
    assertEquals(Optional.of(3), Timeline.always(3).on(LocalDate.of(1900, 1, 1)));
  }

  @Test
  void dates_out_of_order_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> Timeline.of(List.of(
        new Step<>(Optional.of(ENDS), Optional.of(1)), new Step<>(Optional.of(FROM), Optional.of(2)))));
    assertThrows(IllegalArgumentException.class, () -> Timeline.of(List.of(
        new Step<>(Optional.of(FROM), Optional.of(1)), new Step<>(Optional.of(FROM), Optional.of(2)))));
  }

  @Test
  void settings_pinned_to_a_day_read_the_value_in_force_that_day() {
    var p = Parameter.of("x.amount", "an amount", Unit.YUAN, Money.yuan("1"),
        Citation.of(DocumentId.of("d"), "一", "q")).withValues(DATED);
    Settings s = Settings.defaults(List.of(p), List.of());
    assertEquals(Money.yuan("100"), s.on(FROM).value(p));
    assertTrue(s.on(FROM.minusDays(1)).inForce(p) == false);
    assertThrows(IllegalStateException.class, () -> s.on(ENDS).value(p));
  }

  @Test
  void a_bad_date_after_the_at_sign_is_reported() {
    var p = Parameter.of("x.amount", "an amount", Unit.YUAN, Money.yuan("1"), Citation.of(DocumentId.of("d"), "一", "q"));
    var resolved = Settings.resolve(List.of(p), List.of(), Overrides.none().withParameter("x.amount", "5@2025-13-01"));
    assertTrue(resolved.isInvalid());
    assertEquals("unreadable-date", resolved.getError().get(0).code());
    assertTrue(resolved.getError().get(0).message().contains("'2025-13-01' is not a date"));
  }
}
