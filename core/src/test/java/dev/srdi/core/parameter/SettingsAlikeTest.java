package dev.srdi.core.parameter;

import static dev.srdi.core.parameter.GrowthAwardFixture.CAP;
import static dev.srdi.core.parameter.GrowthAwardFixture.MODE;
import static dev.srdi.core.parameter.GrowthAwardFixture.RATE;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which settings read alike, so that what is worked out from their values may be shared between them. */
final class SettingsAlikeTest {
  private static final LocalDate DAY = LocalDate.of(2025, 12, 31);

  private static Settings defaults() {
    return Settings.defaults(List.of(RATE, CAP), List.of(MODE));
  }

  @Test
  void logging_and_recording_settings_read_like_the_ones_they_were_made_from() {
    Settings s = defaults();
    assertTrue(s.readsAlike(s));
    assertTrue(s.readsAlike(s.recording(new ReadRecord())));
    assertTrue(s.readsAlike(s.readOnEventDays(new ParameterReads())));
    assertTrue(s.on(DAY).readsAlike(s.recording(new ReadRecord()).on(DAY)));
  }

  @Test
  void settings_pinned_to_another_day_or_to_none_read_otherwise() {
    Settings s = defaults();
    assertFalse(s.readsAlike(s.on(DAY)));
    assertFalse(s.on(DAY).readsAlike(s.on(DAY.minusDays(1))));
  }

  @Test
  void other_overrides_and_settings_resolved_apart_read_otherwise() {
    Settings s = defaults();
    var five = Settings.resolve(List.of(RATE, CAP), List.of(MODE),
        Overrides.none().withParameter("guilin.growth-award.rate", "5‰")).get();
    var chosen = Settings.resolve(List.of(RATE, CAP), List.of(MODE),
        Overrides.none().withInterpretation(MODE.id().value(), "b")).get();
    assertFalse(s.readsAlike(five));
    assertFalse(s.readsAlike(chosen));
    assertFalse(s.readsAlike(defaults()));
  }

  @Test
  void pinning_to_the_day_already_pinned_gives_the_same_settings() {
    Settings pinned = defaults().on(DAY);
    assertSame(pinned, pinned.on(LocalDate.of(2025, 12, 31)));
  }
}
