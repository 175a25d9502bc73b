package dev.srdi.core.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A recognition holds three years from its date: the anniversary itself is the first day it no longer holds. */
final class RecognitionTest {
  private static final Recognition JUNE_2020 = Recognition.of(Title.SRDI_SME, Level.PROVINCIAL, LocalDate.of(2020, 6, 1));

  @Test
  void it_expires_on_the_third_anniversary() {
    assertEquals(LocalDate.of(2023, 6, 1), JUNE_2020.expires());
    assertTrue(JUNE_2020.isValidOn(LocalDate.of(2023, 5, 31)));
    assertFalse(JUNE_2020.isValidOn(LocalDate.of(2023, 6, 1)));
    assertFalse(JUNE_2020.isValidOn(LocalDate.of(2020, 5, 31)));
  }

  @Test
  void it_is_valid_during_every_year_it_touches_and_no_other() {
    assertFalse(JUNE_2020.isValidDuring(2019));
    assertTrue(JUNE_2020.isValidDuring(2020));
    assertTrue(JUNE_2020.isValidDuring(2023));
    assertFalse(JUNE_2020.isValidDuring(2024));
    assertFalse(Recognition.of(Title.SRDI_SME, Level.CITY, LocalDate.of(2021, 1, 1)).isValidDuring(2024));
  }
}
