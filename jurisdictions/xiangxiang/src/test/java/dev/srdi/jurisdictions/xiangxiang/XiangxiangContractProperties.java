package dev.srdi.jurisdictions.xiangxiang;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.JurisdictionContract;

/** The test kit's properties for Xiangxiang: its declared programmes (三、9) are drawn, and one it does not name. */
final class XiangxiangContractProperties implements JurisdictionContract {
  @Override public Jurisdiction jurisdiction() {
    return new Xiangxiang();
  }
}
