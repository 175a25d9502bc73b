package dev.srdi.jurisdictions.zhanjiang;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.PolicyCheckContract;

/** The policy check on Zhanjiang: no ERROR-level finding with the text's values. */
final class ZhanjiangPolicyCheckTest implements PolicyCheckContract {
  @Override public Jurisdiction jurisdiction() {
    return new Zhanjiang();
  }
}
