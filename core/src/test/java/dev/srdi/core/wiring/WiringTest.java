package dev.srdi.core.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.Guice;
import com.google.inject.ProvisionException;
import dev.srdi.core.engine.Engine;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.spi.JurisdictionRegistry;
import dev.srdi.core.spi.PluginLoadException;
import dev.srdi.core.spi.RegistryLoaders;
import java.util.List;
import org.junit.jupiter.api.Test;

final class WiringTest {

  @Test
  void guice_binds_one_registry_and_one_engine() {
    var injector = Guice.createInjector(new SrdiModule(RegistryLoaders.withServices("testland")));
    JurisdictionRegistry registry = injector.getInstance(JurisdictionRegistry.class);
    assertEquals(List.of(JurisdictionId.of("testland")), registry.ids());
    assertSame(registry, injector.getInstance(JurisdictionRegistry.class));
    assertSame(injector.getInstance(Engine.class), injector.getInstance(Engine.class));
  }

  @Test
  void guice_reports_a_class_path_without_plugins_clearly() {
    var injector = Guice.createInjector(new SrdiModule(RegistryLoaders.withServices("empty")));
    var e = assertThrows(ProvisionException.class, () -> injector.getInstance(JurisdictionRegistry.class));
    assertEquals(PluginLoadException.class, e.getCause().getClass());
  }

  @Test
  void the_plain_factory_needs_no_guice() {
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(RegistryLoaders.withServices("testland"));
    try {
      CoreServices services = CoreServices.load();
      assertEquals(List.of(JurisdictionId.of("testland")), services.registry().ids());
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }
}
