package dev.srdi.jurisdictions.guilin;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.PackagedJarContract;

/** The jar as built (not target/classes) registers Guilin in META-INF/services: run by failsafe after package. */
final class GuilinPackagedJarIT implements PackagedJarContract {
  @Override public Jurisdiction jurisdiction() {
    return new Guilin();
  }
}
