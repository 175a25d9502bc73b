package dev.srdi.testkit;

import dev.srdi.core.spi.Jurisdiction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a plugin's example cases ({@link ExampleCases}): {@code final class GuilinExampleCasesTest implements
 * ExampleCasesContract { public Jurisdiction jurisdiction() { return new Guilin(); } }}.
 */
@ExtendWith(PluginFailures.class)
public interface ExampleCasesContract {

  Jurisdiction jurisdiction();

  @TestFactory
  default Stream<DynamicTest> every_example_case_gives_its_expected_entitlements() {
    return ExampleCases.of(jurisdiction());
  }
}
