package dev.srdi.core.parameter;

import static dev.srdi.core.parameter.GrowthAwardFixture.CAP;
import static dev.srdi.core.parameter.GrowthAwardFixture.MODE;
import static dev.srdi.core.parameter.GrowthAwardFixture.RATE;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What recording settings note: every question about a parameter or a choice, in every settings made from them. */
final class ReadRecordTest {
  private static final LocalDate DAY = LocalDate.of(2025, 12, 31);

  private static Settings settings() {
    return Settings.defaults(List.of(RATE, CAP), List.of(MODE));
  }

  @Test
  void a_value_read_on_a_day_as_a_measure_reads_it_is_recorded_and_nothing_else() {
    var record = new ReadRecord();
    settings().recording(record).readOnEventDays(new ParameterReads()).on(DAY).value(RATE);
    assertTrue(record.read(RATE.id()));
    assertFalse(record.read(CAP.id()));
    assertFalse(record.read(MODE.id()));
  }

  @Test
  void asking_whether_a_parameter_is_in_force_reads_it() {
    var record = new ReadRecord();
    settings().recording(record).on(DAY).notInForce(List.of(CAP));
    assertTrue(record.read(CAP.id()));
    assertFalse(record.read(RATE.id()));
  }

  @Test
  void a_choice_read_is_recorded() {
    var record = new ReadRecord();
    assertFalse(settings().recording(record).chose(MODE, "b"));
    assertTrue(record.read(MODE.id()));
    assertFalse(record.read(RATE.id()));
  }

  @Test
  void asking_for_every_change_reads_everything() {
    var record = new ReadRecord();
    settings().recording(record).changedInterpretations();
    assertTrue(record.read(RATE.id()));
    assertTrue(record.read(MODE.id()));
  }

  @Test
  void settings_that_do_not_record_leave_an_earlier_record_alone() {
    var record = new ReadRecord();
    Settings plain = settings();
    plain.recording(record);
    plain.on(DAY).value(RATE);
    assertFalse(record.read(RATE.id()));
  }
}
