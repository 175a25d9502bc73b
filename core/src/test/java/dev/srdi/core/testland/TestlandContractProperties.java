package dev.srdi.core.testland;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.spi.RegistryLoaders;
import dev.srdi.testkit.JurisdictionContract;

/** Runs the plugin test kit against Testland, which is how a city runs it: one class. */
final class TestlandContractProperties implements JurisdictionContract {
  @Override public Jurisdiction jurisdiction() {
    return new Testland();
  }

  @Override public ClassLoader pluginClassLoader() {
    return RegistryLoaders.classLoader();
  }
}
