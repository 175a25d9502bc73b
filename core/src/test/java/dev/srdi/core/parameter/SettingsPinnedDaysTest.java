package dev.srdi.core.parameter;

import static dev.srdi.core.parameter.GrowthAwardFixture.CITATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.parameter.Timeline.Step;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One evaluation's settings hand back the settings they already pinned to a day ({@link Settings#on}), which read,
 * log and record exactly as settings pinned afresh would.
 */
final class SettingsPinnedDaysTest {
  private static final LocalDate REVISED = LocalDate.of(2024, 7, 1);
  private static final Parameter<Integer> DAYS = new Parameter<>(ParameterId.of("guilin.review.days"),
      "working days of a review", Unit.COUNT, Timeline.of(List.of(new Step<>(Optional.empty(), Optional.of(30)),
          new Step<>(Optional.of(REVISED), Optional.of(20)))), CITATION, Optional.empty(), Optional.empty());
  private static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);
  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

  private static Settings defaults() {
    return Settings.defaults(List.of(DAYS), List.of());
  }

  @Test
  void a_day_pinned_again_gives_the_same_settings_which_still_log_what_is_read() {
    var log = new ParameterReads();
    Settings measures = defaults().readOnEventDays(log);
    Settings first = measures.on(END_2023);
    Settings other = measures.on(END_2024);
    assertSame(first, measures.on(END_2023));
    assertSame(other, first.on(END_2024), "settings pinned from pinned ones share the days kept");
    assertEquals(30, measures.on(END_2023).value(DAYS));
    assertEquals(20, measures.on(END_2024).value(DAYS));
    assertEquals(Map.of(END_2023, List.of(DAYS), END_2024, List.of(DAYS)), log.drain());
  }

  @Test
  void days_four_years_apart_take_each_other_s_place_and_each_reads_its_own_day() {
    Settings measures = defaults().readOnEventDays(new ParameterReads());
    LocalDate end2020 = LocalDate.of(2020, 12, 31);
    assertEquals(Optional.of(end2020), measures.on(end2020).day());
    assertEquals(Optional.of(END_2024), measures.on(END_2024).day());
    assertEquals(Optional.of(end2020), measures.on(end2020).day());
    assertEquals(Optional.of(REVISED), measures.on(REVISED).day());
    assertEquals(30, measures.on(end2020).value(DAYS));
  }

  @Test
  void recording_settings_pin_days_of_their_own_which_record_into_their_record() {
    Settings measures = defaults().readOnEventDays(new ParameterReads());
    Settings before = measures.on(END_2023);
    var record = new ReadRecord();
    Settings recording = measures.recording(record);
    Settings pinned = recording.on(END_2023);
    assertNotSame(before, pinned);
    pinned.value(DAYS);
    assertTrue(record.read(DAYS.id()));
  }

  @Test
  void settings_shared_between_threads_keep_no_day() {
    // The defaults serve every thread of a run: they hold nothing a thread would write.
    Settings shared = defaults();
    assertNotSame(shared.on(END_2023), shared.on(END_2023));
    assertTrue(shared.on(END_2023).readsAlike(shared.on(END_2023)));
  }
}
