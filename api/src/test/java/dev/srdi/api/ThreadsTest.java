package dev.srdi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Compare, sweep and the every-city what-if on several threads give the bytes they give on one. */
final class ThreadsTest {
  private static final Path EXAMPLES = Path.of("..", "seeds", "examples");
  private static final Srdi ONE = Srdi.load();

  /** The example portfolio, every line an enterprise, as one scenario. */
  private static Scenario portfolio() throws IOException {
    var enterprises = new ArrayList<dev.srdi.core.facts.Enterprise>();
    int line = 0;
    for (String text : Files.readAllLines(EXAMPLES.resolve("portfolio.jsonl"), StandardCharsets.UTF_8)) {
      enterprises.add(ONE.readEnterprise(text, ++line).get());
    }
    return new Scenario(java.util.Optional.of(java.time.LocalDate.of(2025, 12, 31)), enterprises, java.util.List.of());
  }

  @Test
  void every_threaded_answer_is_the_one_thread_answer() throws IOException {
    Scenario scenario = portfolio();
    Reform reform = ONE.readReform(Files.readString(EXAMPLES.resolve("reforms/guilin-growth-5permille.yaml"),
        StandardCharsets.UTF_8)).get();
    SweepAxis axis = SweepAxis.parameter("guilin.growth-award.rate", "1‰..6‰:1‰").get();
    for (int threads = 2; threads <= 4; threads++) {
      Srdi many = ONE.withThreads(threads);
      assertEquals(ONE.compare(scenario).get().toJson(), many.compare(scenario).get().toJson());
      assertEquals(ONE.whatIf(scenario, reform).get().toJson(), many.whatIf(scenario, reform).get().toJson());
      assertEquals(ONE.sweep(scenario, Reform.none(), axis).get().toJson(),
          many.sweep(scenario, Reform.none(), axis).get().toJson());
    }
  }

  @Test
  void fewer_than_one_thread_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> ONE.withThreads(0));
  }
}
