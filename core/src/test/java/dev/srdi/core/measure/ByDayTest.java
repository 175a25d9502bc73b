package dev.srdi.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.srdi.testkit.EnterpriseGens;
import dev.srdi.testkit.PropertyRun;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value by day is what the function makes of the day, made once where it is kept. */
final class ByDayTest {
  @Test
  void everyDayGivesWhatTheFunctionMakesOfIt() {
    ByDay<String> words = ByDay.of(day -> "on " + day);
    PropertyRun.qt().forAll(EnterpriseGens.dates(LocalDate.of(1850, 1, 1), LocalDate.of(2250, 12, 31)))
        .checkAssert(day -> {
          assertEquals("on " + day, words.get(day));
          // The day after and before share the year's table, and keep their own values.
          assertEquals("on " + day.plusDays(1), words.get(day.plusDays(1)));
          assertEquals("on " + day, words.get(day));
        });
  }

  @Test
  void aDayOfTheTableIsMadeOnceAndShared() {
    var calls = new AtomicInteger();
    ByDay<String> words = ByDay.of(day -> new String("on " + day + " #" + calls.incrementAndGet()));
    String first = words.get(LocalDate.of(2025, 12, 31));
    assertSame(first, words.get(LocalDate.of(2025, 12, 31)));
    assertEquals(1, calls.get());
    assertEquals("on 2024-12-31 #2", words.get(LocalDate.of(2024, 12, 31)));
    assertEquals("on 1900-01-01 #3", words.get(LocalDate.of(1900, 1, 1)));
    assertEquals("on 2199-12-31 #4", words.get(LocalDate.of(2199, 12, 31)));
  }

  @Test
  void aDayOutsideTheTableIsMadeEachTime() {
    var calls = new AtomicInteger();
    ByDay<Integer> made = ByDay.of(day -> calls.incrementAndGet());
    made.get(LocalDate.of(1899, 12, 31));
    made.get(LocalDate.of(1899, 12, 31));
    made.get(LocalDate.of(2200, 1, 1));
    assertEquals(3, calls.get());
  }
}
