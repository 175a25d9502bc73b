package dev.srdi.core.testland;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Objects;

/**
 * Class loaders that see one of the service files under {@code /registry/} in the test resources,
 * so that each registry test chooses exactly which plugins ServiceLoader finds.
 */
public final class TestlandLoader {
  private TestlandLoader() {}

  public static ClassLoader classLoader() {
    return withServices("testland");
  }

  public static ClassLoader withServices(String folder) {
    URL root = Objects.requireNonNull(TestlandLoader.class.getResource("/registry/" + folder + "/"),
        "no test resource folder /registry/" + folder);
    return new URLClassLoader(new URL[] {root}, TestlandLoader.class.getClassLoader());
  }
}
