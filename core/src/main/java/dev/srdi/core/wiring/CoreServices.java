package dev.srdi.core.wiring;

import dev.srdi.core.engine.Engine;
import dev.srdi.core.spi.JurisdictionRegistry;
import java.util.Objects;

/** The plain factory, for users who do not use Guice: the loaded registry and an engine. */
public record CoreServices(JurisdictionRegistry registry, Engine engine) {
  public CoreServices {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(engine, "engine");
  }

  public static CoreServices load() {
    return new CoreServices(JurisdictionRegistry.load(), new Engine());
  }
}
