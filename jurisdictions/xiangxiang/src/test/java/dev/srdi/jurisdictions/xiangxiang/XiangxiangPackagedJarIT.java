package dev.srdi.jurisdictions.xiangxiang;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.PackagedJarContract;

/** The jar as built (not target/classes) registers Xiangxiang in META-INF/services: run by failsafe after package. */
final class XiangxiangPackagedJarIT implements PackagedJarContract {
  @Override public Jurisdiction jurisdiction() {
    return new Xiangxiang();
  }
}
