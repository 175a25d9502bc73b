package dev.srdi.core.spi;

import dev.srdi.core.policy.JurisdictionId;

/** A plugin whose constructor throws, to show that the others still load. */
public final class ThrowingPlugin implements Jurisdiction {
  public ThrowingPlugin() {
    throw new IllegalStateException("parameter table is corrupt");
  }

  @Override public JurisdictionId id() {
    return JurisdictionId.of("throwing");
  }

  @Override public String nameZh() {
    return "异常市";
  }

  @Override public String nameEn() {
    return "Throwing";
  }
}
