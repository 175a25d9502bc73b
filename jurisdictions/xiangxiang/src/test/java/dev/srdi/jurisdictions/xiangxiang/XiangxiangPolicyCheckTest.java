package dev.srdi.jurisdictions.xiangxiang;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.PolicyCheckContract;

/** The policy check on Xiangxiang: no ERROR-level finding with the text's values. */
final class XiangxiangPolicyCheckTest implements PolicyCheckContract {
  @Override public Jurisdiction jurisdiction() {
    return new Xiangxiang();
  }
}
