package dev.srdi.core.spi;

import dev.srdi.core.policy.JurisdictionId;

/** A plugin with an id of its own, to show that a clash of two others leaves it loaded. */
public final class OtherTown implements Jurisdiction {
  @Override public JurisdictionId id() {
    return JurisdictionId.of("othertown");
  }

  @Override public String nameZh() {
    return "别的市";
  }

  @Override public String nameEn() {
    return "Other town";
  }
}
