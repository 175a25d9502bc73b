package dev.srdi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.spi.TestlandTwin;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planted: jars whose services registration is missing, stale or lacks the plugin, each with its message. */
final class PackagedJarTest {
  private static final Jurisdiction PLUGIN = new TestlandTwin();
  private static final String CLASS = "dev/srdi/core/spi/TestlandTwin.class";

  @TempDir Path dir;

  private Path jar(Map<String, String> entries) throws IOException {
    Path jar = dir.resolve("srdi-testland-1.0.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      for (var e : entries.entrySet()) {
        out.putNextEntry(new JarEntry(e.getKey()));
        out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void a_jar_that_registers_the_plugin_has_no_problem() throws IOException {
    assertEquals(List.of(), PackagedJar.problems(PLUGIN, jar(Map.of(CLASS, "",
        PackagedJar.SERVICES, "# the plugin\n" + TestlandTwin.class.getName() + "\n"))));
  }

  @Test
  void a_missing_services_file() throws IOException {
    assertEquals(List.of("testland: srdi-testland-1.0.jar has no META-INF/services/dev.srdi.core.spi.Jurisdiction, so"
        + " ServiceLoader never finds the plugin: add src/main/resources/META-INF/services/dev.srdi.core.spi.Jurisdiction"
        + " with the line dev.srdi.core.spi.TestlandTwin"), PackagedJar.problems(PLUGIN, jar(Map.of(CLASS, ""))));
  }

  @Test
  void a_stale_registration_of_a_renamed_class() throws IOException {
    assertEquals(List.of("testland: src/main/resources/META-INF/services/dev.srdi.core.spi.Jurisdiction names"
            + " dev.srdi.core.spi.OldName, which srdi-testland-1.0.jar does not hold (renamed or removed?): replace the"
            + " line with dev.srdi.core.spi.TestlandTwin",
        "testland: src/main/resources/META-INF/services/dev.srdi.core.spi.Jurisdiction in srdi-testland-1.0.jar lists"
            + " [dev.srdi.core.spi.OldName] but not the plugin: add the line dev.srdi.core.spi.TestlandTwin"),
        PackagedJar.problems(PLUGIN, jar(Map.of(CLASS, "", PackagedJar.SERVICES, "dev.srdi.core.spi.OldName\n"))));
  }

  @Test
  void no_jar_at_all() {
    Path none = dir.resolve("absent.jar");
    assertEquals(List.of("testland: no packaged jar at " + none + ": build it with `mvn verify` (the check runs after"
        + " the package phase, from failsafe)"), PackagedJar.problems(PLUGIN, none));
  }
}
