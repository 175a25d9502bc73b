package dev.srdi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.srdi.api.Problem;
import dev.srdi.core.spi.PluginLoadException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command's exit for each kind of problem: the user's input is a usage error, a deployment without plugins is not. */
final class ProblemsTest {

  @Test
  void a_problem_of_the_request_is_a_usage_error_with_its_message() {
    var usage = assertInstanceOf(UsageException.class,
        Problems.usage(new Problem.UnknownJurisdiction("atlantis", List.of("guilin"))));
    assertEquals(List.of("unknown jurisdiction 'atlantis'; known: guilin"), usage.messages());
    assertInstanceOf(UsageException.class, Problems.usage(new Problem.JurisdictionNotLoaded("guilin", "it threw")));
  }

  @Test
  void no_jurisdiction_loaded_fails_as_loading_fails_not_as_a_usage_error() {
    var failed = assertInstanceOf(PluginLoadException.class,
        Problems.usage(new Problem.NoJurisdictionLoaded(List.of("testland (a.B): it threw"))));
    assertEquals("no jurisdiction is loaded; these plugins failed to load: testland (a.B): it threw", failed.getMessage());
  }
}
