package dev.srdi.core.wiring;

import dev.srdi.core.engine.Engine;
import dev.srdi.core.spi.JurisdictionRegistry;
import java.util.Objects;

/**
 * The plain factory, for users who do not use Guice: the loaded registry and an engine.
 *
 * @param registry the loaded jurisdictions
 * @param engine the engine
 */
public record CoreServices(JurisdictionRegistry registry, Engine engine) {
  /**
   * Rejects a missing value.
   *
   * @param registry the registry
   * @param engine the engine
   */
  public CoreServices {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(engine, "engine");
  }

  /**
   * Loads the plugins of the thread's context class loader.
   *
   * @return the services
   * @throws dev.srdi.core.spi.PluginLoadException when no usable plugin is found
   */
  public static CoreServices load() {
    return new CoreServices(JurisdictionRegistry.load(), new Engine());
  }
}
