package dev.srdi.testkit;

import java.util.List;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Reporter;

/**
 * Fails a property with its shrunk counter-example, described by its generator (a scenario, a text, a
 * number), the seed and how to rerun it. The cause stays attached, so the failed assertion's own message
 * and stack trace follow; the other, larger counter-examples met while shrinking are only counted.
 */
final class CounterExampleReporter implements Reporter {

  @Override
  public void falisification(
      long seed, int count, Object smallest, Throwable cause, List<Object> examples, AsString<Object> toString) {
    throw new AssertionError(message(seed, count, smallest, examples, toString)
        + System.lineSeparator() + "Failure: " + cause, cause);
  }

  @Override
  public void falisification(long seed, int count, Object smallest, List<Object> examples, AsString<Object> toString) {
    throw new AssertionError(message(seed, count, smallest, examples, toString));
  }

  @Override
  public void valuesExhausted(int completedExamples) {
    throw new IllegalStateException(
        "the generators gave up after " + completedExamples + " example(s): their assumptions reject too much");
  }

  private static String message(long seed, int count, Object smallest, List<Object> examples, AsString<Object> toString) {
    String n = System.lineSeparator();
    return "Property falsified after " + count + " example(s); seed " + seed + " (rerun with -D" + PropertyRun.SEED
        + "=" + seed + ")" + n + "Smallest counter-example (shrunk; " + Math.max(0, examples.size() - 1)
        + " larger one(s) met on the way):" + n + toString.asString(smallest);
  }
}
