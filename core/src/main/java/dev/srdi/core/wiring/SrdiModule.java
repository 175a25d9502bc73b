package dev.srdi.core.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.srdi.core.engine.Engine;
import dev.srdi.core.spi.JurisdictionRegistry;
import java.util.Objects;
import java.util.Optional;

/**
 * Guice bindings for portals that use Guice: the registry (loaded once, by ServiceLoader) and the
 * engine, both singletons and thread-safe. The domain itself knows nothing of Guice.
 */
public final class SrdiModule extends AbstractModule {
  private final Optional<ClassLoader> pluginLoader;

  /** Plugins from the thread's context class loader, as a web application usually wants. */
  public SrdiModule() {
    this.pluginLoader = Optional.empty();
  }

  /**
   * Plugins from the given class loader, e.g. one a portal builds for a plugin folder.
   *
   * @param pluginLoader where the service files are read
   */
  public SrdiModule(ClassLoader pluginLoader) {
    this.pluginLoader = Optional.of(Objects.requireNonNull(pluginLoader, "pluginLoader"));
  }

  @Provides
  @Singleton
  JurisdictionRegistry registry() {
    return pluginLoader.map(JurisdictionRegistry::load).orElseGet(JurisdictionRegistry::load);
  }

  @Provides
  @Singleton
  Engine engine() {
    return new Engine();
  }
}
