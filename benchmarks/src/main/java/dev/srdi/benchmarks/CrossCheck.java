package dev.srdi.benchmarks;

import dev.srdi.benchmarks.drools.GuilinAwardsDrools;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Before anything is timed: every implementation of the same rules pays every enterprise the same,
 * and the totals are printed so that a reader can compare them with {@code srdi evaluate}. A
 * mismatch names the first enterprise that differs and stops the run.
 */
public final class CrossCheck {
  /** The totals of one run, in yuan. */
  public record Totals(Money guilinTwoAwards, Money xiangxiangLadder, Money guilin, Money xiangxiang, Money zhanjiang,
      int guilinTwoAwardsPaid) {
    public List<String> lines() {
      return List.of(
          "guilin 二、（三）+（四）, engine = loop = Drools: " + guilinTwoAwards.toFenString() + " yuan ("
              + guilinTwoAwardsPaid + " enterprises paid)",
          "xiangxiang ladder awards, engine = loop: " + xiangxiangLadder.toFenString() + " yuan",
          "whole policy, all enterprises (srdi evaluate --all-enterprises): guilin " + guilin.toFenString()
              + ", xiangxiang " + xiangxiang.toFenString() + ", zhanjiang " + zhanjiang.toFenString() + " yuan");
    }
  }

  private CrossCheck() {}

  public static Totals run(Subjects s) {
    Money guilinTwo = Money.zero();
    Money ladder = Money.zero();
    int paid = 0;
    var problems = new ArrayList<String>();
    try (GuilinAwardsDrools drools = s.newDrools()) {
      for (int i = 0; i < s.size(); i++) {
        String id = s.enterprise(i).id().value();
        Money engine = s.guilinTwoAwards(i).total();
        Money loop = s.guilinLoop().total(s.enterprise(i));
        Money rules = drools.total(s.enterprise(i));
        if (!engine.equals(loop) || !engine.equals(rules)) {
          problems.add(id + ": guilin engine " + engine + ", loop " + loop + ", Drools " + rules);
        }
        Money ladderEngine = s.xiangxiangLadder(i).total();
        Money ladderLoop = s.xiangxiangLoop().total(s.enterprise(i));
        if (!ladderEngine.equals(ladderLoop)) {
          problems.add(id + ": xiangxiang ladder engine " + ladderEngine + ", loop " + ladderLoop);
        }
        guilinTwo = guilinTwo.plus(engine);
        ladder = ladder.plus(ladderEngine);
        paid += engine.isPositive() ? 1 : 0;
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(problems.size() + " enterprise(s) differ, first: " + problems.get(0));
    }
    return new Totals(guilinTwo, ladder, sum(s, s::guilin), sum(s, s::xiangxiang), sum(s, s::zhanjiang), paid);
  }

  private static Money sum(Subjects s, IntFunction<EnterpriseResult> evaluate) {
    Money total = Money.zero();
    for (int i = 0; i < s.size(); i++) {
      total = total.plus(evaluate.apply(i).total());
    }
    return total;
  }
}
