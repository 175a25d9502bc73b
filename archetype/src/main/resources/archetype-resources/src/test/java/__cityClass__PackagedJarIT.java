package ${package};

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.PackagedJarContract;

/** The jar as built (not target/classes) registers the plugin in META-INF/services: run by failsafe after package. */
final class ${cityClass}PackagedJarIT implements PackagedJarContract {
  @Override public Jurisdiction jurisdiction() {
    return new ${cityClass}();
  }
}
