package dev.srdi.core.spi;

import dev.srdi.core.policy.JurisdictionId;

/** A second plugin claiming Testland's id, to show that loading refuses the clash. */
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
