package dev.srdi.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.api.Srdi;
import dev.srdi.core.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The build runs the cross-check on a smaller portfolio than the benchmarks (no timing here): the
 * engine, the hand-written loops and Drools must pay every enterprise the same, and some must be paid,
 * or the comparison would be of nothing.
 */
class CrossCheckTest {
  private static final Subjects SUBJECTS = new Subjects(BenchmarkPortfolio.generate(Srdi.load(), 2_000));

  @Test
  void everyImplementationPaysEveryEnterpriseTheSame() {
    CrossCheck.Totals totals = CrossCheck.run(SUBJECTS);

    assertTrue(totals.guilinTwoAwards().isPositive(), "the Guilin awards pay someone");
    assertTrue(totals.xiangxiangLadder().isPositive(), "the Xiangxiang ladder pays someone");
    assertTrue(totals.guilinTwoAwardsPaid() > 0 && totals.guilinTwoAwardsPaid() < SUBJECTS.size(),
        "some enterprises are paid and some are not");
  }

  @Test
  void theFacadeAndTheEnginePayTheSame() {
    Money facade = Money.zero();
    Money engine = Money.zero();
    for (int i = 0; i < SUBJECTS.size(); i++) {
      facade = facade.plus(SUBJECTS.guilinThroughFacade(i).total());
      engine = engine.plus(SUBJECTS.guilin(i).total());
    }
    assertEquals(engine, facade);
  }

  @Test
  void theGuilinAwardsAreAPartOfTheWholePolicy() {
    CrossCheck.Totals totals = CrossCheck.run(SUBJECTS);

    assertTrue(totals.guilin().compareTo(totals.guilinTwoAwards()) >= 0);
    assertTrue(totals.xiangxiang().compareTo(totals.xiangxiangLadder()) >= 0);
  }
}
