package dev.srdi.jurisdictions.zhanjiang;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.JurisdictionContract;

/** Runs the plugin test kit's properties against Zhanjiang. */
final class ZhanjiangContractProperties implements JurisdictionContract {
  @Override public Jurisdiction jurisdiction() {
    return new Zhanjiang();
  }
}
