package dev.srdi.core.spi;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Objects;

/**
 * Class loaders that see one of the service files under {@code /registry/} in the test resources,
 * so that each registry test chooses exactly which plugins ServiceLoader finds.
 */
public final class RegistryLoaders {
  private RegistryLoaders() {}

  public static ClassLoader classLoader() {
    return withServices("testland");
  }

  public static ClassLoader withServices(String folder) {
    URL root = Objects.requireNonNull(RegistryLoaders.class.getResource("/registry/" + folder + "/"),
        "no test resource folder /registry/" + folder);
    return new URLClassLoader(new URL[] {root}, RegistryLoaders.class.getClassLoader());
  }
}
