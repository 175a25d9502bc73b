package dev.srdi.api;

import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.spi.Jurisdiction;

/** A second plugin claiming Testland's id, found by ServiceLoader beside Testland, as a botched deployment would. */
public final class TestlandTwin implements Jurisdiction {
  @Override public JurisdictionId id() {
    return JurisdictionId.of("testland");
  }

  @Override public String nameZh() {
    return "测试市（重复）";
  }

  @Override public String nameEn() {
    return "Testland twin";
  }
}
