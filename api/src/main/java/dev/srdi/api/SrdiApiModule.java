package dev.srdi.api;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.srdi.core.engine.Engine;
import dev.srdi.core.spi.JurisdictionRegistry;
import dev.srdi.core.wiring.SrdiModule;

/**
 * Guice bindings for portals that use Guice: the core's registry and engine (from {@link SrdiModule})
 * and the {@link Srdi} facade over them, one per injector. Unlike {@link Srdi#load()}, the registry of
 * {@link SrdiModule} fails fast: an injector on a class path without any usable plugin cannot provide
 * the facade (a {@code ProvisionException} caused by {@code PluginLoadException}), which is what the
 * command wants at start-up.
 */
public final class SrdiApiModule extends AbstractModule {

  @Override
  protected void configure() {
    install(new SrdiModule());
  }

  @Provides
  @Singleton
  Srdi srdi(JurisdictionRegistry registry, Engine engine) {
    return new Srdi(registry, engine);
  }
}
