package dev.srdi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.srdi.core.spi.Jurisdiction;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plugin's packaged jar registers it ({@link PackagedJar}). It runs as an integration test (a class
 * ending in {@code IT}, run by failsafe after {@code package}); srdi-jurisdictions' pom passes the jar's path
 * as the system property {@value #JAR_PROPERTY}: {@code final class GuilinPackagedJarIT implements
 * PackagedJarContract}.
 */
@ExtendWith(PluginFailures.class)
public interface PackagedJarContract {
  /** The system property that holds the path of the jar the module built. */
  String JAR_PROPERTY = "srdi.plugin.jar";

  Jurisdiction jurisdiction();

  @Test
  default void the_packaged_jar_registers_the_plugin() {
    String jar = System.getProperty(JAR_PROPERTY);
    if (jar == null) {
      throw new AssertionError(jurisdiction().id() + ": the system property " + JAR_PROPERTY + " is not set: run"
          + " this class from failsafe with srdi-jurisdictions as the module's parent (it sets the property)");
    }
    assertEquals(java.util.List.of(), PackagedJar.problems(jurisdiction(), Path.of(jar)),
        "the packaged jar's services registration");
  }
}
