package dev.srdi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Planted: a plugin class whose static initialiser throws, as one does when its tables have a mistake. */
final class PluginFailuresTest {

  /** Fails to initialise, as a plugin's XTables does on a mistake in its YAML. */
  static final class BrokenTables {
    static final String VALUE = fail();

    private static String fail() {
      throw new IllegalArgumentException("sample/parameters.yaml:5: sample.first-award.amount: missing quote");
    }
  }

  @Test
  void a_class_that_fails_to_initialise_is_explained_first_and_then_on_every_later_use() {
    Throwable first = assertThrows(ExceptionInInitializerError.class, () -> BrokenTables.VALUE.length());
    Throwable later = assertThrows(NoClassDefFoundError.class, () -> BrokenTables.VALUE.length());

    assertEquals("the plugin cannot be built, a class of the plugin failed to initialise:"
        + " java.lang.IllegalArgumentException: sample/parameters.yaml:5: sample.first-award.amount: missing quote"
        + " (a static field of the plugin threw it)", PluginFailures.explain(first).getMessage());
    assertEquals("the plugin cannot be built: class dev.srdi.testkit.PluginFailuresTest$BrokenTables failed to"
        + " initialise in an earlier test; the first failure of the run says why (a mistake in its tables?)",
        PluginFailures.explain(later).getMessage());
  }

  @Test
  void any_other_failure_is_left_as_it_is() {
    var other = new AssertionError("expected 1 but was 2");
    assertSame(other, PluginFailures.explain(other));
  }
}
