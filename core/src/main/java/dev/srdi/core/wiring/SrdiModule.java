package dev.srdi.core.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.srdi.core.engine.Engine;
import dev.srdi.core.spi.JurisdictionRegistry;

/**
 * Guice bindings for portals that use Guice: the registry (loaded once, from the class path) and
 * the engine, both singletons and thread-safe. The domain itself knows nothing of Guice.
 */
public final class SrdiModule extends AbstractModule {

  @Provides
  @Singleton
  JurisdictionRegistry registry() {
    return JurisdictionRegistry.load();
  }

  @Provides
  @Singleton
  Engine engine() {
    return new Engine();
  }
}
