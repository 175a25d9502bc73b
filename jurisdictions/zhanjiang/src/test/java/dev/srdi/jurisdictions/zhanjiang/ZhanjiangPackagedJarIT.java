package dev.srdi.jurisdictions.zhanjiang;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.PackagedJarContract;

/** The jar as built (not target/classes) registers Zhanjiang in META-INF/services: run by failsafe after package. */
final class ZhanjiangPackagedJarIT implements PackagedJarContract {
  @Override public Jurisdiction jurisdiction() {
    return new Zhanjiang();
  }
}
