package dev.srdi.core.testland;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.Fund;
import dev.srdi.core.engine.Funds;
import dev.srdi.core.engine.Summary;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DeclaredFund;
import dev.srdi.core.spi.ForwardingJurisdiction;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.spi.JurisdictionCheck;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Fund ids come from the funds a jurisdiction declares; a measure paid from an undeclared fund is a problem. */
final class DeclaredFundsTest {
  private static final Testland CITY = new Testland();
  private static final Citation CLAUSE = TestlandParameters.ALL.get(0).citation();

  private static Jurisdiction declaring(DeclaredFund... funds) {
    return new ForwardingJurisdiction(CITY) {
      @Override public List<DeclaredFund> funds() {
        return List.of(funds);
      }
    };
  }

  @Test
  void declared_funds_keep_their_ids_and_undeclared_ones_are_numbered_in_measure_order() {
    var declared = declaring(new DeclaredFund("testland.city-fund", "发展资金", "development fund",
        TestlandMeasures.FUND, CLAUSE));
    assertEquals(List.of(), JurisdictionCheck.problems(declared));
    assertEquals(List.of(new Fund("testland.city-fund", TestlandMeasures.FUND),
        new Fund("testland.not-stated", Summary.NOT_STATED)), Funds.of(declared).all());
    assertEquals(new Fund("testland.city-fund", TestlandMeasures.FUND),
        Funds.of(declared).of(Optional.of(TestlandMeasures.FUND)));
    assertEquals("testland.fund-1", Funds.of(CITY).of(Optional.of(TestlandMeasures.FUND)).id());
  }

  @Test
  void a_measure_paid_from_a_fund_that_is_not_declared_is_a_problem() {
    var other = declaring(new DeclaredFund("testland.other", "其他资金", "other fund", "another fund", CLAUSE),
        new DeclaredFund("testland.other", "其他资金", "other fund", "another fund", CLAUSE));
    List<String> problems = JurisdictionCheck.problems(other);
    assertTrue(problems.contains("duplicate fund id testland.other"), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.endsWith(" is paid from '" + TestlandMeasures.FUND
        + "', which is not a declared fund")), problems::toString);
  }
}
