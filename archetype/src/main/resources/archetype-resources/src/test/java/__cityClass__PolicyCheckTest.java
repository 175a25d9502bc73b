package ${package};

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.PolicyCheckContract;

/** srdi check finds no ERROR in ${nameEn}'s encoded policy. */
final class ${cityClass}PolicyCheckTest implements PolicyCheckContract {
  @Override public Jurisdiction jurisdiction() {
    return new ${cityClass}();
  }
}
