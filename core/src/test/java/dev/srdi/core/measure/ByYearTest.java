package dev.srdi.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.srdi.testkit.PropertyRun;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** A value by year is what the function makes of the year, made once where it is kept. */
final class ByYearTest {
  @Test
  void everyYearGivesWhatTheFunctionMakesOfIt() {
    ByYear<String> words = ByYear.of(y -> "in " + y);
    PropertyRun.qt().forAll(SourceDSL.integers().between(-10_000, 10_000))
        .checkAssert(y -> assertEquals("in " + y, words.get(y)));
  }

  @Test
  void aYearOfTheTableIsMadeOnceAndShared() {
    var calls = new AtomicInteger();
    ByYear<String> words = ByYear.of(y -> new String("in " + y + " #" + calls.incrementAndGet()));
    String first = words.get(2024);
    assertSame(first, words.get(2024));
    assertEquals(1, calls.get());
    assertEquals("in 1900 #2", words.get(1900));
    assertEquals("in 2199 #3", words.get(2199));
  }

  @Test
  void aYearOutsideTheTableIsMadeEachTime() {
    var calls = new AtomicInteger();
    ByYear<Integer> made = ByYear.of(y -> calls.incrementAndGet());
    made.get(1899);
    made.get(1899);
    made.get(2200);
    assertEquals(3, calls.get());
  }

  @Test
  void aFunctionThatMakesNothingFails() {
    ByYear<String> none = ByYear.of(y -> null);
    assertThrows(NullPointerException.class, () -> none.get(2024));
  }
}
